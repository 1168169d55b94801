// Publication of conclusions (công khai kết luận thanh tra): which parts are withheld, and whether the publication
// complies with the forms and the 10-day limit (2022 Art 79; 2025 Art 37). Pure.
import { addDays, type IsoDate, type WorkingCalendar } from '../calendar';
import { formatViDate } from '../petitions/deadlines/format';
import type { Refusal } from '../workflow';
import { cite, ltt22, ltt25 } from './citations';
import { computeInspectionDeadline } from './compute';
import type { InspectionRuleVersion } from './clocks';
import type { InspectionRuleSet } from './rule-sets';

/** Why a part of a conclusion is protected. */
export type ProtectionTag = 'state_secret' | 'other_legal_secret' | 'business_secret' | 'personal_private_life' | 'denouncer_identity';

/** One part of a conclusion (section, paragraph or annex) with the protection tags set by the drafter. */
export interface ConclusionPart {
  id: string;
  heading: string;
  text: string;
  tags?: readonly ProtectionTag[];
}

/** The conclusion as the publication rule sees it. */
export interface ConclusionModel {
  id: string;
  ruleSet: InspectionRuleSet;
  status: 'draft' | 'signed' | 'published';
  signedOn?: IsoDate;
  parts: readonly ConclusionPart[];
}

/** A withheld part with the reasons and articles (the heading stays visible, the content does not). */
export interface WithheldPart {
  partId: string;
  heading: string;
  reasons: { tag: ProtectionTag; labelVi: string; basis: string }[];
}

/** The public version of a conclusion. */
export interface PublicConclusion {
  conclusionId: string;
  parts: { id: string; heading: string; text: string }[];
  withheld: WithheldPart[];
  /** Identifiers masked in the public text (ID-card and phone numbers), count only. */
  maskedIdentifiers: number;
  notes: string[];
}

const PROTECTED: Record<ProtectionTag, { labelVi: string; basis: (rs: InspectionRuleSet) => string }> = {
  state_secret: { labelVi: 'Nội dung thuộc bí mật nhà nước', basis: (rs) => (rs === 'ltt_2025' ? ltt25('khoản 2 Điều 37') : ltt22('khoản 2 Điều 79')) },
  other_legal_secret: { labelVi: 'Bí mật khác theo quy định của luật', basis: (rs) => (rs === 'ltt_2025' ? ltt25('khoản 2 Điều 37') : ltt22('khoản 2 Điều 79')) },
  business_secret: { labelVi: 'Bí mật kinh doanh', basis: (rs) => cite(rs === 'ltt_2025' ? ltt25('khoản 2 Điều 37') : ltt22('khoản 2 Điều 79'), 'bí mật khác theo quy định của luật') },
  personal_private_life: { labelVi: 'Bí mật đời tư, bí mật cá nhân, dữ liệu cá nhân', basis: (rs) => cite(rs === 'ltt_2025' ? ltt25('khoản 2 Điều 37') : ltt22('khoản 2 Điều 79'), 'Bộ luật Dân sự 2015, Điều 38 (cách hiểu; Luật Bảo vệ dữ liệu cá nhân cần xác minh)') },
  denouncer_identity: { labelVi: 'Thông tin về người tố cáo, người cung cấp thông tin', basis: () => 'Luật Tố cáo 2018, điểm b khoản 1 Điều 9; Luật Phòng, chống tham nhũng 2018, điểm c khoản 1 Điều 31' },
};

// CCCD/CMND (9 or 12 digits) and Vietnamese phone numbers, masked in public text as personal data (interpretation).
const IDENTIFIER_RE = /(?<![\d])(?:\d{12}|\d{9}|(?:\+84|0)(?:3|5|7|8|9)\d{8})(?![\d])/g;

/**
 * The public version of a conclusion: every part tagged as protected is withheld (heading kept, reason and article
 * given); ID-card and phone numbers left in public text are masked. Refuses (returns a refusal) for an unsigned
 * conclusion: until publication its content may not be disclosed (2025 Art 6(4); 2022 Art 8(5)).
 */
export function publicVersion(c: ConclusionModel): { ok: true; value: PublicConclusion } | ({ ok: false } & Refusal) {
  if (c.status === 'draft' || !c.signedOn)
    return {
      ok: false,
      code: 'NOT_SIGNED',
      messageVi: 'Kết luận chưa được ký ban hành: không được tiết lộ thông tin, tài liệu về cuộc thanh tra trước khi công khai kết luận.',
      messageEn: 'The conclusion is not signed: nothing may be disclosed before publication.',
      basis: c.ruleSet === 'ltt_2025' ? ltt25('khoản 4 Điều 6') : ltt22('khoản 5 Điều 8'),
    };
  const parts: PublicConclusion['parts'] = [];
  const withheld: WithheldPart[] = [];
  let masked = 0;
  for (const p of c.parts) {
    const tags = [...new Set(p.tags ?? [])];
    if (tags.length > 0) {
      withheld.push({ partId: p.id, heading: p.heading, reasons: tags.map((t) => ({ tag: t, labelVi: PROTECTED[t].labelVi, basis: PROTECTED[t].basis(c.ruleSet) })) });
      parts.push({ id: p.id, heading: p.heading, text: `[Nội dung không công khai: ${tags.map((t) => PROTECTED[t].labelVi.toLowerCase()).join('; ')}]` });
      continue;
    }
    const text = p.text.replace(IDENTIFIER_RE, (m) => {
      masked++;
      return '*'.repeat(m.length - 3) + m.slice(-3);
    });
    parts.push({ id: p.id, heading: p.heading, text });
  }
  const notes =
    c.ruleSet === 'ltt_2022'
      ? [`Công khai toàn văn, trừ nội dung thuộc bí mật nhà nước hoặc bí mật khác theo quy định của luật (${ltt22('khoản 2 Điều 79')}).`]
      : [`Kết luận phải được công khai, trừ nội dung thuộc bí mật nhà nước hoặc bí mật khác theo quy định của luật (${ltt25('khoản 2 Điều 37')}); luật không còn chữ "toàn văn" — mặc định công khai toàn văn trừ phần được bảo vệ (cần xác minh).`];
  if (masked > 0) notes.push(`Đã che ${masked} số định danh/số điện thoại trong phần công khai (dữ liệu cá nhân — cách hiểu của nền tảng).`);
  return { ok: true, value: { conclusionId: c.id, parts, withheld, maskedIdentifiers: masked, notes } };
}

/** Forms of publication with semantic ids (the letters differ between 2022 Art 79(3) and 2025 Art 37(3)). */
export type PublicationForm = 'portal' | 'meeting_or_press_conference' | 'mass_media' | 'posting_at_subject_premises';

/** One publication act. */
export interface PublicationAct {
  form: PublicationForm;
  date: IsoDate;
  /** Mass media: 'central' or 'local' (2022 Art 79(3)(c)); whether it covers the place of inspection (2025 Art 37(3)(c)). */
  mediumLevel?: 'central' | 'local';
  coversInspectionPlace?: boolean;
}

const CENTRAL_2022 = ['gov_inspectorate', 'ministry_inspectorate', 'general_dept_inspectorate'];

/**
 * Whether a publication complies: the portal form AND at least one other form, each within 10 days of signing (2025
 * Art 37(1): (b) + one of (a),(c),(d); 2022 Art 79(1): (a) + one of (b),(c),(d)), and the mass medium of the right kind
 * (2022: central for TTCP, Thanh tra Bộ, Tổng cục/Cục, local for the others; 2025: at the place of inspection).
 */
export function publicationCompliance(
  input: { ruleSet: InspectionRuleSet; body: string; signedOn: IsoDate; acts: readonly PublicationAct[]; decisionIssuedOn: IsoDate },
  calendar: WorkingCalendar,
  overrides: readonly InspectionRuleVersion[] = [],
): { compliant: boolean; dueDate: IsoDate; problems: Refusal[] } {
  const deadline = computeInspectionDeadline({ clockId: 'PUBLICATION', startDate: input.signedOn, ruleDate: input.decisionIssuedOn }, calendar, overrides);
  const due = deadline.dueDate ?? addDays(input.signedOn, 10);
  const basis = input.ruleSet === 'ltt_2025' ? ltt25('khoản 1, 3 Điều 37') : ltt22('khoản 1, 3 Điều 79');
  const problems: Refusal[] = [];
  const onTime = input.acts.filter((a) => a.date >= input.signedOn && a.date <= due);
  const late = input.acts.filter((a) => a.date > due);
  if (!onTime.some((a) => a.form === 'portal'))
    problems.push({ code: 'PORTAL_MISSING', messageVi: `Chưa đăng tải kết luận trên Cổng thông tin điện tử trong thời hạn (chậm nhất ${formatViDate(due)}) — hình thức bắt buộc.`, messageEn: 'Portal publication missing or late.', basis });
  const qualifies = (a: PublicationAct) => {
    if (a.form === 'portal') return false;
    if (a.form !== 'mass_media') return true;
    if (input.ruleSet === 'ltt_2025') return a.coversInspectionPlace === true;
    return a.mediumLevel === (CENTRAL_2022.includes(input.body) ? 'central' : 'local');
  };
  if (!onTime.some(qualifies)) {
    const media = input.acts.find((a) => a.form === 'mass_media' && !qualifies(a));
    const why = media
      ? input.ruleSet === 'ltt_2025'
        ? ' (phương tiện thông tin đại chúng phải tại nơi tiến hành thanh tra)'
        : ` (phải là phương tiện thông tin đại chúng ở ${CENTRAL_2022.includes(input.body) ? 'trung ương' : 'địa phương'})`
      : '';
    problems.push({ code: 'SECOND_FORM_MISSING', messageVi: `Cần thêm ít nhất một hình thức công khai khác trong thời hạn (họp công bố hoặc họp báo, thông báo trên phương tiện thông tin đại chúng, niêm yết tại trụ sở đối tượng)${why}.`, messageEn: 'A second qualifying form is missing.', basis });
  }
  for (const a of late) problems.push({ code: 'LATE', messageVi: `Hình thức công khai ngày ${formatViDate(a.date)} quá thời hạn 10 ngày kể từ ngày ký (${formatViDate(due)}).`, messageEn: 'Published after the deadline.', basis });
  return { compliant: problems.filter((p) => p.code !== 'LATE').length === 0, dueDate: due, problems };
}
