import { AuditChainBusyError, recordAuditBatch, type AuditContext } from '../../../server/audit/audit';
import type { Db } from '../../../server/db';
import type { Deps } from '../../../server/deps';
import type { WorkingCalendar } from '../../../shared/domain/calendar';
import { DEFAULT_INDICATOR_SET, PREVIOUS_DEFAULT_SETS, type IndicatorSetDef, type SourceFacts, type SubjectFacts } from '../../../shared/domain/subjects/indicators';
import { getWorkingCalendar } from '../../calendar';
import { notify } from '../../notifications';
import { vnToday } from '../subjects.refs';
import * as repo from './risk.repository';
import { FACT_SOURCES, loadSource, QUEUE_FUNCTION_SQL, type SubjectSelection } from './sources';

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
  const latest = await repo.latestSet(db);
  if (!latest) {
    await db.transaction(async (tx) => {
      await repo.insertSet(tx, { version: 1, definition: DEFAULT_INDICATOR_SET, note: 'Bộ chỉ số mặc định kèm theo phần mềm.', createdBy: null, createdAt: new Date() });
    });
  } else if (latest.createdBy === null && PREVIOUS_DEFAULT_SETS.some((d) => canonical(d) === canonical(latest.definition))) {
    // The installation still runs an earlier shipped set: the current one becomes the next version (a new version,
    // so every past score still reproduces with the version it names).
    await db.transaction(async (tx) => {
      await repo.insertSet(tx, { version: latest.version + 1, definition: DEFAULT_INDICATOR_SET, note: 'Bộ chỉ số mặc định cập nhật: ngưỡng hiệu chỉnh khi đủ 4 nguồn dữ liệu (xử phạt, kiến nghị, đơn, thanh tra).', createdBy: null, createdAt: new Date() });
    });
  }
}

/** JSON with keys sorted (a stored jsonb definition comes back with its keys reordered). */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** The set version scores are computed with now. */
export async function currentSet(db: Db): Promise<{ version: number; definition: IndicatorSetDef }> {
  const row = await repo.latestSet(db);
  if (!row) throw new Error('Chưa có bộ chỉ số cảnh báo sớm (installRisk chưa chạy).');
  return { version: row.version, definition: row.definition };
}

/**
 * The facts of the selected subjects from every wired source, as the pure computation reads them (the reference path:
 * the subject page, tests). Scoring itself reads the same rows inside its statement (risk.scoring.ts).
 */
export async function loadFacts(db: Db, sel: SubjectSelection): Promise<Map<string, SubjectFacts>> {
  const [subjects, loaded] = await Promise.all([repo.subjectsIn(db, sel), Promise.all(FACT_SOURCES.map(async (s) => [s.key, await loadSource(db, s, sel)] as const))]);
  const out = new Map<string, SubjectFacts>();
  for (const s of subjects) {
    const sources: Partial<SourceFacts> = {};
    for (const [key, bySubject] of loaded) (sources as Record<string, unknown>)[key] = bySubject.get(s.id) ?? [];
    out.set(s.id, { subject: { id: s.id, status: s.status, vsicCode: s.vsic_code, establishedOn: s.established_on }, sources });
  }
  return out;
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
 * Scores the selected subjects in one set-based statement (risk.scoring.ts) that writes those whose result changed
 * (history + current row), then raises warnings for upward crossings. Runs in `tx`.
 */
async function scoreAndWrite(deps: Deps, tx: Db, sel: SubjectSelection, ctx: Ctx, cause: string, audit: AuditContext) {
  const r = await repo.scoreSelection(tx, { version: ctx.set.version, definition: ctx.set.definition, asOf: ctx.asOf, calendar: ctx.calendar }, sel, cause, ctx.at);
  const raised = await raiseWarnings(deps, tx, r.crossings, ctx, audit);
  return { written: r.written, warnings: raised };
}

/**
 * Raises the warnings of upward crossings. A subject with a warning still open or acknowledged gets no second one
 * unless its level rose above that warning's level (then the new one says so).
 */
async function raiseWarnings(deps: Deps, tx: Db, crossings: repo.Crossing[], ctx: Ctx, audit: AuditContext): Promise<number> {
  if (crossings.length === 0) return 0;
  const active = await repo.activeWarnings(tx, crossings.map((c) => c.subjectId));
  const rank = (l: string) => ['none', 'watch', 'warning', 'serious'].indexOf(l);
  const activeLevel = new Map<string, number>();
  for (const w of active) activeLevel.set(w.subjectId, Math.max(activeLevel.get(w.subjectId) ?? -1, rank(w.level)));
  const rows = crossings
    .filter((c) => (activeLevel.get(c.subjectId) ?? -1) < rank(c.level))
    .map((c) => ({ subjectId: c.subjectId, agencyId: c.agencyId, level: c.level, previousLevel: c.before ?? 'none', score: c.score, setVersion: ctx.set.version, historyId: c.historyId, state: 'open', createdAt: ctx.at }));
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
  return scoreAndWrite(deps, tx, { ids: subjectIds }, ctx, cause, audit);
}

/** Drains the rescoring queue (subjects whose facts changed), in batches of `batch`. Returns how many were scored. */
export async function drainRescoreQueue(deps: Deps, batch = 500): Promise<{ scored: number; written: number; warnings: number }> {
  const ctx = await rescoreContext(deps);
  const total = { scored: 0, written: 0, warnings: 0 };
  for (;;) {
    const r = await retryOnAuditBusy(() => deps.db.transaction(async (tx) => {
      const ids = await repo.takeQueued(tx, batch);
      if (ids.length === 0) return undefined;
      const out = await scoreAndWrite(deps, tx, { ids }, ctx, 'fact', SYSTEM);
      return { scored: ids.length, ...out };
    }));
    if (!r) return total;
    total.scored += r.scored;
    total.written += r.written;
    total.warnings += r.warnings;
  }
}

/**
 * Runs `work` (one transaction) again when a concurrent transaction appended to the audit chain first (parallel
 * ranges raising warnings at the same moment): its transaction was rolled back whole, so running it again is safe.
 */
async function retryOnAuditBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof AuditChainBusyError) || attempt >= 20) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * attempt));
    }
  }
}

/**
 * Full rescoring of every subject with the current set: id ranges of `batch` subjects, each scored and written by one
 * set-based statement in its own transaction (progress survives a failure), `parallel` ranges at a time (PostgreSQL:
 * ranges are independent; PGlite has one connection, so 1).
 */
export async function runFullRescore(deps: Deps, opts: { batch?: number; parallel?: number; onBatch?: (done: number) => void } = {}): Promise<{ scored: number; written: number; warnings: number; ms: number }> {
  const started = performance.now();
  const ctx = await rescoreContext(deps);
  const batch = opts.batch ?? 20_000;
  const parallel = Math.max(1, opts.parallel ?? (deps.config.databaseUrl ? 2 : 1));
  const starts = await repo.rangeStarts(deps.db, batch);
  const ranges = starts.map((from, i) => ({ from, to: starts[i + 1] ?? null }));
  const total = { scored: 0, written: 0, warnings: 0 };
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < ranges.length) {
      const sel = ranges[next++]!;
      const r = await retryOnAuditBusy(() => deps.db.transaction((tx) => scoreAndWrite(deps, tx, sel, ctx, 'full', SYSTEM)));
      total.written += r.written;
      total.warnings += r.warnings;
      opts.onBatch?.(Math.min(++done * batch, starts.length * batch));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, ranges.length) }, worker));
  total.scored = await repo.countSubjects(deps.db);
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
