import { and, sql } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { agencies } from '../orgs/orgs.table';
import { agencyPathIn } from '../orgs';
import { petitionLetters } from '../petitions/petitions.table';

export type AreaPeriodCount = { area: string; period: number; kind: string; n: number; groups: number; repeats: number };

/**
 * Letters per area, period and kind, from the letters of agencies under `scopes`, received in the periods
 * (asOf − periodDays·periods, asOf]. Period 0 is the current one. The area is the letter's province, or its commune
 * when `provinceCode` is given (the communes of that province). One grouped scan over the agency and date indexes.
 */
export async function countLettersByAreaAndPeriod(db: Db, q: { scopes: string[]; asOf: string; periodDays: number; periods: number; provinceCode?: string }): Promise<AreaPeriodCount[]> {
  const area = q.provinceCode ? petitionLetters.communeCode : petitionLetters.provinceCode;
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
      ),
    )
    .groupBy(sql`1`, sql`2`, sql`3`);
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
