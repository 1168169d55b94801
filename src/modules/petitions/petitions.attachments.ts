import type { Readable } from 'node:stream';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import { ATTACHMENT_FIELD } from '../../shared/contracts/petitions';
import type { Actor } from '../../shared/domain/access';
import { discardStaged, insertStagedFile, openFileContent, stageFormFiles, type FileRow, type FormPart, type StagedFile } from '../files';
import { canReadLetter, canRegisterAt, identityAccess } from './petitions.policy';
import * as repo from './petitions.repository';

/** Files one request may carry (the multipart limit of the app is 10). */
export const MAX_FILES_PER_REQUEST = 5;

type Found = NonNullable<Awaited<ReturnType<typeof repo.findLetter>>>;

/**
 * Stores staged files at the level their content calls for and, in the same transaction, what `record` links to them
 * (links, timeline, audit); the bytes are removed if anything fails, so nothing is half-written. A file that may reveal
 * a protected denouncer (the signed letter, handwriting) is stored at the 'identity' level: it opens only under the
 * identity rules of what it is attached to (Luật Tố cáo 2018, Điều 47, 48), never through the generic file routes.
 * Shared by letters' and reception visits' attachments.
 */
export async function storeAttachedFiles(deps: Deps, staged: StagedFile[], target: { agencyId: string; identifying: boolean; addedBy: string | null }, record: (tx: Db, stored: FileRow[], now: Date) => Promise<void>): Promise<void> {
  const now = deps.clock.now();
  try {
    await deps.db.transaction(async (tx) => {
      const stored: FileRow[] = [];
      for (const f of staged) stored.push(await insertStagedFile(tx, f, { agencyId: target.agencyId, confidentiality: target.identifying ? 'identity' : 'normal' }, target.addedBy, now));
      await record(tx, stored, now);
    });
  } catch (err) {
    await Promise.all(staged.map((f) => discardStaged(deps, f)));
    throw err;
  }
}

/** What the audit record says of stored files: hashes, sizes, types — and names only when a name cannot identify a denouncer. */
export const describeFiles = (staged: StagedFile[], identifying: boolean) => staged.map((f) => ({ sha256: f.blob.sha256, size: f.blob.size, type: f.type.mimeType, ...(identifying ? {} : { name: f.originalName }) }));

/** Records staged files as attachments of a letter (files, links, timeline, audit) in one transaction. */
async function attach(deps: Deps, ctx: AuditContext, found: { letter: repo.LetterRow }, staged: StagedFile[], opts: { identifying: boolean; source: 'officer' | 'sender'; addedBy: string | null; maxSender?: number }) {
  const { letter } = found;
  await storeAttachedFiles(deps, staged, { agencyId: letter.agencyId, identifying: opts.identifying, addedBy: opts.addedBy }, async (tx, stored, now) => {
    if (opts.maxSender !== undefined && (await repo.countSenderAttachments(tx, letter.id)) + staged.length > opts.maxSender) {
      throw badRequest(`Mỗi đơn được bổ sung tối đa ${opts.maxSender} tệp qua cổng trực tuyến.`, 'too_many_attachments');
    }
    await repo.insertAttachments(tx, stored.map((file) => ({ letterId: letter.id, fileId: file.id, identifying: opts.identifying, source: opts.source, addedBy: opts.addedBy, createdAt: now })));
    const note = opts.source === 'sender' ? `Người gửi bổ sung ${staged.length} tài liệu qua cổng trực tuyến` : `Đính kèm ${staged.length} tệp${opts.identifying ? ' (có thông tin nhận diện người gửi)' : ''}`;
    await repo.insertEvents(tx, [{ letterId: letter.id, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? 'Người gửi đơn', event: 'attach', public: opts.source === 'sender', note }]);
    await recordAudit(tx, ctx, { action: 'petition.attach', entityType: 'petition', entityId: letter.id, agencyId: letter.agencyId, after: { source: opts.source, identifying: opts.identifying, files: describeFiles(staged, opts.identifying) } }, now);
  });
}

/** Reads the optional `identifying` field (shared with reception visits' files) ("true"/"false"); when absent, a protected letter's files count as identifying. */
export function identifyingField(fields: Record<string, unknown>, protectedIdentity: boolean): boolean {
  const v = fields.identifying;
  if (v === undefined || v === '') return protectedIdentity;
  if (v === 'true' || v === 'false') return v === 'true';
  throw badRequest('Trường "identifying" chỉ nhận "true" hoặc "false".', 'validation_error');
}

/** An officer attaches files (the scanned letter, documents handed over) to a letter of an agency where he registers letters. */
export async function attachByOfficer(deps: Deps, ctx: AuditContext, actor: Actor, letterId: string, parts: AsyncIterable<FormPart>) {
  const found = await repo.findLetter(deps.db, letterId);
  if (!found || !canReadLetter(actor, found)) throw notFound('Không tìm thấy đơn.');
  if (!canRegisterAt(actor, found.agencyPath)) throw forbidden('Bạn không có quyền đính kèm tệp vào đơn của cơ quan này.');
  const { checked: identifying, staged } = await stageFormFiles(deps, parts, {
    fileField: ATTACHMENT_FIELD,
    maxFiles: MAX_FILES_PER_REQUEST,
    beforeFiles: async (fields) => identifyingField(fields, found.letter.identityProtected),
  });
  await attach(deps, ctx, found, staged, { identifying, source: 'officer', addedBy: actor.userId });
}

/**
 * The sender adds documents to his own letter from the portal (tracking code + secret, checked before any byte
 * is stored). A denouncer's documents are treated as identifying; the portal caps the number of files per letter.
 */
export async function attachBySender(deps: Deps, ctx: AuditContext, found: { letter: repo.LetterRow }, parts: AsyncIterable<FormPart>) {
  const max = deps.config.publicPortal.maxAttachments;
  const already = await repo.countSenderAttachments(deps.db, found.letter.id);
  if (already >= max) throw badRequest(`Mỗi đơn được bổ sung tối đa ${max} tệp qua cổng trực tuyến.`, 'too_many_attachments');
  const { staged } = await stageFormFiles(deps, parts, { fileField: ATTACHMENT_FIELD, maxFiles: MAX_FILES_PER_REQUEST, beforeFiles: async () => undefined });
  await attach(deps, { ...ctx, actorName: 'Người gửi đơn' }, found, staged, { identifying: found.letter.identityProtected, source: 'sender', addedBy: null, maxSender: max });
}

type IdentityAccess = 'visible' | 'reveal' | 'hidden';
type AttachmentRow = { attachment: { identifying: boolean; source: string; createdAt: Date }; file: FileRow };

/** One attachment as the actor may see it: an identifying file is nameless and closed to those who may not see the denouncer. */
export function presentAttachment({ attachment: a, file: f }: AttachmentRow, access: IdentityAccess) {
  const open = !a.identifying || access !== 'hidden';
  return { fileId: f.id, name: open ? f.originalName : 'Tài liệu có thông tin người tố cáo', size: f.size, mimeType: f.mimeType, identifying: a.identifying, source: a.source as 'officer' | 'sender', addedAt: a.createdAt.toISOString(), canDownload: open };
}

/** The attachments of a letter as the actor may see them. */
export async function listForOfficer(deps: Deps, actor: Actor, found: Found) {
  const access = identityAccess(actor, { agencyPath: found.agencyPath, identityProtected: found.letter.identityProtected, createdBy: found.letter.createdBy });
  return (await repo.listAttachments(deps.db, found.letter.id)).map((row) => presentAttachment(row, access));
}

export type OpenedAttachment = { name: string; mimeType: string; size: number; stream: Readable; identifying: boolean };

/**
 * Opens the bytes of an attachment already found in the actor's scope. An identifying file needs the right to see
 * the denouncer (as the reveal) and each opening is audited with `audit` (Luật Tố cáo 2018, Điều 47; spec §6.2 SEC-6).
 */
export async function openAttachment(deps: Deps, ctx: AuditContext, row: { attachment: { identifying: boolean }; file: FileRow }, access: IdentityAccess, audit: { action: string; entityType: string; entityId: string; agencyId: string }): Promise<OpenedAttachment> {
  const { file } = row;
  const opened = { name: file.originalName, mimeType: file.mimeType, size: file.size, identifying: row.attachment.identifying };
  if (!row.attachment.identifying) return { ...opened, stream: await openFileContent(deps, ctx, file) };
  if (access === 'hidden') throw forbidden('Tệp này có thông tin nhận diện người tố cáo: bạn không được xem (Luật Tố cáo 2018, Điều 47, 48).');
  return { ...opened, stream: await openFileContent(deps, ctx, file, audit) };
}

/** Opens a letter's attachment for an officer: the letter must be in his scope (then the identity rules above). */
export async function openForOfficer(deps: Deps, ctx: AuditContext, actor: Actor, letterId: string, fileId: string): Promise<OpenedAttachment> {
  const found = await repo.findLetter(deps.db, letterId);
  if (!found || !canReadLetter(actor, found)) throw notFound('Không tìm thấy đơn.');
  const row = (await repo.listAttachments(deps.db, letterId)).find((r) => r.file.id === fileId);
  if (!row) throw notFound('Không tìm thấy tệp đính kèm của đơn này.');
  const access = identityAccess(actor, { agencyPath: found.agencyPath, identityProtected: found.letter.identityProtected, createdBy: found.letter.createdBy });
  return openAttachment(deps, ctx, row, access, { action: 'petition.identity_file_read', entityType: 'petition', entityId: letterId, agencyId: found.letter.agencyId });
}
