// Citizen reception rules shared by the server and the web form (spec §2.4): pure, no I/O.

/** Five or more people on the same content make a group (đông người; TT 07/2014 Art 6(4), the letters' rule). */
export const GROUP_FROM = 5;
export const isGroupVisit = (visitorCount: number) => visitorCount >= GROUP_FROM;

/** Why a number of representatives is allowed: [min, max] and the article. */
export type RepresentativeRule = { min: number; max: number; basis: string };

/** Where the representatives' rule comes from. */
export const REPRESENTATIVES_BASIS = 'Luật Tiếp công dân 2013, Điều 29';
const ART_29 = REPRESENTATIVES_BASIS;

/**
 * Representatives several people must appoint (LTCD 2013 Art 29): 5–10 people → 1 or 2; more than 10 → more may be
 * appointed, at most 5. Fewer than 5 the law sets no number: 1 or 2 ([INT] spec §2.4; the duty to appoint still
 * applies, LTCD Art 7(2)(đ)). One person needs none.
 */
export function representativeRule(visitorCount: number): RepresentativeRule | null {
  if (visitorCount <= 1) return null;
  if (visitorCount > 10) return { min: 1, max: 5, basis: ART_29 };
  if (visitorCount >= GROUP_FROM) return { min: 1, max: 2, basis: ART_29 };
  return { min: 1, max: 2, basis: `${ART_29}; điểm đ khoản 2 Điều 7 (cách hiểu của đặc tả §2.4)` };
}
