import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, notFound } from '../../server/http/errors';
import type { ComputeDeadlineQuery, CreateRuleOverrideRequest } from '../../shared/contracts/legal-rules';
import { CLOCKS, computeDeadline, DeadlineRuleError, getClock, shippedVersions, validateRuleVersion, type DeadlineInput, type RuleVersion } from '../../shared/domain/petitions/deadlines';
import { getWorkingCalendar } from '../calendar';
import * as repo from './legal-rules.repository';

// Overrides change rarely and are read on every deadline computation: cache per database, drop on change.
const cache = new WeakMap<Db, Promise<RuleVersion[]>>();

/** The administrators' overrides in force (all dates), for computeDeadline. */
export function getRuleOverrides(db: Db): Promise<RuleVersion[]> {
  let found = cache.get(db);
  if (!found) {
    found = repo.listOverrides(db).then((rows) => rows.map((r) => r.rule));
    cache.set(db, found);
    found.catch(() => cache.delete(db));
  }
  return found;
}

/** Everything a deadline computation needs from the database: the working calendar and the overrides. */
export async function deadlineContext(db: Db) {
  const [calendar, overrides] = await Promise.all([getWorkingCalendar(db), getRuleOverrides(db)]);
  return { calendar, overrides };
}

type DeadlineResult = ReturnType<typeof computeDeadline>;
/**
 * Computed deadlines by input, per (calendar, overrides) pair: the same clock started on the same day gives the same
 * deadline until the calendar or an override changes, and both caches above hand out a new object when they do, so a
 * change of rule never meets a stale result. The results are frozen (shared by every caller). Bounded: cleared when full.
 */
const memo = new WeakMap<RuleVersion[], WeakMap<object, Map<string, DeadlineResult>>>();
const MEMO_MAX = 5_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function memoFor(calendar: object, overrides: RuleVersion[]): Map<string, DeadlineResult> {
  let byCalendar = memo.get(overrides);
  if (!byCalendar) memo.set(overrides, (byCalendar = new WeakMap()));
  let results = byCalendar.get(calendar);
  if (!results) byCalendar.set(calendar, (results = new Map()));
  if (results.size >= MEMO_MAX) results.clear();
  return results;
}

/** Computes a deadline with the database's calendar and overrides; impossible inputs become a 400 naming the article. */
export async function computeWithOverrides(db: Db, input: DeadlineInput): Promise<DeadlineResult> {
  const { calendar, overrides } = await deadlineContext(db);
  try {
    const results = memoFor(calendar, overrides);
    const key = JSON.stringify(input);
    let result = results.get(key);
    if (!result) results.set(key, (result = deepFreeze(computeDeadline(input, calendar, overrides))));
    return result;
  } catch (err) {
    if (err instanceof DeadlineRuleError) throw badRequest(err.message, `deadline_${err.code.toLowerCase()}`);
    throw err;
  }
}

const presentOverride = (r: repo.OverrideRow) => ({ id: r.id, note: r.note, createdAt: r.createdAt.toISOString(), rule: r.rule });

/** Every clock with its shipped versions and the administrators' overrides. */
export async function listClockRules(deps: Deps) {
  const rows = await repo.listOverrides(deps.db);
  return Object.values(CLOCKS).map((c) => ({
    id: c.id,
    domain: c.domain,
    labelVi: c.labelVi,
    labelEn: c.labelEn,
    triggerVi: c.triggerVi,
    configurable: c.configurable ?? false,
    shipped: shippedVersions(c.id).map((v) => ({ ...v })),
    overrides: rows.filter((r) => r.clockId === c.id).map(presentOverride),
  }));
}

/** Adds an effective-dated override of a clock's rule (validated like shipped rules); audited. */
export async function createOverride(deps: Deps, ctx: AuditContext, input: z.infer<typeof CreateRuleOverrideRequest>) {
  const clock = getClock(input.clockId);
  const existing = (await repo.listOverrides(deps.db)).filter((r) => r.clockId === input.clockId).map((r) => r.rule.version);
  const version = Math.max(0, ...shippedVersions(input.clockId).map((v) => v.version), ...existing) + 1;
  const rule: RuleVersion = {
    clockId: input.clockId,
    version,
    effectiveFrom: input.effectiveFrom,
    ...(input.effectiveTo ? { effectiveTo: input.effectiveTo } : {}),
    unit: input.unit,
    length: input.length,
    ...(input.variants ? { variants: input.variants } : {}),
    ...(input.maxExtensions ? { maxExtensions: input.maxExtensions, extensionLength: input.extensionLength } : {}),
    basis: input.basis,
    verification: input.verification,
    toVerify: input.verification !== 'V' && input.verification !== 'INT',
    labelVi: clock.labelVi,
    labelEn: clock.labelEn,
    ...(input.note ? { noteVi: input.note } : {}),
  };
  try {
    validateRuleVersion(rule);
  } catch (err) {
    if (err instanceof DeadlineRuleError) throw badRequest(err.message, 'invalid_rule');
    throw err;
  }
  const row = await deps.db.transaction(async (tx) => {
    const saved = await repo.insertOverride(tx, rule, input.note ?? null, ctx.actorUserId);
    await recordAudit(tx, ctx, { action: 'legal_rule.override', entityType: 'legal_rule', entityId: input.clockId, after: { id: saved.id, rule } }, deps.clock.now());
    return saved;
  });
  cache.delete(deps.db);
  return presentOverride(row);
}

/** Withdraws an override (the shipped rule applies again for the dates it covered); audited. */
export async function deleteOverride(deps: Deps, ctx: AuditContext, id: string) {
  await deps.db.transaction(async (tx) => {
    const row = await repo.findOverride(tx, id);
    if (!row) throw notFound('Không tìm thấy điều chỉnh thời hạn này.');
    await repo.deleteOverride(tx, id);
    await recordAudit(tx, ctx, { action: 'legal_rule.withdraw', entityType: 'legal_rule', entityId: row.clockId, before: { id, rule: row.rule } }, deps.clock.now());
  });
  cache.delete(deps.db);
}

/** Computes one deadline for the calculator and the assistant (public arithmetic, with the article). */
export async function computeForQuery(deps: Deps, q: z.infer<typeof ComputeDeadlineQuery>) {
  const on = (v?: 'true' | 'false') => v === 'true';
  const result = await computeWithOverrides(deps.db, {
    clockId: q.clockId,
    startDate: q.startDate,
    eventDateForRegime: q.eventDate,
    flags: { complex: on(q.complex), especiallyComplex: on(q.especiallyComplex), remote: on(q.remote), severalPlaces: on(q.severalPlaces), dismissal: on(q.dismissal) },
  });
  if (!result) throw new AppError(500, 'internal_error', 'Lỗi hệ thống.');
  return { ...result };
}
