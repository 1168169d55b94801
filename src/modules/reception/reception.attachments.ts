import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import { ATTACHMENT_FIELD } from '../../shared/contracts/petitions';
import type { Actor } from '../../shared/domain/access';
import { stageFormFiles, type FormPart } from '../files';
import { describeFiles, identifyingField, linkLetterAttachments, MAX_FILES_PER_REQUEST, openAttachment, presentAttachment, storeAttachedFiles, type OpenedAttachment } from '../petitions';
import { canReadVisit, canRecordAt, visitIdentityAccess } from './reception.policy';
import * as repo from './reception.repository';

/**
 * Files handed over at the reception desk (LTCD 2013 Art 25(2): the officer receives the letter and the documents;
 * receipt NĐ 154/2026 Mẫu 02/TCD). A denouncer's files always go to the 'identity' level: the person who hands them
 * over is the denouncer, so any of them may identify him (Luật Tố cáo 2018, Điều 47, 48; spec §6.2 SEC-1).
 */
const DENOUNCER_FILES = 'Tài liệu do người tố cáo nộp luôn được lưu ở mức bảo vệ danh tính người tố cáo (Luật Tố cáo 2018, Điều 47, 48).';

type Found = NonNullable<Awaited<ReturnType<typeof repo.findVisit>>>;

async function findReadable(db: Db, actor: Actor, id: string): Promise<Found> {
  const found = await repo.findVisit(db, id);
  if (!found || !canReadVisit(actor, found.agencyPath)) throw notFound('Không tìm thấy lượt tiếp công dân.');
  return found;
}

const accessOf = (actor: Actor, found: Found) => visitIdentityAccess(actor, { agencyPath: found.agencyPath, identityProtected: found.visit.identityProtected, createdBy: found.visit.createdBy });

/** Whether the form's files identify the visitor: always for a denouncer; otherwise the optional "identifying" field. */
function identifyingOf(fields: Record<string, unknown>, protectedIdentity: boolean): boolean {
  const chosen = identifyingField(fields, protectedIdentity);
  if (protectedIdentity && !chosen) throw badRequest(DENOUNCER_FILES, 'identity_files');
  return chosen;
}

/**
 * The reception officer (or head) attaches files to a visit of his agency: staged (type sniffed, size limited), then
 * in one transaction the files, their links to the visit — and to its letter if it already has one —, the timeline
 * entry and the audit record (hashes; no file names when they may identify a denouncer).
 */
export async function attachToVisit(deps: Deps, ctx: AuditContext, actor: Actor, visitId: string, parts: AsyncIterable<FormPart>): Promise<void> {
  const found = await findReadable(deps.db, actor, visitId);
  if (!canRecordAt(actor, found.agencyPath)) throw forbidden('Bạn không có quyền đính kèm tài liệu vào lượt tiếp công dân của cơ quan này.');
  const { visit } = found;
  const { checked: identifying, staged } = await stageFormFiles(deps, parts, {
    fileField: ATTACHMENT_FIELD,
    maxFiles: MAX_FILES_PER_REQUEST,
    beforeFiles: async (fields) => identifyingOf(fields, visit.identityProtected),
  });
  await storeAttachedFiles(deps, staged, { agencyId: visit.agencyId, identifying, addedBy: actor.userId }, async (tx, stored, now) => {
    const rows = stored.map((file) => ({ fileId: file.id, identifying, addedBy: actor.userId, createdAt: now }));
    await repo.insertVisitAttachments(tx, rows.map((r) => ({ ...r, visitId })));
    if (visit.letterId) await linkLetterAttachments(tx, rows.map((r) => ({ ...r, letterId: visit.letterId!, source: 'officer' })));
    const letterNote = found.letterRegisterNo ? `; cũng là tài liệu của đơn số ${found.letterRegisterNo}` : '';
    const note = `Nhận ${stored.length} tệp tài liệu người đến nộp${identifying ? ' (có thông tin nhận diện người tố cáo)' : ''}${letterNote}`;
    await repo.insertVisitEvents(tx, [{ visitId, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: 'attach', note }]);
    await recordAudit(tx, ctx, { action: 'reception.attach', entityType: 'reception_visit', entityId: visitId, agencyId: visit.agencyId, after: { identifying, letterId: visit.letterId, files: describeFiles(staged, identifying) } }, now);
  });
}

/** The files of a visit as the actor may see them (an identifying file is nameless and locked to those who may not see the denouncer). */
export async function listVisitFiles(db: Db, actor: Actor, found: Found) {
  const access = accessOf(actor, found);
  return (await repo.listVisitAttachments(db, found.visit.id)).map(({ attachment, file }) => presentAttachment({ attachment: { ...attachment, source: 'officer' }, file }, access));
}

/** The documents drawn up for a visit (the head's conclusion notice); they name no visitor. */
export async function listVisitDocuments(db: Db, visitId: string) {
  return (await repo.listVisitAttachments(db, visitId, 'document')).map(({ attachment, file }) => presentAttachment({ attachment: { ...attachment, source: 'officer' }, file }, 'visible'));
}

/** When a visit yields its letter (R4, R5), the files handed over become the letter's attachments too (same level). */
export async function linkVisitFilesToLetter(tx: Db, visitId: string, letterId: string, now: Date): Promise<void> {
  const rows = await repo.listVisitAttachments(tx, visitId);
  await linkLetterAttachments(tx, rows.map(({ attachment: a }) => ({ letterId, fileId: a.fileId, identifying: a.identifying, source: 'officer', addedBy: a.addedBy, createdAt: now })));
}

/** Opens a visit's file: the visit must be in the actor's reception scope; identifying files under the identity rules, audited. */
export async function openVisitFile(deps: Deps, ctx: AuditContext, actor: Actor, visitId: string, fileId: string): Promise<OpenedAttachment> {
  const found = await findReadable(deps.db, actor, visitId);
  const rows = [...(await repo.listVisitAttachments(deps.db, visitId)), ...(await repo.listVisitAttachments(deps.db, visitId, 'document'))];
  const row = rows.find((r) => r.file.id === fileId);
  if (!row) throw notFound('Không tìm thấy tệp của lượt tiếp này.');
  return openAttachment(deps, ctx, row, accessOf(actor, found), { action: 'reception.identity_file_read', entityType: 'reception_visit', entityId: visitId, agencyId: found.visit.agencyId });
}
