import { and, sql } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { agencies } from '../orgs/orgs.table';
import { agencyPathIn } from '../orgs';
import { petitionLetters } from '../petitions/petitions.table';
import { subjectPetitionLinks } from '../subjects/risk/risk.table';
import { subjects } from '../subjects/subjects.table';
import { vsicSection } from '../../shared/domain/subjects/indicators/vsic';

/**
 * The VSIC 2018 section (A–U) of the subject a letter is about, from its 2-digit division (vsicSection, Quyết định
 * 27/2018/QĐ-TTg); null when the letter has no linked subject or the subject no code.
 */
const SECTION_SQL = (() => {
  const bySection = new Map<string, string[]>();
  for (let d = 1; d <= 99; d++) {
    const code = String(d).padStart(2, '0');
    const s = vsicSection(code);
    if (s) bySection.set(s, [...(bySection.get(s) ?? []), code]);
  }
  const cases = [...bySection].map(([s, codes]) => `when left(s.vsic_code, 2) in (${codes.map((c) => `'${c}'`).join(', ')}) then '${s}'`).join(' ');
  return sql.raw(`(case ${cases} end)`);
})();
const sectionOfLetter = sql`(select ${SECTION_SQL} from ${subjectPetitionLinks} l join ${subjects} s on s.id = l.subject_id where l.letter_id = ${petitionLetters.id})`;

export type AreaPeriodCount = { area: string; period: number; kind: string; n: number; groups: number; repeats: number };

/**
 * Letters per area, period and kind, from the letters of agencies under `scopes`, received in the periods
 * (asOf − periodDays·periods, asOf]. Period 0 is the current one. The area is the letter's province, or its commune
 * when `provinceCode` is given (the communes of that province). One grouped scan over the agency and date indexes.
 */
export async function countLettersByAreaAndPeriod(db: Db, q: { scopes: string[]; asOf: string; periodDays: number; periods: number; provinceCode?: string; bySector?: boolean; sector?: string }): Promise<AreaPeriodCount[]> {
  // By sector the area is the subject's VSIC section (within the province when one is given); else the commune of the
  // province, or the province.
  const area = q.bySector ? sectionOfLetter : q.provinceCode ? petitionLetters.communeCode : petitionLetters.provinceCode;
  return db
    .select({
      area: sql<string>`${area}`,
      period: sql<number>`((${q.asOf}::date - ${petitionLetters.receivedOn}) / ${q.periodDays}::int)::int`,
      kind: sql<string>`coalesce(${petitionLetters.kind}, ${petitionLetters.claimedKind})`,
      n: sql<number>`count(*)::int`,
      groups: sql<number>`(count(*) filter (where ${petitionLetters.isGroup}))::int`,
      repeats: sql<number>`(count(*) filter (where ${petitionLetters.state} = 'linked_duplicate'))::int`,
    })
    .from(petitionLetters)
    .innerJoin(agencies, sql`${agencies.id} = ${petitionLetters.agencyId}`)
    .where(
      and(
        agencyPathIn(q.scopes),
        sql`${petitionLetters.receivedOn} <= ${q.asOf}::date`,
        sql`${petitionLetters.receivedOn} > ${q.asOf}::date - ${q.periodDays * q.periods}::int`,
        sql`${area} is not null`,
        q.provinceCode ? sql`${petitionLetters.provinceCode} = ${q.provinceCode}` : undefined,
        q.sector ? sql`${sectionOfLetter} = ${q.sector}` : undefined,
      ),
    )
    .groupBy(sql`1`, sql`2`, sql`3`);
}

/** Letters in `scopes` received in [from, to] whose subject's sector is unknown (optionally of one province). */
export async function countUnknownSector(db: Db, q: { scopes: string[]; from: string; to: string; provinceCode?: string }): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(petitionLetters)
    .innerJoin(agencies, sql`${agencies.id} = ${petitionLetters.agencyId}`)
    .where(and(agencyPathIn(q.scopes), sql`${petitionLetters.receivedOn} between ${q.from}::date and ${q.to}::date`, sql`${sectionOfLetter} is null`, q.provinceCode ? sql`${petitionLetters.provinceCode} = ${q.provinceCode}` : undefined));
  return Number(row?.n ?? 0);
}

/** The first day a letter in `scopes` was received (null when none): periods before it are unknown, not zero. */
export async function firstReceivedOn(db: Db, scopes: string[]): Promise<string | null> {
  const [row] = await db
    .select({ first: sql<string | null>`min(${petitionLetters.receivedOn})::text` })
    .from(petitionLetters)
    .innerJoin(agencies, sql`${agencies.id} = ${petitionLetters.agencyId}`)
    .where(agencyPathIn(scopes));
  return row?.first ?? null;
}
