import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { Actor } from '../../shared/domain/access';
import { vndWithWords, type SanctioningTitle } from '../../shared/domain/sanctions';
import { stageGeneratedDocument } from '../documents';
import { canUploadFile, discardStaged, insertStagedFile, loadReadableFile, stageUpload, type StagedFile, type UploadPart } from '../files';
import { findAgency, type AgencyRow } from '../orgs';
import { agencyHeader } from '../petitions';
import { canManageSanction } from './sanctions.policy';
import * as repo from './sanctions.repository';
import { loadReadable } from './sanctions.service';

const TEMPLATE = 'sanction.decision';

/** The signer's title as printed under the decision (ND 30 Phụ lục I, II.7), from the sanctioning title. */
const PRINTED_TITLE: Record<SanctioningTitle, string> = {
  thanh_tra_vien: 'Thanh tra viên',
  chanh_thanh_tra_so: 'Chánh Thanh tra',
  truong_doan_tt_chuyen_nganh_cap_so: 'Trưởng đoàn thanh tra',
  chanh_thanh_tra_tong_cuc_cuc: 'Chánh Thanh tra',
  chanh_thanh_tra_tinh: 'Chánh Thanh tra',
  truong_doan_tt_chuyen_nganh_cap_bo: 'Trưởng đoàn thanh tra',
  chanh_thanh_tra_bo: 'Chánh Thanh tra',
  chanh_thanh_tra_bqp_bca_nhnn: 'Chánh Thanh tra',
  truong_doan_kiem_tra_chuyen_nganh: 'Trưởng đoàn kiểm tra',
};

const FORM_LABEL: Record<string, string> = { licence_withdrawal: 'Tước quyền sử dụng giấy phép, chứng chỉ hành nghề có thời hạn', activity_suspension: 'Đình chỉ hoạt động có thời hạn', confiscation: 'Tịch thu tang vật, phương tiện vi phạm hành chính' };
const longDate = (iso: string) => `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;

/** The decision as it is recorded by the `decide` step (Art 68(1)). */
export interface DecisionContent {
  decidedOn: string;
  signerName: string;
  signerTitle: SanctioningTitle;
  powerBasis: string;
  forms: string[];
  fineAmount: number | null;
  additionalPenalties: string[];
  remedialMeasures: string[];
  aggravating: string[];
  mitigating: string[];
  executionDays: number;
  paymentPlace?: string;
}

/**
 * Issues the sanctioning decision inside the caller's transaction: the next number of the agency's yearly series of
 * sanction decisions (ND 30/2020 Art 15(1)) and the decision date, laid out by the shared document engine (template
 * `sanction.decision`, ND 30/2020 layout) as PDF and DOCX, stored as files of the agency and recorded. The staged
 * blobs are pushed to `staged` so the caller removes them if the transaction fails.
 */
export async function issueDecision(tx: Db, deps: Deps, actor: Actor, c: repo.CaseRow, d: DecisionContent, staged: StagedFile[]) {
  const agency = (await findAgency(tx, c.agencyId))!;
  const year = Number(d.decidedOn.slice(0, 4));
  const seq = await repo.nextDocumentSeq(tx, agency.id, year);
  const printed = PRINTED_TITLE[d.signerTitle];
  const header = await agencyHeader(tx, agency, d.signerName);
  const isOrg = c.violatorKind === 'organisation';
  const details = [
    ...(c.taxCode ? [`Mã số thuế: ${c.taxCode}`] : []),
    ...(c.violatorIdNo ? [`${isOrg ? 'Giấy chứng nhận đăng ký' : 'Số định danh cá nhân'}: ${c.violatorIdNo}`] : []),
    ...(c.violatorAddress ? [`${isOrg ? 'Địa chỉ trụ sở' : 'Nơi cư trú'}: ${c.violatorAddress}`] : []),
  ];
  const main = d.forms.includes('fine') && d.fineAmount !== null ? `Phạt tiền ${vndWithWords(d.fineAmount)}` : 'Cảnh cáo';
  const additional = [...d.forms.filter((f) => FORM_LABEL[f]).map((f) => FORM_LABEL[f]!), ...d.additionalPenalties];
  const data = {
    ...header,
    signer: { title: printed, name: d.signerName },
    number: seq,
    date: d.decidedOn,
    recipients: ['Kho bạc Nhà nước nơi thu tiền phạt'],
    authority: printed === 'Thanh tra viên' || printed.startsWith('Trưởng đoàn') ? `${printed} ${agency.name}` : `Chánh ${agency.name}`,
    extraBasis: [`Căn cứ ${c.legalProvision}`, `Căn cứ ${d.powerBasis} về thẩm quyền xử phạt`],
    recordRef: `Biên bản vi phạm hành chính số ${c.recordNo ?? '…'} lập ${c.recordOn ? longDate(c.recordOn) : '…'}`,
    violator: { kind: c.violatorKind as 'individual' | 'organisation', name: c.violatorName, details },
    violations: [`${c.act}, quy định tại ${c.legalProvision}`],
    aggravating: d.aggravating,
    mitigating: d.mitigating,
    mainPenalty: main,
    additionalPenalties: additional,
    remedialMeasures: d.remedialMeasures,
    executionDays: d.executionDays,
    paymentPlace: d.paymentPlace ?? 'Kho bạc Nhà nước hoặc chuyển vào tài khoản của Kho bạc Nhà nước (có thể nộp qua Cổng Dịch vụ công quốc gia)',
  };
  const at = deps.clock.now();
  const pdf = await stageGeneratedDocument(deps, { template: TEMPLATE, data, format: 'pdf' });
  staged.push(pdf.staged);
  const docx = await stageGeneratedDocument(deps, { template: TEMPLATE, data, format: 'docx' });
  staged.push(docx.staged);
  const files = [];
  for (const g of [pdf, docx]) files.push(await insertStagedFile(tx, g.staged, { agencyId: agency.id, confidentiality: g.confidentiality }, actor.userId, at));
  const row = await repo.insertDocument(tx, { caseId: c.id, agencyId: agency.id, kind: 'sanction_decision', templateId: TEMPLATE, year, seq, numberText: pdf.rendered.document.number, issuedOn: d.decidedOn, pdfFileId: files[0]!.id, docxFileId: files[1]!.id, createdBy: actor.userId, createdAt: at });
  return { row, files };
}

/** Runs `work` (which issues documents) in a transaction; the staged files are removed when it fails. */
export async function withStagedDocuments<T>(deps: Deps, work: (tx: Db, staged: StagedFile[]) => Promise<T>): Promise<T> {
  const staged: StagedFile[] = [];
  try {
    return await deps.db.transaction((tx) => work(tx, staged));
  } catch (err) {
    await Promise.all(staged.map((s) => discardStaged(deps, s)));
    throw err;
  }
}

/** The file of a decision (PDF, DOCX or the signed original), checked by the files module's scope rules. */
export async function documentFile(deps: Deps, actor: Actor, caseId: string, documentId: string, format: 'pdf' | 'docx' | 'signed') {
  await loadReadable(deps, actor, caseId);
  const doc = await repo.findDocument(deps.db, caseId, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  const fileId = format === 'pdf' ? doc.pdfFileId : format === 'docx' ? doc.docxFileId : doc.signedFileId;
  if (!fileId) throw notFound('Văn bản chưa có bản đã ký.');
  return loadReadableFile(deps, actor, fileId);
}

/** Records the signed original (scan or digitally signed PDF) of the decision: it becomes the record; audited. */
export async function uploadSigned(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, documentId: string, part: UploadPart | undefined) {
  const found = await loadReadable(deps, actor, caseId);
  const agency = (await findAgency(deps.db, found.sanction.agencyId)) as AgencyRow;
  if (!canManageSanction(actor, found.agencyPath) || !canUploadFile(actor, agency)) throw forbidden('Bạn không có quyền cập nhật bản ký của văn bản này.');
  const doc = await repo.findDocument(deps.db, caseId, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  if (doc.status !== 'draft') throw conflict('Văn bản đã có bản ký; không thể tải lên lần nữa.', 'document_already_signed');
  if (!part) throw badRequest('Vui lòng chọn tệp PDF bản đã ký (trường "file").', 'file_required');
  const staged = await stageUpload(deps, part);
  try {
    if (staged.type.extension !== 'pdf') throw new AppError(415, 'signed_not_pdf', 'Bản đã ký phải là tệp PDF (bản quét hoặc bản ký số).');
    const at = deps.clock.now();
    return await deps.db.transaction(async (tx) => {
      const file = await insertStagedFile(tx, staged, { agencyId: agency.id, confidentiality: 'normal' }, actor.userId, at);
      const row = await repo.markSigned(tx, doc.id, { signedFileId: file.id, signedBy: actor.userId, signedAt: at });
      if (!row) throw conflict('Văn bản đã có bản ký; không thể tải lên lần nữa.', 'document_already_signed');
      await repo.insertEvents(tx, [{ caseId, at, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: 'document_signed', note: `Cập nhật bản ký Quyết định xử phạt ${doc.numberText.replace(/^Số:\s*/u, 'số ')}` }]);
      await recordAudit(tx, ctx, { action: 'sanction.document_signed', entityType: 'sanction_case', entityId: caseId, agencyId: agency.id, after: { documentId: doc.id, number: doc.numberText, fileId: file.id, sha256: file.sha256, size: file.size } }, at);
      return { id: row.id, status: row.status };
    });
  } catch (err) {
    await discardStaged(deps, staged);
    throw err;
  }
}
