// Import of managed subjects from the business registry's CSV/XLSX exports (issue 7 §1): the upload is checked
// (type, size, header) and stored, then a background job reads it row by row, de-duplicates by tax code (a tax code
// twice in the file is reported; one already stored is updated, with its history), writes in batches of multi-row
// upserts, reports progress on the import record and writes a per-row error report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import { isEmbedded, withSession, type Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import type { RequestAuth } from '../../server/http/auth';
import { AppError, badRequest, notFound } from '../../server/http/errors';
import { SUBJECT_IMPORT_FIELDS, type SubjectImportResponse } from '../../shared/contracts/subjects';
import type { Actor } from '../../shared/domain/access';
import { columnLabel, csvLine, mapHeader, readSubjectRow, type HeaderMap, type SubjectDraft } from '../../shared/domain/subjects';
import { foldKey, sortKey } from '../../shared/domain/text/vi';
import { discardStaged, type FormPart, type StagedFile } from '../files';
import { declaredExtension, sanitizeFileName, UploadGate } from '../files/files.content';
import { findAgency } from '../orgs';
import { canManageSubject } from './subjects.policy';
import { unitRefs, vnToday } from './subjects.refs';
import * as repo from './subjects.repository';
import { countCsvRecords, isEmptyRow, readRows, SheetError, xlsxStream, type SheetFormat } from './subjects.sheets';

export const IMPORT_QUEUE = 'subjects.import';
/** Rows per multi-row upsert of the demo seeding. */
export const IMPORT_BATCH = 5000;
/** Rows per COPY into an import's staging table (and per progress update). */
export const STAGE_CHUNK = 20_000;
/** Errors kept on the import record for the page; the report file has all of them. */
const ERROR_SAMPLE = 100;
/** Columns of the error report. */
const REPORT_HEADER = ['Dòng', 'Mã số thuế', 'Tên tổ chức', 'Cột', 'Lỗi'];

type ImportView = z.infer<typeof SubjectImportResponse>;
/** Share of the progress bar (percent) for reading and checking the file; the merge is the rest. */
const READ_SHARE = 90;

/** The fields of an import that leave the server. */
export function presentImport(r: repo.SubjectImportRow): ImportView {
  // Reading and checking the rows fills the bar to READ_SHARE; the merge (one statement set, no finer progress) the rest.
  const read = r.rowsTotal ? r.rowsDone / Math.max(1, r.rowsTotal) : r.size ? r.bytesDone / r.size : 0;
  const percent = r.status === 'done' ? 100 : r.status === 'merging' ? READ_SHARE : READ_SHARE * Math.min(1, read);
  return {
    id: r.id,
    agencyId: r.agencyId,
    fileName: r.fileName,
    format: r.format as SheetFormat,
    size: r.size,
    status: r.status as ImportView['status'],
    rowsTotal: r.rowsTotal,
    rowsDone: r.rowsDone,
    percent: Math.min(100, Math.round(percent * 10) / 10),
    created: r.created,
    updated: r.updated,
    unchanged: r.unchanged,
    duplicates: r.duplicates,
    errors: r.errors,
    errorSample: r.errorSample,
    hasErrorReport: r.errorReportKey !== null,
    failure: r.failure,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
  };
}

const notSpreadsheet = (name: string) =>
  new AppError(415, 'not_a_spreadsheet', `Tệp "${name}" không phải bảng tính. Chỉ nhận tệp CSV (UTF-8) hoặc Excel XLSX có dòng tiêu đề (Mã số thuế, Tên tổ chức…).`);

/** 413 with the configured limit. */
const tooBig = (maxBytes: number) => new AppError(413, 'file_too_large', `Tệp nhập vượt quá dung lượng cho phép (tối đa ${new Intl.NumberFormat('vi-VN').format(Math.round(maxBytes / (1024 * 1024)))} MB). Hãy chia tệp thành nhiều phần.`);

/**
 * Streams the uploaded file to the BlobStore through the upload gate (real type sniffed: a PDF or a ZIP renamed
 * .xlsx, or a binary renamed .csv, is refused with 415 before anything is kept; over the limit → 413).
 */
async function stageSheet(deps: Deps, part: Extract<FormPart, { type: 'file' }>): Promise<StagedFile & { format: SheetFormat }> {
  const originalName = sanitizeFileName(part.filename);
  const declared = declaredExtension(originalName);
  if (declared !== 'csv' && declared !== 'xlsx') {
    part.file.resume();
    throw notSpreadsheet(originalName);
  }
  const maxBytes = deps.config.subjectsImportMaxBytes;
  const gate = new UploadGate({ maxBytes, declared, isTruncated: () => part.file.truncated === true });
  const source = pipeline(part.file, gate, () => undefined);
  const blob = await deps.blobs.put(source).catch((err: unknown) => {
    if (err instanceof AppError && err.status === 415) throw notSpreadsheet(originalName);
    if (err instanceof AppError && err.status === 413) throw tooBig(maxBytes);
    if (err instanceof AppError) throw err;
    throw badRequest('Dữ liệu tải lên không hoàn chỉnh hoặc sai định dạng multipart/form-data. Vui lòng thử lại.', 'invalid_multipart');
  });
  const type = gate.accepted!;
  const format = type.extension === 'xlsx' ? 'xlsx' : type.extension === 'csv' ? 'csv' : null;
  if (!format) {
    await deps.blobs.delete(blob.key);
    throw notSpreadsheet(originalName);
  }
  return { blob, type, originalName, format };
}

/** Reads the header row of a stored sheet: 400 when required columns are missing or the file cannot be read. */
async function checkHeader(deps: Deps, staged: StagedFile & { format: SheetFormat }): Promise<void> {
  const rows = readRows(staged.format, await deps.blobs.get(staged.blob.key));
  let header: HeaderMap | undefined;
  try {
    for await (const r of rows) {
      if (isEmptyRow(r.cells)) continue;
      header = mapHeader(r.cells);
      break;
    }
  } catch (err) {
    if (err instanceof SheetError) throw badRequest(err.message, 'unreadable_sheet');
    throw err;
  } finally {
    await rows.return(undefined);
  }
  if (!header) throw badRequest('Tệp không có dữ liệu (không có dòng tiêu đề).', 'empty_sheet');
  if (header.missing.length) {
    throw badRequest(`Tệp thiếu cột bắt buộc: ${header.missing.map(columnLabel).join(', ')}. Dòng đầu tiên phải là dòng tiêu đề (tải tệp mẫu bằng chức năng Xuất).`, 'missing_columns', { missing: header.missing });
  }
  if (header.duplicated.length) throw badRequest(`Tệp có cột trùng nhau: ${header.duplicated.join(', ')}.`, 'duplicated_columns');
}

/**
 * `POST /subjects/imports`: the optional field `agencyId` (default: the agency the user works for) must come before
 * the file `file`. Checks scope, type, size and header, stores the file and queues the job — all before answering;
 * the import record and its job are written in one transaction with the audit record.
 */
export async function startImport(deps: Deps, ctx: AuditContext, auth: RequestAuth, parts: AsyncIterable<FormPart>): Promise<ImportView> {
  const fields: Record<string, unknown> = {};
  let staged: (StagedFile & { format: SheetFormat }) | undefined;
  let agencyId: string | undefined;
  try {
    for await (const part of parts) {
      if (part.type === 'field') {
        if (staged) throw badRequest('Trường "agencyId" phải được gửi trước tệp.', 'field_after_file');
        fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file') throw badRequest('Tệp phải được gửi trong trường "file".', 'unexpected_file');
      if (staged) throw badRequest('Mỗi lần chỉ nhập một tệp.', 'too_many_files');
      const parsed = SUBJECT_IMPORT_FIELDS.safeParse(fields);
      if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => i.message).join('; '), 'validation_error');
      agencyId = parsed.data.agencyId ?? auth.session.activeAgencyId ?? auth.user.agencyId;
      const agency = await findAgency(deps.db, agencyId);
      if (!agency || !canManageSubject(auth.actor, { agencyPath: agency.path })) throw notFound('Không tìm thấy cơ quan hoặc bạn không có quyền nhập đối tượng quản lý cho cơ quan này.');
      staged = await stageSheet(deps, part);
    }
    if (!staged || !agencyId) throw badRequest('Vui lòng chọn tệp CSV hoặc XLSX cần nhập (trường "file").', 'file_required');
    await checkHeader(deps, staged);
    const s = staged;
    const at = deps.clock.now();
    const row = await deps.db.transaction(async (tx) => {
      const imp = await repo.insertImport(tx, {
        agencyId: agencyId!,
        fileName: s.originalName,
        format: s.format,
        blobKey: s.blob.key,
        size: s.blob.size,
        sha256: s.blob.sha256,
        createdBy: auth.user.id,
        auditContext: { actorName: ctx.actorName, ip: ctx.ip, requestId: ctx.requestId },
        createdAt: at,
      });
      await deps.jobs.enqueue(IMPORT_QUEUE, { importId: imp.id }, { maxAttempts: 3 }, tx);
      await recordAudit(tx, ctx, { action: 'subject.import_start', entityType: 'subject_import', entityId: imp.id, agencyId: imp.agencyId, after: { fileName: imp.fileName, size: imp.size, sha256: imp.sha256 } }, at);
      return imp;
    });
    return presentImport(row);
  } catch (err) {
    if (staged) await discardStaged(deps, staged);
    throw err;
  }
}

/** An import the actor may follow: theirs, or one of an agency whose subjects they manage. */
export async function getImport(deps: Deps, actor: Actor, id: string): Promise<ImportView> {
  return presentImport(await loadImport(deps, actor, id));
}

async function loadImport(deps: Deps, actor: Actor, id: string) {
  const found = await repo.findImport(deps.db, id);
  if (!found || (found.imp.createdBy !== actor.userId && !canManageSubject(actor, { agencyPath: found.agencyPath }))) throw notFound('Không tìm thấy lượt nhập dữ liệu.');
  return found.imp;
}

/** The error report of an import as CSV or XLSX. */
export async function openErrorReport(deps: Deps, actor: Actor, id: string, format: 'csv' | 'xlsx'): Promise<{ name: string; mimeType: string; stream: Readable }> {
  const imp = await loadImport(deps, actor, id);
  if (!imp.errorReportKey) throw notFound('Lượt nhập này không có dòng lỗi.');
  const base = `loi-nhap-${imp.fileName.replace(/\.(csv|xlsx)$/i, '')}`;
  const source = await deps.blobs.get(imp.errorReportKey);
  if (format === 'csv') return { name: `${base}.csv`, mimeType: 'text/csv', stream: source };
  async function* rows() {
    let first = true;
    for await (const r of readRows('csv', source)) {
      if (first) {
        first = false;
        continue;
      }
      yield r.cells.map((c) => (c === null || c === undefined ? null : String(c)));
    }
  }
  const stream = xlsxStream('Lỗi', REPORT_HEADER, rows(), (err) => deps.log.error({ err, importId: id }, 'error report failed'));
  return { name: `${base}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stream };
}

// ---- the job ---------------------------------------------------------------------------------------------------

/** Writes the error report to a temporary file as errors are found; stored in the BlobStore at the end. */
class ErrorReport {
  readonly file = path.join(os.tmpdir(), `tt-import-errors-${process.pid}-${Math.random().toString(36).slice(2)}.csv`);
  private out: fs.WriteStream | undefined;
  sample: { row: number; taxCode: string; column: string; message: string }[] = [];

  async add(row: number, taxCode: string, name: string, column: string, message: string) {
    if (this.sample.length < ERROR_SAMPLE) this.sample.push({ row, taxCode, column, message });
    if (!this.out) {
      this.out = fs.createWriteStream(this.file);
      this.out.write(`\ufeff${csvLine(REPORT_HEADER)}`);
    }
    if (!this.out.write(csvLine([row, taxCode, name, column, message]))) await once(this.out, 'drain');
  }

  /** Stores the report; returns its blob key (null when there was no error). */
  async store(deps: Deps): Promise<string | null> {
    if (!this.out) return null;
    this.out.end();
    await once(this.out, 'finish');
    try {
      return (await deps.blobs.put(fs.createReadStream(this.file))).key;
    } finally {
      await fs.promises.rm(this.file, { force: true });
    }
  }

  async discard() {
    this.out?.destroy();
    await fs.promises.rm(this.file, { force: true });
  }
}

/** A checked subject as a row of the batch upsert (keys of the JSON parameter). */
export const toUpsert = (d: SubjectDraft): repo.UpsertRow => ({
  tax_code: d.taxCode,
  name: d.name,
  name_key: foldKey(d.name),
  sort_key: sortKey(d.name),
  kind: d.kind,
  status: d.status,
  address: d.address,
  province_code: d.provinceCode,
  commune_code: d.communeCode,
  old_commune_code: d.oldCommuneCode,
  vsic_code: d.vsicCode,
  managing_agency_id: d.managingAgencyId,
  legal_rep_name: d.legalRepName,
  legal_rep_title: d.legalRepTitle,
  established_on: d.establishedOn,
});

/** One CSV field of the staging COPY: NULL unquoted and empty, every text quoted (so '' stays an empty text). */
const copyField = (v: string | null): string => (v === null ? '' : `"${v.includes('"') ? v.replace(/"/g, '""') : v}"`);

/** A checked subject as a line of the staging COPY (columns of repo.STAGE_COLUMNS). */
export function stageLine(row: number, d: SubjectDraft): string {
  const u = toUpsert(d);
  return `${row},${copyField(u.tax_code)},${copyField(u.name)},${copyField(u.name_key)},${copyField(u.sort_key)},${copyField(u.kind)},${copyField(u.status)},${copyField(u.address)},${copyField(u.province_code)},${copyField(u.commune_code)},${copyField(u.old_commune_code)},${copyField(u.vsic_code)},${copyField(u.managing_agency_id)},${copyField(u.legal_rep_name)},${copyField(u.legal_rep_title)},${copyField(u.established_on)}\n`;
}

/**
 * Runs one import (the `subjects.import` job) in two phases on one database connection:
 *  1. reading (status `running`): the file is parsed as a stream, every row checked and de-duplicated in the file
 *     (the first row of a tax code wins, later ones are reported), and the good rows are COPYed in chunks into a
 *     temporary staging table of its own (one chunk written while the next is read); progress on the import record per chunk;
 *  2. merging (status `merging`): ONE transaction merges the staging table into the registry set-based
 *     (repo.mergeStage), stores the error report and marks the import done with its audit record.
 * Killed at any point, nothing of the merge is applied (one transaction) and the staging table dies with the
 * connection; the queue's retry starts again from the file. A defect of the file itself (not UTF-8, broken XLSX,
 * unclosed quote) ends the import as failed with the reason; database errors are thrown so the queue retries.
 */
export async function runImport(deps: Deps, importId: string, jobId?: number): Promise<void> {
  const found = await repo.findImport(deps.db, importId);
  if (!found || found.imp.status === 'done' || found.imp.status === 'failed') return;
  const imp = found.imp;
  const agencyPath = found.agencyPath;
  const actorName = imp.auditContext.actorName;
  const ctx: AuditContext = { actorUserId: imp.createdBy, ...imp.auditContext };
  await repo.updateImport(deps.db, importId, { status: 'running', startedAt: deps.clock.now(), rowsDone: 0, bytesDone: 0, created: 0, updated: 0, unchanged: 0, duplicates: 0, errors: 0, errorSample: [], failure: null });

  const rowsTotal = imp.format === 'csv' ? Math.max(0, (await countCsvRecords(await deps.blobs.get(imp.blobKey))) - 1) : null;
  if (rowsTotal !== null) await repo.updateImport(deps.db, importId, { rowsTotal });

  const refs = { ...unitRefs(), agenciesByCode: await repo.agencyCodesUnder(deps.db, [agencyPath]), defaultAgencyId: imp.agencyId, today: vnToday(deps.clock.now()) };
  const report = new ErrorReport();
  const seen = new Map<string, number>();
  const counts = { duplicates: 0, errors: 0 };
  let rowsRead = 0;
  let staged = 0;
  let bytesDone = 0;

  /** Milliseconds spent per phase, logged when the import ends (where a slow import spends its time). */
  const phases = { read: 0, stage: 0, merge: 0, total: 0 } as Record<string, number> & { read: number; stage: number; merge: number; total: number };
  const started = performance.now();

  const stage = repo.stageTable(importId);
  await withSession(deps.db, async (session) => {
    await repo.createStage(session.db, stage);
    let chunk: string[] = [];
    let inFlight: Promise<void> = Promise.resolve();
    let copyError: unknown;
    const copy = async (lines: string[], rowsDone: number, bytes: number) => {
      const t = performance.now();
      if (lines.length) staged += await session.copyCsv(stage, repo.STAGE_COLUMNS, lines.join(''));
      phases.stage += performance.now() - t;
      await repo.updateImport(deps.db, importId, { ...counts, rowsDone, bytesDone: bytes });
      // A million-row import can outlast the queue's default lock: each chunk renews the claim for ten minutes.
      if (jobId !== undefined) await repo.extendJobLock(deps.db, jobId, new Date(deps.clock.now().getTime() + 10 * 60_000));
    };
    const send = async () => {
      // One chunk is copied while the next is read and checked: on PostgreSQL the database works on another core.
      await inFlight;
      if (copyError) throw copyError;
      inFlight = copy(chunk, rowsRead, bytesDone).catch((err: unknown) => void (copyError = err));
      chunk = [];
    };
    try {
      let header: HeaderMap | undefined;
      for await (const { row, cells } of readRows(imp.format as SheetFormat, await deps.blobs.get(imp.blobKey), (n) => (bytesDone = n))) {
        if (isEmptyRow(cells)) continue;
        if (!header) {
          header = mapHeader(cells);
          continue;
        }
        rowsRead++;
        const result = readSubjectRow(cells, header, refs);
        if (!result.ok) {
          counts.errors++;
          for (const e of result.errors) await report.add(row, result.taxCode, result.name, e.column, e.message);
          continue;
        }
        const first = seen.get(result.subject.taxCode);
        if (first !== undefined) {
          counts.duplicates++;
          await report.add(row, result.subject.taxCode, result.subject.name, columnLabel('taxCode'), `Trùng mã số thuế với dòng ${first} trong tệp: dòng này bị bỏ qua.`);
          continue;
        }
        seen.set(result.subject.taxCode, row);
        chunk.push(stageLine(row, result.subject));
        if (chunk.length >= STAGE_CHUNK) await send();
      }
      await send();
      await inFlight;
      if (copyError) throw copyError;
    } catch (err) {
      await inFlight;
      await report.discard();
      await repo.dropStage(session.db, stage);
      if (!(err instanceof SheetError)) throw err;
      await deps.db.transaction(async (tx) => {
        await repo.updateImport(tx, importId, { status: 'failed', failure: err.message, finishedAt: deps.clock.now() });
        await recordAudit(tx, ctx, { action: 'subject.import', entityType: 'subject_import', entityId: importId, agencyId: imp.agencyId, after: { status: 'failed', failure: err.message, rowsRead, ...counts } }, deps.clock.now());
      });
      return;
    }
    phases.read = performance.now() - started;

    // Phase 2: the merge, visible as its own status (committed before the merge's transaction opens).
    await repo.updateImport(deps.db, importId, { status: 'merging', ...counts, rowsDone: rowsRead, bytesDone: imp.size });
    const t = performance.now();
    let errorReportKey: string | null = null;
    try {
      await repo.analyzeStage(session.db, stage);
      await session.db.transaction(async (tx) => {
        const at = deps.clock.now();
        const merged = await repo.mergeStage(tx, { stage, scopePath: agencyPath, importId, userId: imp.createdBy, actorName, at, server: !isEmbedded(deps.db) }, phases);
        // Out-of-scope rows are found after the merge's lock is taken (so none can appear in between) and reported.
        const outOfScope = await repo.stagedOutOfScope(tx, stage, agencyPath);
        for (const o of outOfScope) await report.add(o.line_no, o.tax_code, o.name, columnLabel('taxCode'), 'Mã số thuế này đã có trong danh sách đối tượng do cơ quan khác quản lý: không cập nhật.');
        errorReportKey = await report.store(deps);
        const final = {
          created: merged.created,
          updated: merged.updated,
          unchanged: staged - merged.created - merged.updated - outOfScope.length,
          duplicates: counts.duplicates,
          errors: counts.errors + outOfScope.length,
          rowsDone: rowsRead,
          rowsTotal: rowsRead,
        };
        await repo.updateImport(tx, importId, { status: 'done', ...final, bytesDone: imp.size, errorSample: report.sample, errorReportKey, finishedAt: at });
        await recordAudit(tx, ctx, { action: 'subject.import', entityType: 'subject_import', entityId: importId, agencyId: imp.agencyId, after: { status: 'done', fileName: imp.fileName, ...final } }, at);
      });
    } catch (err) {
      await report.discard();
      if (errorReportKey) await deps.blobs.delete(errorReportKey).catch(() => undefined);
      throw err;
    } finally {
      await repo.dropStage(session.db, stage).catch(() => undefined);
    }
    phases.merge = performance.now() - t;
    phases.total = performance.now() - started;
    deps.log.info({ importId, rows: rowsRead, phasesMs: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v)])) }, 'subjects import finished');
  });
}

/** Registers the import job handler. */
export function registerSubjectJobs(deps: Deps): void {
  deps.jobs.handle(IMPORT_QUEUE, async (payload, job) => {
    const { importId } = payload as { importId: string };
    await runImport(deps, importId, job.id);
  });
}

/** Writes already-checked subjects in batches of multi-row upserts (demo data; no history, no import record). */
export async function seedSubjectRows(tx: Db, drafts: readonly SubjectDraft[], at: Date): Promise<void> {
  for (let i = 0; i < drafts.length; i += IMPORT_BATCH) await repo.upsertSubjects(tx, drafts.slice(i, i + IMPORT_BATCH).map(toUpsert), null, null, at);
}
