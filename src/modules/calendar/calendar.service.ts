import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { notFound } from '../../server/http/errors';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES, type CalendarDay, type WorkingCalendar } from '../../shared/domain/calendar';
import * as repo from './calendar.repository';

// One calendar per database, rebuilt after an administrator edits the overrides.
const cache = new WeakMap<Db, Promise<WorkingCalendar>>();

const toDay = (r: repo.OverrideRow): CalendarDay => ({
  date: r.date,
  kind: r.kind as CalendarDay['kind'],
  name: r.name,
  nameEn: r.nameEn,
  basis: r.basis,
  source: 'override',
  ...(r.toVerify ? { toVerify: true } : {}),
});

/** The working calendar of state bodies: the Labour Code's holidays plus the overrides table. */
export function getWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  let cal = cache.get(db);
  if (!cal) {
    cal = repo.listOverrides(db).then((rows) => createWorkingCalendar({ overrides: rows.map(toDay) }));
    cache.set(db, cal);
    cal.catch(() => cache.delete(db));
  }
  return cal;
}

/** Seeds the known official schedules once (first start); later edits are the administrators'. */
export async function seedOfficialOverrides(db: Db): Promise<number> {
  if ((await repo.countOverrides(db)) > 0) return 0;
  for (const d of VN_OFFICIAL_OVERRIDES) {
    await repo.upsertOverride(db, { date: d.date, kind: d.kind, name: d.name, nameEn: d.nameEn, basis: d.basis, toVerify: d.toVerify ?? false });
  }
  cache.delete(db);
  return VN_OFFICIAL_OVERRIDES.length;
}

/** Sets the government's decision for one date; audited. */
export async function upsertOverride(deps: Deps, ctx: AuditContext, date: string, input: { kind: string; name: string; nameEn?: string; basis: string; toVerify: boolean }) {
  const saved = await deps.db.transaction(async (tx) => {
    const before = await repo.findOverride(tx, date);
    const row = await repo.upsertOverride(tx, { date, kind: input.kind, name: input.name, nameEn: input.nameEn ?? input.name, basis: input.basis, toVerify: input.toVerify, updatedBy: ctx.actorUserId });
    await recordAudit(tx, ctx, { action: before ? 'calendar.update' : 'calendar.create', entityType: 'calendar_day', entityId: date, before: before && toDay(before), after: toDay(row) }, deps.clock.now());
    return row;
  });
  cache.delete(deps.db);
  return toDay(saved);
}

/** Removes the override of a date (the Labour Code's default applies again); audited. */
export async function deleteOverride(deps: Deps, ctx: AuditContext, date: string) {
  await deps.db.transaction(async (tx) => {
    const before = await repo.findOverride(tx, date);
    if (!before) throw notFound('Ngày này không có điều chỉnh nào.');
    await repo.deleteOverride(tx, date);
    await recordAudit(tx, ctx, { action: 'calendar.delete', entityType: 'calendar_day', entityId: date, before: toDay(before) }, deps.clock.now());
  });
  cache.delete(deps.db);
}
