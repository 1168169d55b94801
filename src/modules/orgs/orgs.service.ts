import { randomUUID } from 'node:crypto';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { Actor } from '../../shared/domain/access';
import { sortKey, toneKey, foldKey } from '../../shared/domain/text/vi';
import type { z } from 'zod';
import type { CreateAgencyRequest, MergeAgenciesRequest, RenameAgencyRequest, SplitAgencyRequest } from '../../shared/contracts/agencies';
import { canManageAgency } from './orgs.policy';
import * as repo from './orgs.repository';
import { findCommunes, findProvince } from '../admin-units';
import type { AgencyRow } from './orgs.repository';

/** The fields of an agency that leave the server. */
export function presentAgency(a: AgencyRow) {
  return {
    id: a.id,
    code: a.code,
    name: a.name,
    shortName: a.shortName,
    kind: a.kind as never,
    level: a.level as never,
    parentId: a.parentId,
    provinceCode: a.provinceCode,
    communeCode: a.communeCode,
    status: a.status as never,
    validFrom: a.validFrom,
    validTo: a.validTo,
  };
}

const LEVEL_OF_KIND: Record<string, 'central' | 'province' | 'commune'> = {
  government: 'central',
  government_inspectorate: 'central',
  ministry: 'central',
  ministry_inspectorate: 'central',
  provincial_people_committee: 'province',
  provincial_inspectorate: 'province',
  provincial_department: 'province',
  commune_people_committee: 'commune',
};

/** Builds the row of a new agency under `parent` (path, level, search keys). */
export function newAgencyRow(parent: AgencyRow | null, input: Omit<z.infer<typeof CreateAgencyRequest>, 'parentId'>, id: string = randomUUID()): repo.NewAgency {
  return {
    id,
    code: input.code,
    name: input.name,
    shortName: input.shortName ?? null,
    kind: input.kind,
    level: LEVEL_OF_KIND[input.kind] ?? parent?.level ?? 'central',
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    provinceCode: input.provinceCode ?? parent?.provinceCode ?? null,
    communeCode: input.communeCode ?? null,
    validFrom: input.validFrom,
    nameKey: toneKey(input.name),
    sortKey: sortKey(input.name),
  };
}

async function loadManaged(deps: Deps, actor: Actor, id: string, what = 'cơ quan'): Promise<AgencyRow> {
  const agency = await repo.findAgency(deps.db, id);
  if (!agency) throw notFound(`Không tìm thấy ${what}.`);
  if (!canManageAgency(actor, agency)) throw forbidden(`Bạn không có quyền quản lý ${agency.name}.`);
  return agency;
}

/** Lists agencies (the whole directory), by parent and/or a diacritics-insensitive name search. */
export async function listAgencies(deps: Deps, q: { parentId?: string; root?: 'true' | 'false'; q?: string; includeInactive?: 'true' | 'false'; limit: number; offset: number }) {
  const rows = await repo.listAgencies(deps.db, {
    scopes: ['/'],
    parentId: q.parentId,
    rootsOnly: q.root === 'true',
    nameFold: q.q ? foldKey(q.q) : undefined,
    includeInactive: q.includeInactive === 'true',
    limit: q.limit,
    offset: q.offset,
  });
  return rows.map((r) => ({ ...presentAgency(r), childCount: Number(r.childCount) }));
}

/** One agency with its name history and reorganisation events. */
export async function getAgency(deps: Deps, id: string) {
  const agency = await repo.findAgency(deps.db, id);
  if (!agency) throw notFound('Không tìm thấy cơ quan.');
  const [names, events] = await Promise.all([repo.listAgencyNames(deps.db, id), repo.listAgencyEvents(deps.db, id)]);
  return { ...presentAgency(agency), names, events };
}

/** Creates an agency under a parent the actor manages; audited. */
export async function createAgency(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateAgencyRequest>) {
  const parent = await loadManaged(deps, actor, input.parentId, 'cơ quan cấp trên');
  if (parent.status !== 'active') throw badRequest('Cơ quan cấp trên đã ngừng hoạt động.', 'parent_inactive');
  if (await repo.findAgencyByCode(deps.db, input.code)) throw conflict('Mã cơ quan đã tồn tại.', 'code_taken');
  await checkAdminUnits(deps, input.provinceCode ?? parent.provinceCode, input.communeCode);
  return deps.db.transaction(async (tx) => {
    const created = await insertWithHistory(tx, parent, input, 'established', null);
    await recordAudit(tx, ctx, { action: 'agency.create', entityType: 'agency', entityId: created.id, agencyId: created.id, after: presentAgency(created) }, deps.clock.now());
    return presentAgency(created);
  });
}

/** An agency's commune must exist and lie in its province (codes in force since 1 July 2025). */
async function checkAdminUnits(deps: Deps, provinceCode: string | null | undefined, communeCode: string | null | undefined) {
  if (provinceCode && !(await findProvince(deps.db, provinceCode))) throw badRequest(`Mã tỉnh ${provinceCode} không có trong danh mục đơn vị hành chính từ 01/7/2025.`, 'invalid_province');
  if (!communeCode) return;
  const [commune] = await findCommunes(deps.db, [communeCode]);
  if (!commune) throw badRequest(`Mã xã ${communeCode} không có trong danh mục đơn vị hành chính từ 01/7/2025.`, 'invalid_commune');
  if (provinceCode && commune.provinceCode !== provinceCode) throw badRequest(`${commune.fullName} không thuộc tỉnh có mã ${provinceCode}.`, 'commune_not_in_province');
}

async function insertWithHistory(tx: Db, parent: AgencyRow, input: Omit<z.infer<typeof CreateAgencyRequest>, 'parentId'>, kind: string, basis: string | null) {
  const created = await repo.insertAgency(tx, newAgencyRow(parent, input));
  await repo.insertAgencyName(tx, { agencyId: created.id, name: created.name, validFrom: input.validFrom });
  if (kind === 'established') await repo.insertAgencyEvent(tx, { kind, effectiveDate: input.validFrom, sourceIds: [], resultIds: [created.id], basis });
  return created;
}

/** Renames an agency from a date, keeping the old name in its history; audited. */
export async function renameAgency(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof RenameAgencyRequest>) {
  const agency = await loadManaged(deps, actor, id);
  if (input.effectiveDate < agency.validFrom) throw badRequest('Ngày hiệu lực không được trước ngày thành lập cơ quan.', 'invalid_date');
  return deps.db.transaction(async (tx) => {
    await repo.closeAgencyName(tx, id, input.effectiveDate);
    await repo.insertAgencyName(tx, { agencyId: id, name: input.name, validFrom: input.effectiveDate });
    await repo.insertAgencyEvent(tx, { kind: 'renamed', effectiveDate: input.effectiveDate, sourceIds: [id], resultIds: [id], basis: input.basis ?? null, note: `${agency.name} → ${input.name}` });
    const updated = await repo.updateAgency(tx, id, { name: input.name, nameKey: toneKey(input.name), sortKey: sortKey(input.name) });
    await recordAudit(tx, ctx, { action: 'agency.rename', entityType: 'agency', entityId: id, agencyId: id, before: presentAgency(agency), after: presentAgency(updated) }, deps.clock.now());
    return presentAgency(updated);
  });
}

/**
 * Merges agencies into a target. Each source stops on the date (status "merged") and is re-attached under the
 * target with its whole subtree, so the target's scope keeps every record of the merged bodies; audited.
 */
export async function mergeAgencies(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof MergeAgenciesRequest>) {
  if (input.sourceIds.includes(input.targetId)) throw badRequest('Cơ quan tiếp nhận không được nằm trong danh sách bị hợp nhất.', 'invalid_merge');
  const target = await loadManaged(deps, actor, input.targetId, 'cơ quan tiếp nhận');
  const sources = await Promise.all(input.sourceIds.map((id) => loadManaged(deps, actor, id)));
  for (const s of sources) {
    if (s.status !== 'active') throw badRequest(`${s.name} đã ngừng hoạt động.`, 'agency_inactive');
    if (target.path.startsWith(s.path)) throw badRequest(`${target.name} đang trực thuộc ${s.name}; không thể hợp nhất vào cấp dưới.`, 'invalid_merge');
  }
  return deps.db.transaction(async (tx) => {
    for (const s of sources) {
      await repo.movePaths(tx, s.path, `${target.path}${s.id}/`);
      await repo.updateAgency(tx, s.id, { parentId: target.id, status: 'merged', validTo: input.effectiveDate });
      await repo.closeAgencyName(tx, s.id, input.effectiveDate);
    }
    const event = await repo.insertAgencyEvent(tx, { kind: 'merged', effectiveDate: input.effectiveDate, sourceIds: input.sourceIds, resultIds: [target.id], basis: input.basis ?? null });
    await recordAudit(tx, ctx, { action: 'agency.merge', entityType: 'agency', entityId: target.id, agencyId: target.id, before: { sources: sources.map(presentAgency) }, after: { event } }, deps.clock.now());
    return getAgencyTx(tx, target.id);
  });
}

/**
 * Splits an agency into new ones. The source stops on the date (status "split") and is re-attached under the
 * first result, which inherits its records; every result is recorded in the event; audited.
 */
export async function splitAgency(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof SplitAgencyRequest>) {
  const source = await loadManaged(deps, actor, input.sourceId);
  if (source.status !== 'active') throw badRequest(`${source.name} đã ngừng hoạt động.`, 'agency_inactive');
  if (!source.parentId) throw badRequest('Không thể chia tách cơ quan gốc.', 'invalid_split');
  const parent = (await repo.findAgency(deps.db, source.parentId))!;
  const codes = input.results.map((r) => r.code);
  if (new Set(codes).size !== codes.length) throw badRequest('Mã các cơ quan mới bị trùng nhau.', 'duplicate_code');
  for (const code of codes) if (await repo.findAgencyByCode(deps.db, code)) throw conflict(`Mã cơ quan ${code} đã tồn tại.`, 'code_taken');
  for (const r of input.results) await checkAdminUnits(deps, r.provinceCode ?? parent.provinceCode, r.communeCode);
  return deps.db.transaction(async (tx) => {
    const created: AgencyRow[] = [];
    for (const r of input.results) created.push(await insertWithHistory(tx, parent, { ...r, validFrom: input.effectiveDate }, 'split_result', input.basis ?? null));
    const heir = created[0]!;
    await repo.movePaths(tx, source.path, `${heir.path}${source.id}/`);
    await repo.updateAgency(tx, source.id, { parentId: heir.id, status: 'split', validTo: input.effectiveDate });
    await repo.closeAgencyName(tx, source.id, input.effectiveDate);
    const event = await repo.insertAgencyEvent(tx, { kind: 'split', effectiveDate: input.effectiveDate, sourceIds: [source.id], resultIds: created.map((c) => c.id), basis: input.basis ?? null });
    await recordAudit(tx, ctx, { action: 'agency.split', entityType: 'agency', entityId: source.id, agencyId: heir.id, before: presentAgency(source), after: { event, results: created.map(presentAgency) } }, deps.clock.now());
    return created.map(presentAgency);
  });
}

async function getAgencyTx(tx: Db, id: string) {
  const agency = (await repo.findAgency(tx, id))!;
  return presentAgency(agency);
}

const PROVINCE_RECEIVERS = ['provincial_inspectorate', 'provincial_people_committee', 'provincial_department'];
const CENTRAL_RECEIVERS = ['government_inspectorate', 'ministry', 'ministry_inspectorate'];

/** Bodies a citizen can address on the portal: province-level bodies of a province, or the central ones. */
export async function listReceivingAgencies(deps: Deps, provinceCode?: string) {
  if (provinceCode && !(await findProvince(deps.db, provinceCode))) throw notFound('Không tìm thấy tỉnh, thành phố có mã này.');
  return repo.listAgenciesByKind(deps.db, provinceCode ? PROVINCE_RECEIVERS : CENTRAL_RECEIVERS, provinceCode);
}
