// Inspected items, findings with their evidence files and the team's result report (issue 5 item 4; Art 28, 33).
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import { FindingFields, type CreateItemRequest, type ReportRequest } from '../../shared/contracts/inspections-followup';
import type { Actor } from '../../shared/domain/access';
import { findingRefusal, reportRefusal, summarizeFindings } from '../../shared/domain/inspections/followup';
import { discardStaged, insertStagedFile, openFileContent, stageFormFiles, type FormPart } from '../files';
import * as frepo from './inspections-followup.repository';
import { canManageInspection, type Membership } from './inspections.policy';
import * as repo from './inspections.repository';
import { loadReadable, officerName } from './inspections.service';

export const EVIDENCE_FILE_FIELD = 'file';
const MAX_EVIDENCE_FILES = 10;

/** Team members who verify (Art 28(1)): leader, deputy, members; not the supervisor, who watches the team (Art 32). */
export const canRecordFindings = (member: Membership) => member !== undefined && member.role !== 'supervisor';
/** The leader approves findings and writes the report (Art 33(1)). */
export const isLeader = (member: Membership) => member?.role === 'leader';

const refusalText = (r: { messageVi: string; basis: string }) => `${r.messageVi} (${r.basis})`;

/** The decision-maker or a team member lists the contents of the decision the team checks (Art 26(3), 28(1)). */
export async function addItem(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof CreateItemRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canManageInspection(actor, found.agencyPath) && !canRecordFindings(found.member)) throw forbidden('Chỉ người ra quyết định thanh tra và thành viên Đoàn thanh tra ghi nhận nội dung thanh tra.');
  const refused = findingRefusal(c.status, c.regime);
  if (refused) throw badRequest(refusalText(refused), 'wrong_state');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const item = await frepo.insertItem(tx, { caseId, title: input.title, description: input.description ?? null, createdBy: actor.userId, createdAt: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'item_added', note: `Nội dung thanh tra ${item.seq}: ${item.title}`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.item_add', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { itemId: item.id, seq: item.seq, title: item.title } }, now);
    return item;
  });
}

/**
 * A team member records a finding against an inspected item (multipart: fields first — itemId, description,
 * legalBasis, amountVnd, responsible — then up to ten evidence files in "file"), stored through the files module at
 * the case's agency, confidential; it waits for the leader's approval.
 */
export async function addFinding(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, parts: AsyncIterable<FormPart>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canRecordFindings(found.member)) throw forbidden('Chỉ thành viên Đoàn thanh tra ghi nhận kết quả kiểm tra, xác minh (Luật Thanh tra 2025, khoản 1 Điều 28).');
  const refused = findingRefusal(c.status, c.regime);
  if (refused) throw badRequest(refusalText(refused), 'wrong_state');
  const { checked, staged } = await stageFormFiles(deps, parts, {
    fileField: EVIDENCE_FILE_FIELD,
    maxFiles: MAX_EVIDENCE_FILES,
    beforeFiles: async (fields) => {
      const parsed = FindingFields.safeParse({ ...fields, amountVnd: fields.amountVnd === '' ? undefined : fields.amountVnd, legalBasis: fields.legalBasis || undefined, responsible: fields.responsible || undefined });
      if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.', 'validation_error');
      const item = await frepo.findItem(deps.db, parsed.data.itemId);
      if (!item || item.caseId !== caseId) throw badRequest('Nội dung thanh tra không thuộc cuộc thanh tra này.', 'invalid_item');
      return parsed.data;
    },
  });
  const now = deps.clock.now();
  const author = await officerName(deps.db, actor);
  try {
    return await deps.db.transaction(async (tx) => {
      const stored = [];
      for (const f of staged) stored.push(await insertStagedFile(tx, f, { agencyId: c.agencyId, confidentiality: 'confidential' }, actor.userId, now));
      const finding = await frepo.insertFinding(tx, { caseId, itemId: checked.itemId, description: checked.description, legalBasis: checked.legalBasis ?? null, amountVnd: checked.amountVnd ?? null, responsible: checked.responsible ?? null, createdBy: actor.userId, createdByName: author, createdAt: now }, stored.map((f) => f.id));
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: author, event: 'finding_added', note: `Kết quả kiểm tra, xác minh số ${finding.seq}${stored.length ? ` kèm ${stored.length} tệp chứng cứ` : ''}`, partyVisible: false }]);
      await recordAudit(tx, ctx, { action: 'inspection.finding_add', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { findingId: finding.id, seq: finding.seq, itemId: checked.itemId, amountVnd: checked.amountVnd ?? null, files: staged.map((f) => ({ sha256: f.blob.sha256, size: f.blob.size, type: f.type.mimeType, name: f.originalName })) } }, now);
      return finding;
    });
  } catch (err) {
    await Promise.all(staged.map((f) => discardStaged(deps, f)));
    throw err;
  }
}

/** The leader approves a finding for the report (Art 33(1)): it then counts in the findings' summary. */
export async function approveFinding(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, findingId: string) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!isLeader(found.member)) throw forbidden('Chỉ Trưởng đoàn thanh tra duyệt kết quả kiểm tra, xác minh để đưa vào báo cáo (Luật Thanh tra 2025, khoản 1 Điều 33).');
  const finding = await frepo.findFinding(deps.db, findingId);
  if (!finding || finding.caseId !== caseId) throw notFound('Không tìm thấy kết quả kiểm tra, xác minh.');
  if (finding.status === 'approved') throw badRequest('Kết quả này đã được duyệt.', 'already_approved');
  const refused = findingRefusal(c.status, c.regime);
  if (refused) throw badRequest(refusalText(refused), 'wrong_state');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await frepo.updateFinding(tx, findingId, { status: 'approved', approvedBy: actor.userId, approvedAt: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'finding_approved', note: `Trưởng đoàn duyệt kết quả kiểm tra, xác minh số ${finding.seq}`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.finding_approve', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { findingId, seq: finding.seq } }, now);
  });
}

/** The leader writes the result report's sections (Art 33(1)); replaced whole until it is sent by the `submit_report` step. */
export async function saveReport(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof ReportRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!isLeader(found.member)) throw forbidden('Trưởng đoàn thanh tra xây dựng báo cáo kết quả thanh tra (Luật Thanh tra 2025, khoản 1 Điều 33).');
  const refused = reportRefusal(c.status, 0, c.regime);
  if (refused) throw badRequest(refusalText(refused), 'wrong_state');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await frepo.upsertReport(tx, caseId, { sections: input.sections, status: 'draft', updatedBy: actor.userId, updatedAt: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'report_draft', note: `Soạn báo cáo kết quả thanh tra (${input.sections.length} mục)`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.report_draft', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { sections: input.sections.map((s) => s.heading) } }, now);
  });
}

/** The `submit_report` step (Art 33) needs every finding approved: the report concludes on each content (Art 33(1)(a), (3)). */
export async function checkReportSubmittable(db: Db, c: repo.CaseRow) {
  const refused = reportRefusal(c.status, await frepo.countUnapprovedFindings(db, c.id), c.regime);
  if (refused && refused.code === 'FINDINGS_UNAPPROVED') throw badRequest(refusalText(refused), 'findings_unapproved');
}

/** The findings' summary of a case, computed from its items and findings. */
export async function findingsSummary(db: Db, caseId: string) {
  const items = await frepo.listItems(db, caseId);
  const findings = await frepo.listFindings(db, caseId);
  return summarizeFindings(items, findings.map(({ finding: f }) => ({ itemId: f.itemId, status: f.status as 'proposed' | 'approved', amountVnd: f.amountVnd })));
}

/** Sending the report freezes it with the findings' summary as it stands (in the step's transaction). */
export async function freezeReport(tx: Db, caseId: string, on: string) {
  const summary = await findingsSummary(tx, caseId);
  await frepo.upsertReport(tx, caseId, { status: 'submitted', submittedOn: on, summary: { findings: summary.findings, approved: summary.approved, amountVnd: summary.amountVnd, items: summary.items }, updatedAt: new Date() });
}

/** Opens an evidence file of a finding: officers who may read the case; audited by the files module. */
export async function openEvidence(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, fileId: string): Promise<{ name: string; mimeType: string; size: number; stream: Readable }> {
  await loadReadable(deps, actor, caseId);
  const file = await frepo.findEvidenceFile(deps.db, caseId, fileId);
  if (!file) throw notFound('Không tìm thấy tệp.');
  return { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await openFileContent(deps, ctx, file) };
}
