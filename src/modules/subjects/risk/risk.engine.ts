import { createHash } from 'node:crypto';
import { recordAuditBatch, type AuditContext } from '../../../server/audit/audit';
import type { Db } from '../../../server/db';
import type { Deps } from '../../../server/deps';
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { computeScore, DEFAULT_INDICATOR_SET, raisesWarning, type IndicatorSetDef, type RiskLevel, type ScoreResult, type SourceFacts, type SubjectFacts } from '../../../shared/domain/subjects/indicators';
import { getWorkingCalendar } from '../../calendar';
import { notify } from '../../notifications';
import { vnToday } from '../subjects.refs';
import * as repo from './risk.repository';
import type { StoredExplanation } from './risk.table';
import { FACT_SOURCES, QUEUE_FUNCTION_SQL, type SubjectSelection } from './sources';

const SYSTEM: AuditContext = { actorUserId: null, actorName: 'Hệ thống cảnh báo sớm', ip: null, requestId: null };
export const RESCORE_QUEUE = 'subjects.rescore_queue';
export const FULL_RESCORE_QUEUE = 'subjects.rescore';

/**
 * Installs what every installation needs for the early warning (idempotent, at every start): the shipped indicator
 * set as version 1, and the triggers of the wired sources that queue a subject when one of its facts changes.
 */
export async function installRisk(db: Db): Promise<void> {
  await repo.runDdl(db, QUEUE_FUNCTION_SQL);
  for (const s of FACT_SOURCES) await repo.runDdl(db, s.triggerSql);
  await repo.runDdl(
    db,
    `create or replace function risk_queue_subject_registry() returns trigger language plpgsql as $$
     begin perform risk_queue_subjects(array[new.id], 'registry'); return new; end $$;
     drop trigger if exists risk_queue_subject_registry on subjects;
     create trigger risk_queue_subject_registry after update of status, vsic_code, established_on on subjects for each row
       when (old.status is distinct from new.status or old.vsic_code is distinct from new.vsic_code or old.established_on is distinct from new.established_on)
       execute function risk_queue_subject_registry();`,
  );
  if (!(await repo.latestSet(db))) {
    await db.transaction(async (tx) => {
      await repo.insertSet(tx, { version: 1, definition: DEFAULT_INDICATOR_SET, note: 'Bộ chỉ số mặc định kèm theo phần mềm.', createdBy: null, createdAt: new Date() });
    });
  }
}

/** The set version scores are computed with now. */
export async function currentSet(db: Db): Promise<{ version: number; definition: IndicatorSetDef }> {
  const row = await repo.latestSet(db);
  if (!row) throw new Error('Chưa có bộ chỉ số cảnh báo sớm (installRisk chưa chạy).');
  return { version: row.version, definition: row.definition };
}

/** The facts of the selected subjects from every wired source. */
export async function loadFacts(db: Db, subjects: repo.ScoredSubject[], sel: SubjectSelection): Promise<Map<string, SubjectFacts>> {
  const loaded = await Promise.all(FACT_SOURCES.map(async (s) => [s.key, await s.load(db, sel)] as const));
  const out = new Map<string, SubjectFacts>();
  for (const s of subjects) {
    const sources: Partial<SourceFacts> = {};
    for (const [key, bySubject] of loaded) (sources as Record<string, unknown>)[key] = bySubject.get(s.id) ?? [];
    out.set(s.id, { subject: { id: s.id, status: s.status, vsicCode: s.vsic_code, establishedOn: s.established_on }, sources });
  }
  return out;
}

/** The stored form of a result and its digest (what a rescoring compares to skip unchanged subjects). */
export function storedExplanation(result: ScoreResult, inputs: SubjectFacts): { explanation: StoredExplanation; digest: string } {
  const explanation: StoredExplanation = {
    indicators: result.indicators.map((i) => ({ key: i.key, available: i.available, raw: i.raw, normalised: i.normalised, weight: i.weight, contribution: i.contribution })),
    inputs,
    excluded: result.excluded,
  };
  return { explanation, digest: createHash('sha1').update(JSON.stringify(explanation)).digest('base64') };
}

export type RescoreContext = { set: { version: number; definition: IndicatorSetDef }; asOf: string; calendar: WorkingCalendar; at: Date };
type Ctx = RescoreContext;

/**
 * What a rescoring needs besides the facts (current set, day, calendar). Load it BEFORE opening the transaction that
 * rescores: PGlite has one connection, so reading through deps.db inside a transaction would wait forever.
 */
export async function rescoreContext(deps: Deps): Promise<Ctx> {
  const at = deps.clock.now();
  return { set: await currentSet(deps.db), asOf: vnToday(at), calendar: await getWorkingCalendar(deps.db), at };
}

/**
 * Scores the selected subjects and writes those whose result changed (history + current row), raising warnings for
 * upward crossings. Runs in `tx`. Returns how many were written and the warnings raised.
 */
async function scoreAndWrite(deps: Deps, tx: Db, subjects: repo.ScoredSubject[], sel: SubjectSelection, ctx: Ctx, cause: string, audit: AuditContext) {
  if (subjects.length === 0) return { written: 0, warnings: 0 };
  const [facts, current] = await Promise.all([loadFacts(tx, subjects, sel), repo.currentScores(tx, sel)]);
  const changed: repo.NewScore[] = [];
  const crossings: { subject: repo.ScoredSubject; before: RiskLevel | null; score: repo.NewScore }[] = [];
  for (const s of subjects) {
    const inputs = facts.get(s.id)!;
    const result = computeScore(ctx.set.definition, inputs, { asOf: ctx.asOf, calendar: ctx.calendar });
    const { explanation, digest } = storedExplanation(result, inputs);
    const prev = current.get(s.id);
    if (prev && prev.digest === digest && prev.set_version === ctx.set.version) continue;
    const row: repo.NewScore = { subject_id: s.id, score: result.score, level: result.level, set_version: ctx.set.version, as_of: ctx.asOf, explanation, digest };
    changed.push(row);
    const before = (prev?.level ?? null) as RiskLevel | null;
    if (raisesWarning(before, result.level, ctx.set.definition.thresholds)) crossings.push({ subject: s, before, score: row });
  }
  const historyIds = await repo.writeScores(tx, changed, cause, ctx.at);
  const raised = await raiseWarnings(deps, tx, crossings, historyIds, ctx, audit);
  return { written: changed.length, warnings: raised };
}

/**
 * Raises the warnings of upward crossings. A subject with a warning still open or acknowledged gets no second one
 * unless its level rose above that warning's level (then the new one says so).
 */
async function raiseWarnings(deps: Deps, tx: Db, crossings: { subject: repo.ScoredSubject; before: RiskLevel | null; score: repo.NewScore }[], historyIds: Map<string, number>, ctx: Ctx, audit: AuditContext): Promise<number> {
  if (crossings.length === 0) return 0;
  const active = await repo.activeWarnings(tx, crossings.map((c) => c.subject.id));
  const rank = (l: string) => ['none', 'watch', 'warning', 'serious'].indexOf(l);
  const activeLevel = new Map<string, number>();
  for (const w of active) activeLevel.set(w.subjectId, Math.max(activeLevel.get(w.subjectId) ?? -1, rank(w.level)));
  const rows = crossings
    .filter((c) => (activeLevel.get(c.subject.id) ?? -1) < rank(c.score.level))
    .map((c) => ({ subjectId: c.subject.id, agencyId: c.subject.managing_agency_id, level: c.score.level, previousLevel: c.before ?? 'none', score: c.score.score, setVersion: c.score.set_version, historyId: historyIds.get(c.subject.id)!, state: 'open', createdAt: ctx.at }));
  const created = await repo.insertWarnings(tx, rows);
  if (created.length === 0) return 0;
  await recordAuditBatch(
    tx,
    created.map((w) => ({ ctx: audit, entry: { action: 'subject_warning.raise', entityType: 'subject_warning', entityId: w.id, agencyId: w.agencyId, after: { subjectId: w.subjectId, level: w.level, previousLevel: w.previousLevel, score: w.score, setVersion: w.setVersion, historyId: w.historyId } }, at: ctx.at })),
  );
  // The managing agency's heads are told once per agency and run (a full rescoring may raise hundreds at once).
  const byAgency = new Map<string, typeof created>();
  for (const w of created) byAgency.set(w.agencyId, [...(byAgency.get(w.agencyId) ?? []), w]);
  const heads = await repo.headsOf(tx, [...byAgency.keys()]);
  for (const [agencyId, list] of byAgency) {
    const userIds = heads.get(agencyId) ?? [];
    if (userIds.length === 0) continue;
    const first = list[0]!;
    await notify(deps, tx, {
      userIds,
      kind: 'subject_warning',
      title: list.length === 1 ? `Cảnh báo sớm: đối tượng vượt ngưỡng "${LEVEL_VI[first.level]}" (${first.score} điểm)` : `Cảnh báo sớm: ${list.length} đối tượng vượt ngưỡng`,
      body: 'Mở hộp "Cảnh báo sớm" để xem giải thích điểm và xử lý (ghi nhận, tiến hành thanh tra, đưa vào kế hoạch hoặc bỏ qua có lý do).',
      link: list.length === 1 ? `/subjects/${first.subjectId}` : '/canh-bao-som',
      entity: { type: 'subject_warning', id: first.id },
      agencyId,
      dedupeKey: `subject_warning:${first.id}`,
    });
  }
  return created.length;
}

export const LEVEL_VI: Record<string, string> = { none: 'Bình thường', watch: 'Theo dõi', warning: 'Cảnh báo', serious: 'Nghiêm trọng' };

/** Rescores these subjects now, in the caller's transaction (a fact the caller just changed); `ctx` from rescoreContext. */
export async function rescoreInTx(deps: Deps, tx: Db, ctx: RescoreContext, subjectIds: string[], cause: string, audit: AuditContext = SYSTEM) {
  const subjects = await repo.subjectsByIds(tx, subjectIds);
  return scoreAndWrite(deps, tx, subjects, { ids: subjects.map((s) => s.id) }, ctx, cause, audit);
}

/** Drains the rescoring queue (subjects whose facts changed), in batches of `batch`. Returns how many were scored. */
export async function drainRescoreQueue(deps: Deps, batch = 500): Promise<{ scored: number; written: number; warnings: number }> {
  const ctx = await rescoreContext(deps);
  const total = { scored: 0, written: 0, warnings: 0 };
  for (;;) {
    const r = await deps.db.transaction(async (tx) => {
      const ids = await repo.takeQueued(tx, batch);
      if (ids.length === 0) return undefined;
      const subjects = await repo.subjectsByIds(tx, ids);
      const out = await scoreAndWrite(deps, tx, subjects, { ids: subjects.map((s) => s.id) }, ctx, 'fact', SYSTEM);
      return { scored: subjects.length, ...out };
    });
    if (!r) return total;
    total.scored += r.scored;
    total.written += r.written;
    total.warnings += r.warnings;
  }
}

/**
 * Full rescoring of every subject with the current set: subjects by id ranges of `batch`, each source loaded once per
 * range (set-based), only changed results written; one transaction per range so progress survives a failure.
 */
export async function runFullRescore(deps: Deps, opts: { batch?: number; onBatch?: (done: number) => void } = {}): Promise<{ scored: number; written: number; warnings: number; ms: number }> {
  const started = performance.now();
  const ctx = await rescoreContext(deps);
  const batch = opts.batch ?? 5000;
  const total = { scored: 0, written: 0, warnings: 0 };
  let after: string | null = null;
  for (;;) {
    const subjects = await repo.subjectPage(deps.db, after, batch);
    if (subjects.length === 0) break;
    const sel = { from: subjects[0]!.id, to: subjects.at(-1)!.id };
    const r = await deps.db.transaction((tx) => scoreAndWrite(deps, tx, subjects, sel, ctx, 'full', SYSTEM));
    total.scored += subjects.length;
    total.written += r.written;
    total.warnings += r.warnings;
    after = subjects.at(-1)!.id;
    opts.onBatch?.(total.scored);
  }
  return { ...total, ms: Math.round(performance.now() - started) };
}

/** The jobs: full rescoring (nightly and on demand) and the queue of changed facts (woken by the triggers). */
export async function registerRiskJobs(deps: Deps): Promise<void> {
  deps.jobs.handle(FULL_RESCORE_QUEUE, async () => {
    const r = await runFullRescore(deps);
    deps.log.info(r, 'subjects rescored');
  });
  deps.jobs.handle(RESCORE_QUEUE, async (_payload, job) => {
    await repo.releaseWakeKey(deps.db, job.id);
    await drainRescoreQueue(deps);
  });
  await deps.jobs.schedule('subjects-rescore-nightly', '30 2 * * *', FULL_RESCORE_QUEUE);
  // A safety net for a fact committed while the wake-up job was between releasing its key and draining.
  await deps.jobs.schedule('subjects-rescore-queue-sweep', '*/10 * * * *', RESCORE_QUEUE);
}
