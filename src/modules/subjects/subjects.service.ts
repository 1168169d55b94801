import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { CreateSubjectRequest, SubjectListQuery, SubjectResponse, SubjectSummary, UpdateSubjectRequest } from '../../shared/contracts/subjects';
import { scopesFor, type Actor } from '../../shared/domain/access';
import { mapHeader, readSubjectRow, SUBJECT_COLUMNS, type Cell, type SubjectDraft, type SubjectKind, type SubjectStatus } from '../../shared/domain/subjects';
import { foldKey, sortKey } from '../../shared/domain/text/vi';
import { findAgency } from '../orgs';
import { canManageSubject, canReadSubject } from './subjects.policy';
import { unitRefs, vnToday } from './subjects.refs';
import * as repo from './subjects.repository';

type Summary = z.infer<typeof SubjectSummary>;

/** The fields of a subject that leave the server in lists. */
export function presentSummary(r: repo.SubjectListRow): Summary {
  const s = r.subject;
  return {
    id: s.id,
    taxCode: s.taxCode,
    name: s.name,
    kind: s.kind as SubjectKind,
    status: s.status as SubjectStatus,
    provinceCode: s.provinceCode,
    provinceName: r.provinceName,
    communeCode: s.communeCode,
    communeName: r.communeName,
    vsicCode: s.vsicCode,
    managingAgencyId: s.managingAgencyId,
    managingAgencyName: r.agencyName,
  };
}

/** The subjects the actor may see, filtered, one page. */
export async function listSubjects(deps: Deps, actor: Actor, q: z.infer<typeof SubjectListQuery>) {
  const { rows, total } = await repo.listSubjects(deps.db, { ...filterOf(actor, q), limit: q.limit, offset: q.offset });
  return { items: rows.map(presentSummary), total };
}

/** The list filters as the repository takes them (scope from the actor's `subjects.read` grants). */
export function filterOf(actor: Actor, q: Omit<z.infer<typeof SubjectListQuery>, 'limit' | 'offset'>): repo.SubjectFilter {
  return {
    scopes: scopesFor(actor, 'subjects.read'),
    nameFold: q.q ? foldKey(q.q) : undefined,
    taxCode: q.taxCode?.replace(/[\s.]/g, ''),
    provinceCode: q.provinceCode,
    communeCode: q.communeCode,
    vsicCode: q.vsicCode,
    kind: q.kind,
    status: q.status,
    managingAgencyId: q.managingAgencyId,
  };
}

/** A subject the actor may see (404 otherwise, without saying whether it exists). */
async function loadReadable(deps: Deps, actor: Actor, id: string) {
  const row = await repo.findSubject(deps.db, id);
  if (!row || !canReadSubject(actor, { agencyPath: row.agencyPath })) throw notFound('Không tìm thấy đối tượng quản lý.');
  return row;
}

/** A subject with its history. */
export async function getSubject(deps: Deps, actor: Actor, id: string): Promise<z.infer<typeof SubjectResponse>> {
  const row = await loadReadable(deps, actor, id);
  const events = await repo.listEvents(deps.db, id);
  return presentDetail(row, events);
}

function presentDetail(row: repo.SubjectListRow, events: Awaited<ReturnType<typeof repo.listEvents>>): z.infer<typeof SubjectResponse> {
  const s = row.subject;
  return {
    ...presentSummary(row),
    address: s.address,
    oldCommuneCode: s.oldCommuneCode,
    legalRepName: s.legalRepName,
    legalRepTitle: s.legalRepTitle,
    establishedOn: s.establishedOn,
    importId: s.importId,
    version: s.version,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    history: events.map((e) => ({ id: e.id, kind: e.kind, changes: e.changes, importId: e.importId, actorName: e.actorName, at: e.at.toISOString() })),
  };
}

/** The facts of a subject that its history tracks, in the import's draft shape. */
const TRACKED: (keyof SubjectDraft)[] = ['taxCode', 'name', 'kind', 'status', 'address', 'provinceCode', 'communeCode', 'oldCommuneCode', 'vsicCode', 'managingAgencyId', 'legalRepName', 'legalRepTitle', 'establishedOn'];

/** Fields that differ between two versions, as { field: [before, after] }. */
export function diffDrafts(before: Partial<SubjectDraft>, after: SubjectDraft): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const k of TRACKED) if ((before[k] ?? null) !== (after[k] ?? null)) changes[k] = [before[k] ?? null, after[k] ?? null];
  return changes;
}

const HEADER_BY_KEY = mapHeader(SUBJECT_COLUMNS.map((c) => c.key));

/**
 * Checks a subject entered by hand with the same rules as an imported row (tax code check digit, address in the
 * 2025 units or mapped from an old commune, kind, status, dates), so both paths agree. 400 with every problem.
 */
function checkDraft(input: Partial<Record<keyof SubjectDraft, string | null | undefined>>, managingAgencyId: string, now: Date): SubjectDraft {
  const cells: Cell[] = SUBJECT_COLUMNS.map((c) => (c.key === 'agencyCode' ? null : (input[c.key as keyof SubjectDraft] ?? null)));
  const result = readSubjectRow(cells, HEADER_BY_KEY, { ...unitRefs(), agenciesByCode: new Map(), defaultAgencyId: managingAgencyId, today: vnToday(now) });
  if (!result.ok) throw badRequest(result.errors.map((e) => `${e.column}: ${e.message}`).join(' '), 'invalid_subject', result.errors);
  return result.subject;
}

/** Loads an agency the actor may assign subjects to (404 outside their `subjects.manage` scope). */
async function manageableAgency(deps: Deps, actor: Actor, agencyId: string) {
  const agency = await findAgency(deps.db, agencyId);
  if (!agency || !canManageSubject(actor, { agencyPath: agency.path })) throw notFound('Không tìm thấy cơ quan quản lý hoặc bạn không có quyền quản lý đối tượng của cơ quan này.');
  return agency;
}

const toRow = (d: SubjectDraft) => ({ ...d, nameKey: foldKey(d.name), sortKey: sortKey(d.name) });

/** 409 for a tax code already in the registry (the name is shown only when the actor may see that subject). */
async function refuseTakenTaxCode(deps: Deps, actor: Actor, taxCode: string, exceptId?: string) {
  const taken = await repo.findByTaxCode(deps.db, taxCode);
  if (!taken || taken.id === exceptId) return;
  const visible = canReadSubject(actor, { agencyPath: taken.agencyPath });
  throw new AppError(409, 'subject_exists', visible ? `Mã số thuế ${taxCode} đã có trong danh sách đối tượng quản lý.` : `Mã số thuế ${taxCode} đã có trong danh sách đối tượng do cơ quan khác quản lý.`, visible ? { id: taken.id } : undefined);
}

/** Registers a subject by hand: checked, stored with its first history event and audited in one transaction. */
export async function createSubject(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateSubjectRequest>) {
  await manageableAgency(deps, actor, input.managingAgencyId);
  if (!input.taxCode) throw badRequest('Vui lòng nhập mã số thuế của tổ chức.', 'tax_code_required');
  const now = deps.clock.now();
  const draft = checkDraft(input, input.managingAgencyId, now);
  await refuseTakenTaxCode(deps, actor, draft.taxCode);
  const id = await deps.db.transaction(async (tx) => {
    const row = await repo.insertSubject(tx, { ...toRow(draft), createdBy: actor.userId, createdAt: now, updatedAt: now });
    await repo.insertEvents(tx, [{ subjectId: row.id, kind: 'created', changes: diffDrafts({}, draft), actorUserId: actor.userId, actorName: ctx.actorName, at: now }]);
    await recordAudit(tx, ctx, { action: 'subject.create', entityType: 'subject', entityId: row.id, agencyId: row.managingAgencyId, after: draft }, now);
    return row.id;
  });
  return getSubject(deps, actor, id);
}

const draftOf = (s: repo.SubjectRow): SubjectDraft => ({
  taxCode: s.taxCode ?? '',
  name: s.name,
  kind: s.kind as SubjectKind,
  status: s.status as SubjectStatus,
  address: s.address,
  provinceCode: s.provinceCode,
  communeCode: s.communeCode,
  oldCommuneCode: s.oldCommuneCode,
  vsicCode: s.vsicCode,
  managingAgencyId: s.managingAgencyId,
  legalRepName: s.legalRepName,
  legalRepTitle: s.legalRepTitle,
  establishedOn: s.establishedOn,
});

/**
 * Changes a subject: 404 outside the read scope, 403 without `subjects.manage` over its agency (and over the new one
 * when it moves), 409 when it changed since `version` was read. The changed fields go to its history; audited.
 */
export async function updateSubject(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof UpdateSubjectRequest>) {
  const current = await loadReadable(deps, actor, id);
  if (!canManageSubject(actor, { agencyPath: current.agencyPath })) throw forbidden('Bạn không có quyền sửa thông tin đối tượng này.');
  const { version, reason, ...patch } = input;
  const before = draftOf(current.subject);
  const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  // A new commune replaces the old-commune mapping; a new old commune replaces the commune.
  if (patch.communeCode !== undefined && patch.oldCommuneCode === undefined) merged.oldCommuneCode = null;
  if (patch.oldCommuneCode && patch.communeCode === undefined) merged.communeCode = null;
  if (patch.provinceCode && patch.communeCode === undefined && patch.oldCommuneCode === undefined && patch.provinceCode !== before.provinceCode) {
    merged.communeCode = null;
    merged.oldCommuneCode = null;
  }
  if (merged.managingAgencyId !== before.managingAgencyId) await manageableAgency(deps, actor, merged.managingAgencyId);
  const now = deps.clock.now();
  const draft = checkDraft(merged, merged.managingAgencyId, now);
  const changes = diffDrafts(before, draft);
  if (Object.keys(changes).length === 0) return getSubject(deps, actor, id);
  if (changes.taxCode) await refuseTakenTaxCode(deps, actor, draft.taxCode, id);
  await deps.db.transaction(async (tx) => {
    const row = await repo.updateSubjectRow(tx, id, version, toRow(draft), now);
    if (!row) throw conflict('Thông tin đối tượng vừa được người khác thay đổi. Vui lòng tải lại trang rồi sửa lại.', 'stale_version');
    await repo.insertEvents(tx, [{ subjectId: id, kind: changes.status ? 'status_changed' : 'updated', changes: reason ? { ...changes, reason: [null, reason] } : changes, actorUserId: actor.userId, actorName: ctx.actorName, at: now }]);
    await recordAudit(tx, ctx, { action: 'subject.update', entityType: 'subject', entityId: id, agencyId: row.managingAgencyId, before, after: draft }, now);
  });
  return getSubject(deps, actor, id);
}
