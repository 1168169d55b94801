import { and, count, eq, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { agencyPathIn } from '../orgs/orgs.repository';
import { agencies } from '../orgs/orgs.table';
import { receptionDeadlines, receptionEvents, receptionVisits } from './reception.table';

/** Visit states after which a visit no longer waits for anything (terminal states of the reception-visit table, spec §8.2). */
const VISIT_DONE = ['refused', 'answered'];

/** Events of the reception-visit table counted as outcomes (spec §7.2 "Reception": guided, letter taken, transferred, refused). */
const OUTCOMES = { refused: ['refuse'], guided: ['guide'], lettersMade: ['record_statement', 'receive_letter'], transferred: ['transfer'], answered: ['answer'] } as const;

/**
 * The reception counters of spec §7.2 for the visits of agencies under `scopes` in a period: visits (lượt), persons,
 * group delegations and their persons, by session kind (regular reception, the head's periodic and ad hoc reception,
 * online — LTCD 2013 Art 18(2), (3); NĐ 154/2026 Arts 16–24) and by kind of content; outcomes counted in the period in
 * which they happened (DR-7.2) from the append-only timeline (DR-7.1); answers within the 10 working days of LTCD Art
 * 28(1) or late. Imported by the petitions statistics directly (not through the module index, which depends on petitions).
 */
export async function receptionStats(db: Db, scopes: string[], q: { from: string; to: string }) {
  const inScope = agencyPathIn(scopes);
  const received = and(inScope, gte(receptionVisits.receivedOn, q.from), lte(receptionVisits.receivedOn, q.to))!;
  const fromTs = new Date(`${q.from}T00:00:00+07:00`);
  const toTs = new Date(`${q.to}T23:59:59.999+07:00`);
  const countBy = async (column: SQL) => {
    const rows = await db
      .select({ key: sql<string>`${column}`, n: count() })
      .from(receptionVisits)
      .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
      .where(received)
      .groupBy(column);
    return Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  };
  // A refusal also stops TCD_ANSWER; only visits actually answered (R7) count as answered on time or late.
  const answered = sql`${receptionVisits.state} = 'answered'`;
  const doneBefore = db
    .select({ id: receptionEvents.visitId })
    .from(receptionEvents)
    .where(and(inArray(receptionEvents.toState, VISIT_DONE), lt(receptionEvents.at, fromTs)));
  const [totals, bySession, byKind, events, answers, carried] = await Promise.all([
    db
      .select({
        visits: count(),
        persons: sql<number>`coalesce(sum(${receptionVisits.visitorCount}), 0)::int`,
        groupVisits: sql<number>`count(*) filter (where ${receptionVisits.isGroup})::int`,
        groupPersons: sql<number>`coalesce(sum(${receptionVisits.visitorCount}) filter (where ${receptionVisits.isGroup}), 0)::int`,
      })
      .from(receptionVisits)
      .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
      .where(received),
    countBy(sql`${receptionVisits.sessionKind}`),
    countBy(sql`${receptionVisits.kindClaimed}`),
    db
      .select({ event: receptionEvents.event, n: count() })
      .from(receptionEvents)
      .innerJoin(receptionVisits, eq(receptionVisits.id, receptionEvents.visitId))
      .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
      .where(and(inScope, gte(receptionEvents.at, fromTs), lte(receptionEvents.at, toTs)))
      .groupBy(receptionEvents.event),
    db
      .select({
        onTime: sql<number>`count(*) filter (where ${answered} and ${receptionDeadlines.status} = 'met' and ${receptionDeadlines.closedOn} between ${q.from}::date and ${q.to}::date)::int`,
        late: sql<number>`count(*) filter (where ${answered} and ${receptionDeadlines.status} = 'late' and ${receptionDeadlines.closedOn} between ${q.from}::date and ${q.to}::date)::int`,
        overdueAtEnd: sql<number>`count(*) filter (where ${receptionDeadlines.status} = 'running' and ${receptionDeadlines.dueDate} < ${q.to}::date)::int`,
      })
      .from(receptionDeadlines)
      .innerJoin(receptionVisits, eq(receptionVisits.id, receptionDeadlines.visitId))
      .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
      .where(and(inScope, eq(receptionDeadlines.clockId, 'TCD_ANSWER'))),
    db
      .select({ n: count() })
      .from(receptionVisits)
      .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
      .where(and(inScope, lt(receptionVisits.receivedOn, q.from), sql`${receptionVisits.id} not in (${doneBefore})`)),
  ]);
  const t = totals[0]!;
  const a = answers[0]!;
  const eventCount = (names: readonly string[]) => events.filter((e) => names.includes(e.event)).reduce((sum, e) => sum + Number(e.n), 0);
  return {
    carriedOver: Number(carried[0]?.n ?? 0),
    visits: Number(t.visits),
    persons: Number(t.persons),
    groupVisits: Number(t.groupVisits),
    groupPersons: Number(t.groupPersons),
    bySession,
    byKind,
    refused: eventCount(OUTCOMES.refused),
    guided: eventCount(OUTCOMES.guided),
    lettersMade: eventCount(OUTCOMES.lettersMade),
    transferred: eventCount(OUTCOMES.transferred),
    answered: eventCount(OUTCOMES.answered),
    answeredOnTime: Number(a.onTime),
    answeredLate: Number(a.late),
    answerOverdueAtEnd: Number(a.overdueAtEnd),
  };
}
