import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { PowerOverrideRequest, TitleAssignmentRequest } from '../../shared/contracts/sanctions';
import { scopesFor, type Actor } from '../../shared/domain/access';
import { POWER_VERSIONS, SANCTIONING_TITLES, TITLE_LABELS_VI, type PowerVersion, type SanctioningTitle } from '../../shared/domain/sanctions';
import { findAgency } from '../orgs';
import { canConfigurePowers, canConfigureTitles } from './sanctions.policy';
import * as repo from './sanctions.repository';

// Power overrides change rarely and are read on every decision check: cache per database, drop on change.
const cache = new WeakMap<Db, Promise<PowerVersion[]>>();

/** The administrators' power versions (all dates), for powerOf / checkSanctionDecision. */
export function getPowerOverrides(db: Db): Promise<PowerVersion[]> {
  let found = cache.get(db);
  if (!found) {
    found = repo.listPowerOverrides(db).then((rows) => rows.map((r) => r.power));
    cache.set(db, found);
    found.catch(() => cache.delete(db));
  }
  return found;
}

const presentOverride = (r: repo.PowerOverrideRow) => ({ id: r.id, note: r.note, createdAt: r.createdAt.toISOString(), power: r.power });

/** The shipped power table (Art 46, effective-dated) and the administrators' versions. */
export async function listPowers(deps: Deps) {
  const rows = await repo.listPowerOverrides(deps.db);
  return { titles: SANCTIONING_TITLES.map((id) => ({ id, label: TITLE_LABELS_VI[id] })), shipped: POWER_VERSIONS.map((p) => ({ ...p })), overrides: rows.map(presentOverride) };
}

/**
 * Adds an effective-dated power version of a title (e.g. the post-2025 titles the spec marks TO VERIFY): from its date
 * it wins over the shipped row (powerOf); audited. Mirrors the legal-rules overrides of time limits.
 */
export async function createPowerOverride(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof PowerOverrideRequest>) {
  if (!canConfigurePowers(actor)) throw forbidden('Chỉ quản trị hệ thống được điều chỉnh thẩm quyền xử phạt.');
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw badRequest('Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.', 'invalid_rule');
  if (input.ratio === null && input.capIndividual === null) throw badRequest('Phải nêu tỷ lệ so với mức phạt tối đa của lĩnh vực hoặc mức trần tuyệt đối (Điều 46 Luật Xử lý vi phạm hành chính).', 'invalid_rule');
  const power: PowerVersion = {
    title: input.title,
    effectiveFrom: input.effectiveFrom,
    ...(input.effectiveTo ? { effectiveTo: input.effectiveTo } : {}),
    ratio: input.ratio,
    capIndividual: input.capIndividual,
    licenceWithdrawal: input.licenceWithdrawal,
    confiscation: input.confiscation,
    basis: input.basis,
    verification: input.verification,
    toVerify: input.verification !== 'V' && input.verification !== 'INT',
    ...(input.note ? { noteVi: input.note } : {}),
  };
  const row = await deps.db.transaction(async (tx) => {
    const saved = await repo.insertPowerOverride(tx, { title: input.title, effectiveFrom: input.effectiveFrom, power, note: input.note ?? null, createdBy: ctx.actorUserId });
    await recordAudit(tx, ctx, { action: 'sanction_power.override', entityType: 'sanction_power', entityId: input.title, after: { id: saved.id, power } }, deps.clock.now());
    return saved;
  });
  cache.delete(deps.db);
  return presentOverride(row);
}

/** Withdraws a power version (the shipped row applies again on its dates); audited. */
export async function deletePowerOverride(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  if (!canConfigurePowers(actor)) throw forbidden('Chỉ quản trị hệ thống được điều chỉnh thẩm quyền xử phạt.');
  await deps.db.transaction(async (tx) => {
    const row = await repo.findPowerOverride(tx, id);
    if (!row) throw notFound('Không tìm thấy điều chỉnh thẩm quyền này.');
    await repo.deletePowerOverride(tx, id);
    await recordAudit(tx, ctx, { action: 'sanction_power.withdraw', entityType: 'sanction_power', entityId: row.title, before: { id, power: row.power } }, deps.clock.now());
  });
  cache.delete(deps.db);
}

const presentTitle = (r: { title: repo.TitleRow; agencyName: string; userName: string | null }) => ({
  id: r.title.id,
  agencyId: r.title.agencyId,
  agencyName: r.agencyName,
  userId: r.title.userId,
  userName: r.userName,
  role: r.title.role,
  title: r.title.title,
  titleLabel: TITLE_LABELS_VI[r.title.title as SanctioningTitle] ?? r.title.title,
  effectiveFrom: r.title.effectiveFrom,
  effectiveTo: r.title.effectiveTo,
  basis: r.title.basis,
});

/** Sanctioning titles kept at the agencies the actor reads sanctions of. */
export async function listTitles(deps: Deps, actor: Actor) {
  return (await repo.listTitles(deps.db, scopesFor(actor, 'sanctions.read'))).map(presentTitle);
}

/**
 * Assigns a sanctioning title (Art 46; a deputy by written delegation, Art 54) to a person, or to every holder of a
 * role at an agency, from a date; audited. The person must be an officer of that agency's subtree.
 */
export async function createTitle(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof TitleAssignmentRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency || !canConfigureTitles(actor, agency.path)) throw forbidden('Chỉ quản trị hệ thống được giao chức danh có thẩm quyền xử phạt.');
  if (input.effectiveTo && input.effectiveTo < input.effectiveFrom) throw badRequest('Ngày hết hiệu lực phải sau ngày bắt đầu hiệu lực.', 'invalid_period');
  if (input.userId) {
    const officer = await repo.findOfficer(deps.db, input.userId);
    if (!officer || officer.status !== 'active') throw badRequest('Không tìm thấy cán bộ đang hoạt động.', 'invalid_user');
  }
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertTitle(tx, { agencyId: agency.id, userId: input.userId ?? null, role: input.role ?? null, title: input.title, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo ?? null, basis: input.basis, createdBy: actor.userId });
    await recordAudit(tx, ctx, { action: 'sanction_title.assign', entityType: 'sanction_title', entityId: row.id, agencyId: agency.id, after: { userId: row.userId, role: row.role, title: row.title, effectiveFrom: row.effectiveFrom, effectiveTo: row.effectiveTo, basis: row.basis } }, deps.clock.now());
    return row.id;
  });
  const all = await repo.listTitles(deps.db, [agency.path]);
  return presentTitle(all.find((r) => r.title.id === id)!);
}

/** Withdraws a title assignment (decisions already signed keep the title they were checked with); audited. */
export async function deleteTitle(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  const row = await repo.findTitle(deps.db, id);
  const agency = row ? await findAgency(deps.db, row.agencyId) : undefined;
  if (!row || !agency || !canConfigureTitles(actor, agency.path)) throw notFound('Không tìm thấy chức danh được giao.');
  await deps.db.transaction(async (tx) => {
    await repo.deleteTitle(tx, id);
    await recordAudit(tx, ctx, { action: 'sanction_title.withdraw', entityType: 'sanction_title', entityId: id, agencyId: row.agencyId, before: { userId: row.userId, role: row.role, title: row.title, effectiveFrom: row.effectiveFrom } }, deps.clock.now());
  });
}
