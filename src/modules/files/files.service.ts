import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import { recordAudit, type AuditContext, type AuditEntry } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import type { RequestAuth } from '../../server/http/auth';
import { AppError, badRequest, forbidden, notFound } from '../../server/http/errors';
import type { StoredBlob } from '../../server/storage/blob-store';
import { FILE_FIELD, UploadFileFields, type FileResponse, type StoredConfidentiality } from '../../shared/contracts/files';
import type { Actor } from '../../shared/domain/access';
import { findAgency } from '../orgs';
import { declaredExtension, sanitizeFileName, UploadGate, type AcceptedType } from './files.content';
import { canUploadFile, fileReadDecision } from './files.policy';
import { findFileWithAgencyPath, insertFile, type FileRow } from './files.repository';

/** One uploaded file as it arrives: a byte stream and the client's file name (a @fastify/multipart file part fits). */
export type UploadPart = { file: Readable & { truncated?: boolean }; filename: string };

/** A file whose bytes are safely in the BlobStore but not yet recorded: record it with `insertStagedFile` or `discardStaged`. */
export type StagedFile = { blob: StoredBlob; type: AcceptedType; originalName: string };

/** Where an upload belongs and how secret it is. */
export type UploadTarget = { agencyId: string; confidentiality: StoredConfidentiality };

/** 400: the multipart body is malformed or ended before the file did. */
const incompleteForm = () => badRequest('Dữ liệu tải lên không hoàn chỉnh hoặc sai định dạng multipart/form-data. Vui lòng thử lại.', 'invalid_multipart');

/**
 * Errors of the multipart parser and of an interrupted upload are the client's doing: they must not become 500s
 * (and fill the error log) — busboy throws plain Errors for a missing boundary or a body cut short.
 */
function asClientError(err: unknown): unknown {
  if (err instanceof AppError || !(err instanceof Error)) return err;
  const code = (err as { code?: string }).code;
  if (code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || /^Multipart: |Unexpected end of|terminated early|Malformed/i.test(err.message)) return incompleteForm();
  return err;
}

/** The fields of a file record that may leave the server (never the storage key). */
export function presentFile(row: FileRow): FileResponse {
  return {
    id: row.id,
    originalName: row.originalName,
    size: row.size,
    sha256: row.sha256,
    mimeType: row.mimeType,
    extension: row.extension,
    confidentiality: row.confidentiality === 'normal' ? 'normal' : 'confidential',
    agencyId: row.agencyId,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Streams one uploaded file into the BlobStore: the size is capped at MAX_UPLOAD_MB and the real type is checked
 * against the allow-list before any byte is written (413/415/400 otherwise, with nothing left behind). The bytes
 * are never held in memory beyond the first SNIFF_BYTES.
 */
export async function stageUpload(deps: Pick<Deps, 'blobs' | 'config'>, part: UploadPart): Promise<StagedFile> {
  // The multipart parser destroys a file stream whose body ended early; piping a destroyed stream would never settle.
  if (part.file.destroyed) throw incompleteForm();
  const originalName = sanitizeFileName(part.filename);
  const gate = new UploadGate({ maxBytes: deps.config.maxUploadBytes, declared: declaredExtension(originalName), isTruncated: () => part.file.truncated === true });
  // pipeline() forwards a failure of either side to the other, so the store sees the gate's refusal as an error.
  const source = pipeline(part.file, gate, () => undefined);
  const blob = await deps.blobs.put(source).catch((err: unknown) => {
    throw asClientError(err);
  });
  if (!gate.accepted) {
    // Cannot happen (the gate only ends after deciding); guard anyway so that an unchecked file is never kept.
    await deps.blobs.delete(blob.key);
    throw new AppError(500, 'upload_unchecked', 'Không kiểm tra được loại tệp. Vui lòng thử lại.');
  }
  return { blob, type: gate.accepted, originalName };
}

/** Removes the bytes of a staged file that will not be recorded (best effort: an orphan blob is harmless, a thrown clean-up would hide the real error). */
export async function discardStaged(deps: Pick<Deps, 'blobs' | 'log'>, staged: StagedFile): Promise<void> {
  await deps.blobs.delete(staged.blob.key).catch((err: unknown) => deps.log.error({ err, key: staged.blob.key }, 'could not delete a discarded upload'));
}

/** Records a staged file in the caller's transaction (no audit: the caller audits its own action, e.g. a petition with its attachments). */
export async function insertStagedFile(tx: Db, staged: StagedFile, target: UploadTarget, uploadedBy: string | null, at: Date): Promise<FileRow> {
  return insertFile(tx, {
    storageKey: staged.blob.key,
    sha256: staged.blob.sha256,
    size: staged.blob.size,
    mimeType: staged.type.mimeType,
    extension: staged.type.extension,
    originalName: staged.originalName,
    confidentiality: target.confidentiality,
    agencyId: target.agencyId,
    uploadedBy,
    createdAt: at,
  });
}

/** Loads the target agency of an upload and checks the actor may upload for it (404 outside the scope, as elsewhere). */
async function checkUploadAgency(deps: Deps, actor: Actor, agencyId: string) {
  const agency = await findAgency(deps.db, agencyId);
  if (!agency || !canUploadFile(actor, agency)) throw notFound('Không tìm thấy cơ quan hoặc bạn không có quyền tải tệp lên cho cơ quan này.');
  if (agency.status !== 'active') throw badRequest('Cơ quan đã ngừng hoạt động, không thể tải tệp lên.', 'agency_inactive');
  return agency;
}

/** Records a staged file with its `file.upload` audit record in one transaction; the blob is removed if that fails. */
async function recordStaged(deps: Deps, ctx: AuditContext, actor: Actor, staged: StagedFile, target: UploadTarget): Promise<FileResponse> {
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await insertStagedFile(tx, staged, target, actor.userId, deps.clock.now());
      const presented = presentFile(row);
      await recordAudit(tx, ctx, { action: 'file.upload', entityType: 'file', entityId: row.id, agencyId: row.agencyId, after: presented }, deps.clock.now());
      return presented;
    });
  } catch (err) {
    await discardStaged(deps, staged);
    throw err;
  }
}

/**
 * Stores one uploaded file for an agency the actor may upload to: checks the agency, streams and checks the bytes,
 * then writes the record and its audit in one transaction. For other modules (e.g. a petition's attachments).
 */
export async function storeUpload(deps: Deps, ctx: AuditContext, actor: Actor, part: UploadPart, target: UploadTarget): Promise<FileResponse> {
  await checkUploadAgency(deps, actor, target.agencyId);
  const staged = await stageUpload(deps, part);
  return recordStaged(deps, ctx, actor, staged, target);
}

/** A multipart part as @fastify/multipart yields it (file or text field). */
export type FormPart = (UploadPart & { type: 'file'; fieldname: string }) | { type: 'field'; fieldname: string; value: unknown };

/**
 * Reads a multipart form made of text fields followed by up to `maxFiles` files in the field `fileField`, staging
 * each file (size and real type checked). The fields must come before the files: `beforeFiles(fields)` checks them
 * (scope, secrets) before any byte is stored, and @fastify/multipart 9 may silently drop parts that follow a file
 * on a busy keep-alive connection — a lost trailing "confidential" would store a secret file as normal. A field
 * seen after a file is therefore refused rather than trusted to arrive. On any error every staged file is removed.
 */
export async function stageFormFiles<T>(
  deps: Pick<Deps, 'blobs' | 'config' | 'log'>,
  parts: AsyncIterable<FormPart>,
  opts: { fileField: string; maxFiles: number; beforeFiles: (fields: Record<string, unknown>) => Promise<T> },
): Promise<{ checked: T; staged: StagedFile[] }> {
  const fields: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const staged: StagedFile[] = [];
  let checked: { value: T } | undefined;
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (checked) throw badRequest(`Các trường thông tin phải được gửi trước tệp "${opts.fileField}".`, 'field_after_file');
        // Two values for one field (say "normal" then "confidential") are ambiguous: refuse rather than pick one.
        if (part.fieldname in fields) throw badRequest(`Trường "${part.fieldname}" được gửi nhiều lần.`, 'duplicate_field');
        fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== opts.fileField) throw badRequest(`Tệp phải được gửi trong trường "${opts.fileField}".`, 'unexpected_file');
      if (staged.length >= opts.maxFiles) throw badRequest(opts.maxFiles === 1 ? `Chỉ gửi một tệp, trong trường "${opts.fileField}".` : `Mỗi lần gửi tối đa ${opts.maxFiles} tệp.`, 'too_many_files');
      checked ??= { value: await opts.beforeFiles(fields) };
      staged.push(await stageUpload(deps, part));
    }
    if (!checked || !staged.length) throw badRequest(`Vui lòng chọn tệp cần tải lên (trường "${opts.fileField}").`, 'file_required');
    return { checked: checked.value, staged };
  } catch (err) {
    await Promise.all(staged.map((f) => discardStaged(deps, f)));
    throw asClientError(err);
  }
}

/**
 * Handles the `POST /files` form: optional text fields `confidentiality` and `agencyId` (default: the agency the
 * user is working for), then one file in the field `file` (see stageFormFiles for the order of parts).
 */
export async function uploadFromForm(deps: Deps, ctx: AuditContext, auth: RequestAuth, parts: AsyncIterable<FormPart>): Promise<FileResponse> {
  const { checked: target, staged } = await stageFormFiles(deps, parts, { fileField: FILE_FIELD, maxFiles: 1, beforeFiles: (fields) => resolveUploadTarget(deps, auth, fields) });
  // recordStaged owns the blob from here: it removes it itself if the record fails.
  return recordStaged(deps, ctx, auth.actor, staged[0]!, target);
}

/** Validates the form's text fields and resolves where the upload goes (checked against the actor's scope). */
async function resolveUploadTarget(deps: Deps, auth: RequestAuth, fields: Record<string, unknown>): Promise<UploadTarget> {
  const parsed = UploadFileFields.safeParse(fields);
  if (!parsed.success) {
    const summary = parsed.error.issues.map((i) => `${i.path.join('.') || 'form'}: ${i.message}`).join('; ');
    throw badRequest(`Dữ liệu không hợp lệ — ${summary}`, 'validation_error');
  }
  const agencyId = parsed.data.agencyId ?? auth.session.activeAgencyId ?? auth.user.agencyId;
  await checkUploadAgency(deps, auth.actor, agencyId);
  return { agencyId, confidentiality: parsed.data.confidentiality };
}

/**
 * Loads a file the actor may read: 404 when it does not exist or lies outside their `files.read` scope,
 * 403 when it is confidential and their role there is not agency head or system administrator.
 */
export async function loadReadableFile(deps: Deps, actor: Actor, id: string): Promise<FileRow> {
  const found = await findFileWithAgencyPath(deps.db, id);
  const decision = found ? fileReadDecision(actor, { agencyPath: found.agencyPath, confidentiality: found.file.confidentiality }) : 'hidden';
  if (!found || decision === 'hidden') throw notFound('Không tìm thấy tệp.');
  if (decision === 'confidential') throw forbidden('Tệp này thuộc diện mật: chỉ thủ trưởng cơ quan hoặc quản trị hệ thống được xem.');
  return found.file;
}

/** The metadata of a file the actor may read. */
export async function getFile(deps: Deps, actor: Actor, id: string): Promise<FileResponse> {
  return presentFile(await loadReadableFile(deps, actor, id));
}

/**
 * Opens the bytes of a file already checked with `loadReadableFile` (or by the owning module's own rules). Reading a
 * file that is not 'normal' is audited before any byte is sent: as `file.read_confidential`, or as the caller's
 * `audit` entry when the owning module names the read itself (e.g. `petition.identity_file_read`).
 */
export async function openFileContent(deps: Deps, ctx: AuditContext, file: FileRow, audit?: Omit<AuditEntry, 'after'>): Promise<Readable> {
  let stream: Readable;
  try {
    stream = await deps.blobs.get(file.storageKey);
  } catch (err) {
    deps.log.error({ err, fileId: file.id, key: file.storageKey }, 'stored file is missing from the blob store');
    throw new AppError(500, 'file_content_missing', 'Không đọc được nội dung tệp trên hệ thống lưu trữ. Vui lòng liên hệ quản trị viên.');
  }
  if (file.confidentiality !== 'normal') {
    try {
      await deps.db.transaction((tx) =>
        recordAudit(
          tx,
          ctx,
          audit ? { ...audit, after: { fileId: file.id, sha256: file.sha256 } } : { action: 'file.read_confidential', entityType: 'file', entityId: file.id, agencyId: file.agencyId, after: { originalName: file.originalName, sha256: file.sha256 } },
          deps.clock.now(),
        ),
      );
    } catch (err) {
      stream.destroy(); // no record, no bytes
      throw err;
    }
  }
  return stream;
}
