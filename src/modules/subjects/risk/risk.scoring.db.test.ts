// The set-based scoring (risk.scoring.ts) against the reference: the pure computeScore over the facts the sources
// load. A varied registry (every registry status, missing sector and founding dates, letters of each kind, inspections
// in every state, sanction decisions on both sides of the Art 7 clearing day, every payment state, recommendations in
// every follow-up state, published or not) is scored with the shipped set and with a set of awkward numbers
// (fractional weights and caps), on two days; every stored score, level and indicator must equal the reference's.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../../test/helpers/factories';
import { readShippedAdminUnits } from '../../admin-units';
import type { AgencyRow } from '../../orgs';
import { computeScore, DEFAULT_INDICATOR_SET, type IndicatorSetDef } from '../../../shared/domain/subjects/indicators';
import { getWorkingCalendar } from '../../calendar';
import { generateSubjects } from '../../../server/seed/subjects-data';
import { seedSubjectRows } from '../subjects.import';
import { clearedCutoff } from './risk.scoring';
import { loadFacts, runFullRescore } from './risk.engine';
import * as repo from './risk.repository';
import type { StoredExplanation } from './risk.table';

let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
type Subj = { id: string; tax_code: string };
let subjects: Subj[] = [];
const rows = <T>(r: unknown) => (r as { rows: T[] }).rows;
const DAY1 = '2026-06-15';
const DAY2 = '2027-01-10';

beforeAll(async () => {
  ctx = await createTestContext({ clock: { now: () => new Date(`${DAY1}T03:00:00Z`) } });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, provinceCode: '01', name: 'Thanh tra thành phố Hà Nội' });
  head = await loginAs(ctx, agency, ['agency_head']);
  const { units } = readShippedAdminUnits();
  const drafts = [...generateSubjects(60, units.communes.slice(0, 50), 7, () => agency.id)];
  await ctx.deps.db.transaction((tx) => seedSubjectRows(tx, drafts, new Date()));
  subjects = rows<Subj>(await ctx.deps.db.execute(sql`select id, tax_code from subjects order by tax_code`));
  const db = ctx.deps.db;
  // Registry edge cases: no sector, an unknown division, no founding date, founded after the scoring day, each status.
  const statuses = ['active', 'suspended', 'revoked', 'dissolved', 'bankrupt'];
  for (const [i, s] of subjects.entries()) {
    const vsic = i % 7 === 0 ? null : i % 7 === 1 ? '0400' : i % 7 === 2 ? 'x12' : 'keep';
    const founded = i % 6 === 0 ? null : i % 6 === 1 ? '2026-12-01' : 'keep';
    await db.execute(sql`update subjects set status = ${statuses[i % 5]!},
      vsic_code = case when ${vsic}::text = 'keep' then vsic_code else ${vsic}::text end,
      established_on = case when ${founded}::text = 'keep' then established_on else nullif(${founded}::text, 'keep')::date end where id = ${s.id}`);
  }
  // Letters of each kind tied to subjects, in and out of the windows.
  const kinds = ['reflection', 'petition', 'denunciation', 'complaint', null];
  const dates = ['2026-05-04', '2025-06-15', '2025-06-16', '2025-11-15', '2026-06-15', '2026-06-16', '2026-12-20'];
  for (let i = 0; i < 7; i++) {
    const res = await head.post('/api/v1/petitions', { agencyId: agency.id, kind: 'reflection', channel: 'post', receivedOn: '2026-05-04', title: `Phản ánh số ${i}`, content: 'Tổ chức xả thải gây ô nhiễm nguồn nước sinh hoạt của khu dân cư.', author: { fullName: 'Lê Văn Dân', address: 'Hà Nội' }, respondent: { name: 'Công ty' } });
    expect(res.statusCode, res.body).toBe(201);
    await db.execute(sql`update petition_letters set kind = ${kinds[i % 5]!}, received_on = ${dates[i]!} where id = ${res.json().id}`);
    await db.execute(sql`insert into subject_petition_links (letter_id, subject_id, linked_at) values (${res.json().id}, ${subjects[i % 3]!.id}, now())`);
  }
  // Inspections: not yet decided, decided this year, years ago, in the future; several for one subject.
  const insp: [number, string, string][] = [[3, '2019-04-01', 'closed'], [3, '2023-02-10', 'closed'], [4, '2026-02-01', 'decided'], [5, '2026-05-01', 'proposed'], [6, '2027-03-01', 'decided'], [7, '2017-08-08', 'closed'], [8, '2026-12-15', 'closed']];
  for (const [n, [i, date, status]] of insp.entries()) {
    await db.execute(sql`insert into inspection_cases (agency_id, case_year, case_seq, case_no, title, origin, regime, subject_name, subject_tax_code, content, decision_date, duration_days, status, search_text)
      values (${agency.id}, 2020, ${n + 1}, ${`${n + 1}/QĐ-TTr`}, 'Thanh tra', 'planned', 'ltt_2022', 'Tổ chức', ${subjects[i]!.tax_code}, 'Nội dung', ${date}, 30, ${status}, 'x')`);
  }
  // Recommendations: each follow-up state, conclusions published before, after, or not at all; one case tied by subject id.
  const cases = rows<{ id: string; n: number }>(await db.execute(sql`select id, case_seq as n from inspection_cases order by case_seq`));
  const published = [null, '2023-06-01', '2026-06-15', '2026-06-16', '2024-01-01', null, '2026-12-31'];
  for (const [k, c] of cases.entries()) {
    await db.execute(sql`insert into inspection_conclusions (case_id, parts, status, conclusion_no, signed_on, published_on) values (${c.id}, '[]'::jsonb, 'signed', ${`${c.n}/KL`}, '2023-05-01', ${published[k]!})`);
    const states = ['issued', 'directed', 'in_progress', 'implemented', 'partially_implemented', 'not_implemented', 'escalated', 'closed'];
    for (let j = 0; j < 4; j++) {
      const due = ['2024-01-01', '2026-06-05', '2026-06-14', '2026-06-15', '2026-12-31', '2026-06-06'][(k + j) % 6]!;
      await db.execute(sql`insert into inspection_recommendations (case_id, seq, kind, content, addressee, due_date, basis, status)
        values (${c.id}, ${j + 1}, 'other', ${`Kiến nghị ${j + 1}`}, 'Tổ chức', ${due}, 'Kết luận', ${states[(k * 3 + j) % 8]!})`);
    }
  }
  await db.execute(sql`update inspection_cases set subject_id = ${subjects[9]!.id}, subject_tax_code = null where case_seq = 2`);
  // Sanctions: both sides of the Art 7 clearing day (warning / other forms, on both days scored), each payment state.
  const cal = await getWorkingCalendar(db);
  const edges = [DAY1, DAY2].flatMap((d) => (['warning', 'other'] as const).map((f) => clearedCutoff(d, f, cal)));
  const plus = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  let seq = 0;
  const sanction = async (i: number, o: { decided: string; forms: string[]; fine: number; paid: number; status: string; due?: string | null; next?: string | null; completed?: string | null; byId?: boolean }) => {
    seq += 1;
    await db.execute(sql`
      insert into sanction_cases (agency_id, case_year, case_seq, case_no, status, xlvphc_version, violator_kind, violator_name, tax_code, subject_id, field, act, legal_provision,
        bracket_min_individual, bracket_max_individual, violation_state, detected_on, limitation_end, decision_no, decided_on, forms, fine_amount, paid_amount, payment_due, next_due,
        completed_on, execution_limitation_end, search_text)
      values (${agency.id}, 2026, ${seq}, ${`${seq}/HS`}, ${o.status}, 'xlvphc_2020', 'organisation', 'Tổ chức', ${o.byId ? null : subjects[i]!.tax_code}, ${o.byId ? subjects[i]!.id : null}, 'lao động', 'Hành vi', 'Nghị định',
        1, 2, 'ended', ${o.decided}, ${o.decided}, ${`${seq}/QĐ`}, ${o.decided}, ${JSON.stringify(o.forms)}::jsonb, ${o.fine || null}, ${o.paid}, ${o.due ?? null}, ${o.next ?? null},
        ${o.completed ?? null}, ${plus(o.decided, 365)}, 'x')`);
  };
  for (const [k, e] of edges.entries()) {
    for (const delta of [-1, 0, 1]) await sanction(10 + k, { decided: '2025-01-10', forms: k % 2 === 0 ? ['warning'] : ['fine', 'warning'], fine: k % 2 === 0 ? 0 : 5_000_000, paid: k % 2 === 0 ? 0 : 5_000_000, status: 'closed', completed: plus(e, delta) });
  }
  const forms = [['fine'], ['warning'], ['fine', 'confiscation'], []];
  const pay: [string, number, number, string | null, string | null][] = [
    ['overdue', 30_000_000, 0, '2025-09-15', '2025-09-15'], ['delivered', 20_000_000, 0, '2026-06-20', '2026-06-20'], ['instalments', 60_000_000, 10_000_000, '2026-01-01', '2026-03-01'],
    ['postponed', 8_000_000, 0, '2026-01-01', '2026-07-01'], ['complied', 10_000_000, 10_000_000, '2025-10-01', null], ['execution_time_barred', 40_000_000, 0, '2024-05-01', null],
    ['overdue', 70_000_000, 25_000_000, '2026-06-14', '2026-06-14'], ['decided', 15_000_000, 0, null, null], ['transferred_criminal', 5_000_000, 0, null, null], ['closed', 9_000_000, 1_000_000, '2024-06-01', null],
  ];
  const decided = ['2023-06-15', '2023-06-16', '2024-12-31', '2025-09-01', '2026-06-15', '2026-06-16', '2025-07-11'];
  for (let n = 0; n < 40; n++) {
    const [status, fine, paid, due, next] = pay[n % pay.length]!;
    await sanction(14 + (n % 30), { decided: decided[n % decided.length]!, forms: forms[n % 4]!, fine: forms[n % 4]![0] === 'warning' && forms[n % 4]!.length === 1 ? 0 : fine, paid, status, due, next, completed: status === 'complied' ? '2025-10-05' : null, byId: n % 3 === 0 });
  }
}, 300_000);
afterAll(async () => ctx?.close());

/** An awkward set: fractional weights, caps and petition weights; other windows; a grace period. */
function awkwardSet(): IndicatorSetDef {
  const d = structuredClone(DEFAULT_INDICATOR_SET);
  for (const [i, ind] of d.indicators.entries()) {
    ind.weight = [7.5, 13.3, 0.1, 21, 9.9, 3.7, 11][i]!;
    ind.cap = [2.5, 33_333_333, 1.7, 2.9, 6.6, 0.7, 0.9][i]!;
    if (ind.kind === 'petitions_weighted') ind.params = { windowMonths: 7, weights: { petition: 1.5, reflection: 0.5, complaint: 2.25, denunciation: 3 } };
    if (ind.kind === 'sanctions_in_window') ind.params = { windowYears: 1.5 };
    if (ind.kind === 'overdue_recommendations') ind.params = { graceDays: 10 };
  }
  d.thresholds = { watch: 10, warning: 20, serious: 35, warnFrom: 'watch' };
  d.excludedStatuses = ['dissolved'];
  return d;
}

/** Every subject's stored score (as written by the SQL path) against computeScore over the loaded facts. */
async function compareAll(day: string, version: number, def: IndicatorSetDef, cleared = true) {
  const calendar = await getWorkingCalendar(ctx.deps.db);
  const facts = await loadFacts(ctx.deps.db, { ids: subjects.map((s) => s.id) });
  const stored = rows<{ subject_id: string; score: number; level: string; set_version: number; as_of: string; explanation: StoredExplanation }>(
    await ctx.deps.db.execute(sql`select h.subject_id, h.score, h.level, h.set_version, h.as_of::text as as_of, h.explanation from subject_scores c join subject_score_history h on h.id = c.history_id`),
  );
  expect(stored).toHaveLength(subjects.length);
  const seen = { counted: new Set<string>(), cleared: 0, excluded: 0 };
  for (const row of stored) {
    // A subject whose facts and numbers did not change keeps its earlier row (nothing written): it must still be what the reference computes today.
    expect(row.set_version).toBe(version);
    expect([DAY1, day]).toContain(row.as_of);
    const inputs = facts.get(row.subject_id)!;
    // The stored inputs are the facts the sources load.
    expect(row.explanation.inputs).toEqual(inputs);
    const ref = computeScore(def, inputs, { asOf: day, calendar });
    expect({ score: row.score, level: row.level, excluded: row.explanation.excluded }).toEqual({ score: ref.score, level: ref.level, excluded: ref.excluded });
    expect(row.explanation.indicators).toEqual(ref.indicators.map((i) => ({ key: i.key, available: i.available, raw: i.raw, normalised: i.normalised, weight: i.weight, contribution: i.contribution })));
    if (ref.excluded) seen.excluded++;
    for (const i of ref.indicators) {
      if (i.raw > 0 && i.kind !== 'sector_base_risk' && i.kind !== 'registry_status') seen.counted.add(i.kind);
      seen.cleared += i.facts.filter((f) => f.note?.startsWith('Được coi là chưa bị xử lý')).length;
    }
  }
  // The fixture reaches every branch that counts something.
  expect([...seen.counted].sort()).toEqual(['overdue_recommendations', 'petitions_weighted', 'sanctions_in_window', 'unpaid_fines', 'years_since_inspection']);
  if (cleared) expect(seen.cleared).toBeGreaterThan(0);
  expect(seen.excluded).toBeGreaterThan(0);
}

describe('set-based scoring equals the reference computation', () => {
  it('shipped set, two days', async () => {
    expect(await runFullRescore(ctx.deps, { batch: 17 })).toMatchObject({ scored: subjects.length, written: subjects.length });
    await compareAll(DAY1, 1, DEFAULT_INDICATOR_SET);
    const later = { ...ctx.deps, clock: { now: () => new Date(`${DAY2}T03:00:00Z`) } };
    await runFullRescore(later, { batch: 25 });
    await compareAll(DAY2, 1, DEFAULT_INDICATOR_SET);
  });

  it('awkward numbers: fractional weights, caps and windows', async () => {
    const def = awkwardSet();
    await ctx.deps.db.transaction((tx) => repo.insertSet(tx, { version: 2, definition: def, note: 'Bộ chỉ số thử', createdBy: null, createdAt: new Date() }));
    expect((await runFullRescore(ctx.deps, { batch: 1000 })).written).toBe(subjects.length);
    await compareAll(DAY1, 2, def);
    await runFullRescore({ ...ctx.deps, clock: { now: () => new Date(`${DAY2}T03:00:00Z`) } });
    // (with its 18-month window, every decision cleared by then is already outside it)
    await compareAll(DAY2, 2, def, false);
  });

  it('incremental rescoring of a list writes the same as the full run, and nothing when nothing changed', async () => {
    const full = await runFullRescore(ctx.deps);
    expect(full.written).toBeGreaterThan(0);
    await compareAll(DAY1, 2, awkwardSet());
    expect((await runFullRescore(ctx.deps)).written).toBe(0);
    await ctx.deps.db.execute(sql`insert into subject_rescore_queue (subject_id, reason) select id, 'test' from subjects on conflict do nothing`);
    const { drainRescoreQueue } = await import('./risk.engine');
    expect(await drainRescoreQueue(ctx.deps, 7)).toMatchObject({ scored: subjects.length, written: 0 });
  });
});
