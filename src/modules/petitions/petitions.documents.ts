import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { Actor } from '../../shared/domain/access';
import { getTemplate, type Audience } from '../../shared/domain/documents';
import { DOCUMENT_LABELS_VI, machineOf, REASON_CODES, type DocumentId, type MachineId, type ReasonCode } from '../../shared/domain/petitions/lifecycle';
import { findProvince } from '../admin-units';
import { stageGeneratedDocument } from '../documents';
import { canUploadFile, discardStaged, insertStagedFile, loadReadableFile, stageUpload, type StagedFile, type UploadPart } from '../files';
import { findAgency, type AgencyRow } from '../orgs';
import { IdentityVault } from './identity-vault';
import { kindOf, needRoute, person, received, ref, summaryOf, type Built, type StepFacts } from './petitions.documents.facts';
import * as docsRepo from './petitions.documents.repository';
import { CASE_STEP_TEMPLATES } from './petitions.documents.steps';
import { canReadLetter, canRegisterAt, identityAccess } from './petitions.policy';
import * as repo from './petitions.repository';

const reasonsOf = (codes: readonly string[]) => codes.map((c) => REASON_CODES[c as ReasonCode]).filter(Boolean).map((r) => `${r!.labelVi} (${r!.basis})`);

export type { StepFacts } from './petitions.documents.facts';

/**
 * The template and data of each step document (spec §8.4) the lifecycle tables name, from the letter and case data.
 * A document addressed to the sender names him only when the actor may see the identity (otherwise the register
 * number stands in); a document for the accused never receives a sender field (the template refuses it: SEC-5).
 */
export const STEP_TEMPLATES: Partial<Record<DocumentId, (f: StepFacts) => Built>> = {
  transfer_slip: (f) => {
    const to = needRoute(f);
    const denunciation = kindOf(f.letter) === 'denunciation';
    // SEC-4: the denouncer's identity travels as a confidential enclosure, never printed in the slip.
    const filer = !denunciation && f.filer ? { filer: person(f) } : {};
    const enclosure = denunciation ? 'đơn tố cáo và tài liệu kèm theo; thông tin về người tố cáo được chuyển kèm theo chế độ mật (Điều 47 Luật Tố cáo)' : 'đơn và tài liệu kèm theo';
    return { templateId: 'petition.transfer_slip', recipient: to.name, namesFiler: !!filer.filer, data: { kind: kindOf(f.letter), ...filer, ...received(f.letter), competentBody: to.name, enclosure } };
  },
  denunciation_transfer_notice: (f) => {
    const to = needRoute(f);
    const slip = ref(f, 'transfer_slip');
    return {
      templateId: 'petition.denunciation_transfer_notice',
      recipient: 'Người tố cáo',
      namesFiler: !!f.filer,
      data: { denouncer: person(f), ...received(f.letter), competentBody: to.name, ...(slip ? { transferRef: `${slip.number.replace(/^Số:\s*/u, 'số ')} ngày ${slip.date.split('-').reverse().join('/')}` } : {}) },
    };
  },
  guidance_letter: (f) => {
    const to = needRoute(f);
    return { templateId: 'petition.guidance_letter', recipient: 'Người gửi đơn', namesFiler: !!f.filer, data: { kind: kindOf(f.letter), filer: person(f), ...received(f.letter), competentBody: to.name, ...(f.reason ? { reason: f.reason } : {}) } };
  },
  return_letter: (f) => {
    const to = f.routeTo?.name ?? f.letter.transferredFrom;
    if (!to) throw conflict('Không rõ cơ quan đã chuyển đơn đến để trả lại (Thông tư 07/2014/TT-TTCP, khoản 2 Điều 8).', 'transferor_unknown');
    // SEC-4: as in the transfer slip, a denouncer is never printed in a letter to another body.
    const named = !!f.filer && kindOf(f.letter) !== 'denunciation';
    return {
      templateId: 'petition.return_letter',
      recipient: to,
      namesFiler: named,
      data: { kind: kindOf(f.letter), transferor: to, ...(named ? { filer: person(f) } : {}), ...received(f.letter), reason: f.reason ?? 'nội dung đơn không thuộc thẩm quyền giải quyết theo quy định của pháp luật' },
    };
  },
  acceptance_proposal: (f) => ({
    templateId: 'petition.acceptance_proposal',
    recipient: f.headTitle,
    namesFiler: false,
    data: {
      kind: kindOf(f.letter),
      head: `${f.headTitle} ${f.agency.name}`,
      unit: f.agency.name,
      receivedDate: f.letter.receivedOn,
      registerNo: f.letter.registerNo,
      letterSummary: summaryOf(f.letter),
      ...(f.letter.respondentName ? { respondent: f.letter.respondentName } : {}),
      signer: { title: 'Người đề xuất', name: f.actorName },
    },
  }),
  complaint_acceptance_notice: (f) => ({
    templateId: 'petition.complaint_acceptance_notice',
    recipient: 'Người khiếu nại',
    namesFiler: !!f.filer,
    data: {
      complainant: person(f),
      ...received(f.letter),
      instance: f.caseRow?.machine.endsWith('second') ? 'second' : 'first',
      resolver: `${f.headTitle} ${f.agency.name}`,
      acceptanceDate: f.caseRow?.acceptedOn ?? f.letter.receivedOn,
      // LKN 2011 Art 28 (first instance) / Art 37 (second): 30 days from acceptance, at most 45 for a complex case.
      resolutionDays: f.caseRow?.machine.endsWith('second') ? 45 : 30,
    },
  }),
  complaint_non_acceptance_notice: (f) => nonAcceptance(f, 'complaint'),
  denunciation_non_acceptance_notice: (f) => nonAcceptance(f, 'denunciation'),
  denunciation_acceptance_decision: (f) => ({
    templateId: 'petition.denunciation_acceptance_decision',
    recipient: null,
    namesFiler: false,
    data: {
      authority: `${f.headTitle} ${f.agency.name}`,
      receivedDate: f.letter.receivedOn,
      accused: f.letter.respondentName ?? 'người bị tố cáo',
      contents: [f.letter.title],
      executors: [f.headTitle, f.letter.respondentName ?? 'Người bị tố cáo'],
    },
  }),
  denunciation_acceptance_notice: (f) => ({
    templateId: 'petition.denunciation_acceptance_notice',
    recipient: 'Người tố cáo',
    namesFiler: !!f.filer,
    data: { denouncer: person(f), receivedDate: f.letter.receivedOn, ...(f.letter.letterDate ? { letterDate: f.letter.letterDate } : {}), resolver: `${f.headTitle} ${f.agency.name}`, decision: needDecision(f), accused: f.letter.respondentName ?? 'người bị tố cáo', contents: [f.letter.title] },
  }),
  // Addressed to the accused: no sender field at all (LTC 2018 Art 8(3); the template's audience check refuses one).
  denunciation_content_notice: (f) => ({
    templateId: 'petition.denunciation_content_notice',
    recipient: f.letter.respondentName ?? 'Người bị tố cáo',
    namesFiler: false,
    data: { accused: { name: f.letter.respondentName ?? 'Người bị tố cáo' }, resolver: `${f.headTitle} ${f.agency.name}`, decision: needDecision(f), contents: [f.letter.title] },
  }),
  ...CASE_STEP_TEMPLATES,
};

function needDecision(f: StepFacts) {
  const d = ref(f, 'denunciation_acceptance_decision');
  if (!d) throw conflict('Cần lập Quyết định thụ lý tố cáo trước (Luật Tố cáo 2018, Điều 29).', 'decision_missing');
  return { number: d.number.replace(/^Số:\s*/u, ''), date: d.date };
}

function nonAcceptance(f: StepFacts, kind: 'complaint' | 'denunciation'): Built {
  const reasons = f.reason ? [f.reason] : [];
  return { templateId: 'petition.non_acceptance_notice', recipient: kind === 'complaint' ? 'Người khiếu nại' : 'Người tố cáo', namesFiler: !!f.filer, data: { kind, filer: person(f), ...received(f.letter), reasons: reasons.length ? reasons : ['Không đủ điều kiện thụ lý theo quy định của pháp luật'] } };
}

/** True when the platform can generate the step document `kind`. */
export const hasStepTemplate = (kind: string): kind is DocumentId => Object.prototype.hasOwnProperty.call(STEP_TEMPLATES, kind);

/** The head's title printed as the signer: inspectorates are headed by a Chánh Thanh tra, people's committees by a Chủ tịch. */
export function headTitleOf(agency: AgencyRow): string {
  if (agency.kind.endsWith('inspectorate')) return 'Chánh Thanh tra';
  if (agency.kind.endsWith('people_committee')) return 'Chủ tịch';
  return 'Thủ trưởng cơ quan';
}

/** The issuer's abbreviation (ký hiệu, ND 30 Phụ lục III): its short name when it is one, else the initials of its name. */
export function issuerCode(agency: Pick<AgencyRow, 'name' | 'shortName'>): string {
  const short = agency.shortName?.trim();
  if (short && /^[\p{L}\d]+(?:[-.][\p{L}\d]+)*$/u.test(short) && short.length <= 30) return short;
  const initials = agency.name
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toLocaleUpperCase('vi'))
    .join('')
    .replace(/[^\p{L}\d]/gu, '');
  return initials.slice(0, 12) || 'CQ';
}

/**
 * The header of a document the agency issues, signed by its head: the issuer with its parent body (ND 30/2020 Phụ
 * lục I), the place (the province's name) and the signer. Shared by step documents and reception notices.
 */
export async function agencyHeader(db: Db, agency: AgencyRow, headName: string) {
  const province = agency.provinceCode ? await findProvince(db, agency.provinceCode) : undefined;
  const parent = agency.parentId ? await findAgency(db, agency.parentId) : undefined;
  return {
    issuer: { ...(parent ? { parentName: parent.name } : {}), name: agency.name, shortCode: issuerCode(agency) },
    place: province?.name ?? 'Hà Nội',
    signer: { title: headTitleOf(agency), name: headName || 'Người có thẩm quyền' },
  };
}

/** Today in Vietnam (UTC+7). */
const vnToday = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** The letter the actor may read, with its agency row. */
async function loadLetter(db: Db, actor: Actor, letterId: string) {
  const found = await repo.findLetter(db, letterId);
  if (!found || !canReadLetter(actor, { agencyPath: found.agencyPath })) throw notFound('Không tìm thấy đơn.');
  const agency = (await findAgency(db, found.letter.agencyId))!;
  return { letter: found.letter, agency };
}

/** The sender as a document may print him: only when the actor may see or reveal the identity (SEC-2); null = masked. */
async function filerFor(deps: Deps, actor: Actor, letter: repo.LetterRow, agency: AgencyRow) {
  const access = identityAccess(actor, { agencyPath: agency.path, identityProtected: letter.identityProtected, createdBy: letter.createdBy });
  if (access === 'hidden') return { filer: null, access };
  const [first] = await repo.listIdentities(deps.db, letter.id);
  if (!first) return { filer: null, access };
  const p = new IdentityVault(deps.config).open(first.sealed);
  return { filer: { name: `Ông (bà) ${p.fullName}`, ...(p.address ? { address: p.address } : {}) }, access };
}

/**
 * What the earlier steps of the letter or case recorded that its documents print: the labels and articles of the
 * reason codes of the latest step that had some, the days of the latest extension (T11, LTC Art 30(1)) and whether the
 * resolver decided without the complainant, who was absent from the dialogue (K19/K19a, LKN Art 30).
 */
async function stepRecord(db: Db, letterId: string, caseId: string | null) {
  const events = (await repo.listEvents(db, letterId)).filter((e) => e.caseId === caseId);
  const payloads = events.map((e) => e.payload as { reasonCode?: string; reasonCodes?: string[]; extensionDays?: number } | null);
  const coded = payloads.filter((p) => p?.reasonCode || p?.reasonCodes?.length).at(-1);
  const extension = events.filter((e) => e.event === 'extend').map((e) => (e.payload as { extensionDays?: number } | null)?.extensionDays).at(-1);
  return {
    reasons: coded ? reasonsOf([...(coded.reasonCode ? [coded.reasonCode] : []), ...(coded.reasonCodes ?? [])]) : [],
    ...(typeof extension === 'number' ? { extensionDays: extension } : {}),
    complainantAbsent: events.some((e) => e.event === 'decide_complainant_absent'),
  };
}

/** Everything a step's documents are made of, for `issueStepDocuments`. */
export async function stepFacts(deps: Deps, actor: Actor, ctx: AuditContext, letterId: string, extra: { caseId?: string | null; routeTo?: StepFacts['routeTo']; reason?: string } = {}) {
  const { letter, agency } = await loadLetter(deps.db, actor, letterId);
  const cases = await repo.listCases(deps.db, letterId);
  const caseRow = extra.caseId ? cases.find((c) => c.id === extra.caseId) : undefined;
  if (extra.caseId && !caseRow) throw notFound('Không tìm thấy vụ việc của đơn này.');
  const [{ filer, access }, docs, transfers, signers] = await Promise.all([filerFor(deps, actor, letter, agency), docsRepo.listDocuments(deps.db, letterId), docsRepo.listTransfers(deps.db, letterId), docsRepo.listSigners(deps.db, agency.id)]);
  const earlier = new Map(docs.map((d) => [d.documentKind, { numberText: d.numberText, issuedOn: d.issuedOn }]));
  const lastOut = transfers.filter((t) => t.transfer.fromLetterId === letterId).at(-1);
  const routeTo = extra.routeTo ?? (lastOut ? { name: lastOut.transfer.toName, address: lastOut.transfer.toAddress } : undefined);
  // Without a typed reason, the reason codes of the step (e.g. non-acceptance under LKN Art 11) are printed with their articles.
  const { reasons: coded, ...recorded } = await stepRecord(deps.db, letterId, extra.caseId ?? null);
  const reason = extra.reason ?? (coded.length ? coded.join('; ') : undefined);
  const facts: StepFacts = { letter, agency, caseRow, routeTo, reason, filer, earlier, ...recorded, headName: signers[0]?.name ?? ctx.actorName ?? '', headTitle: headTitleOf(agency), actorName: ctx.actorName ?? '' };
  return { facts, access };
}

/**
 * Issues the documents of a step inside the caller's transaction: each gets the next number of the agency's yearly
 * series (ND 30/2020 Art 15(1)) and today's date, is laid out as PDF and DOCX (staged in the BlobStore: the caller
 * discards `staged` if the transaction fails), stored as files of the agency, recorded, put on the timeline and
 * audited — never with the data (it may name a denouncer, SEC-6). A document naming a protected denouncer counts as
 * a reveal and is audited as one.
 */
export async function issueStepDocuments(tx: Db, deps: Deps, ctx: AuditContext, actor: Actor, facts: StepFacts, access: string, kinds: DocumentId[], staged: StagedFile[]) {
  const issued: docsRepo.DocumentRow[] = [];
  const at = deps.clock.now();
  const today = vnToday(at);
  const year = Number(today.slice(0, 4));
  const fixed = await agencyHeader(tx, facts.agency, facts.headName);
  for (const kind of kinds) {
    const make = STEP_TEMPLATES[kind];
    if (!make) throw badRequest(`Chưa có mẫu cho văn bản "${DOCUMENT_LABELS_VI[kind] ?? kind}".`, 'no_step_template');
    const built = make(facts);
    const seq = await docsRepo.nextDocumentSeq(tx, facts.agency.id, year);
    // The officer's choice of signer (head or deputy, KT.) and place overrides the agency's defaults.
    const header = { ...fixed, ...(facts.place ? { place: facts.place } : {}), ...(facts.signer ? { signer: facts.signer } : {}), number: seq, date: today, recipients: [] };
    const data = { ...header, ...built.data };
    const confidentiality = built.namesFiler && facts.letter.identityProtected ? ('confidential' as const) : undefined;
    const pdf = await stageGeneratedDocument(deps, { template: built.templateId, data, format: 'pdf', confidentiality });
    staged.push(pdf.staged);
    const docx = await stageGeneratedDocument(deps, { template: built.templateId, data, format: 'docx', confidentiality });
    staged.push(docx.staged);
    const files = [];
    for (const g of [pdf, docx]) files.push(await insertStagedFile(tx, g.staged, { agencyId: facts.agency.id, confidentiality: g.confidentiality }, actor.userId, at));
    const row = await docsRepo.insertDocument(tx, {
      letterId: facts.letter.id,
      caseId: facts.caseRow?.id ?? null,
      agencyId: facts.agency.id,
      documentKind: kind,
      templateId: built.templateId,
      audience: getTemplate(built.templateId).audience,
      year,
      seq,
      numberText: pdf.rendered.document.number,
      issuedOn: today,
      subject: `${pdf.rendered.document.meta.title} — ${pdf.rendered.document.summary}`,
      recipient: built.recipient,
      namesFiler: built.namesFiler,
      pdfFileId: files[0]!.id,
      docxFileId: files[1]!.id,
      createdBy: actor.userId,
      createdAt: at,
    });
    facts.earlier.set(kind, { numberText: row.numberText, issuedOn: row.issuedOn });
    await repo.insertEvents(tx, [{ letterId: facts.letter.id, caseId: row.caseId, at, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: 'document_generate', note: `Lập ${pdf.rendered.document.meta.title} ${row.numberText.replace(/^Số:\s*/u, 'số ')}`, public: false, payload: { documentId: row.id, kind } }]);
    await recordAudit(tx, ctx, { action: 'petition.document_generate', entityType: 'petition', entityId: facts.letter.id, agencyId: facts.agency.id, after: { documentId: row.id, kind, template: built.templateId, number: row.numberText, files: files.map((f) => ({ id: f.id, sha256: f.sha256, confidentiality: f.confidentiality })), namesFiler: built.namesFiler } }, at);
    if (built.namesFiler && access === 'reveal') {
      await recordAudit(tx, ctx, { action: 'petition.identity_reveal', entityType: 'petition', entityId: facts.letter.id, agencyId: facts.agency.id, after: { purpose: `Lập văn bản ${row.numberText}`, people: 1 } }, at);
    }
    issued.push(row);
  }
  return issued;
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

/** Notices addressed to the denouncer: only for a known one (anonymous information has nobody to notify, LTC 2018 Art 25). */
const TO_DENOUNCER = new Set<DocumentId>(['denunciation_transfer_notice', 'conclusion_notice_to_denouncer', 'no_reresolution_notice']);

/** The step documents the letter's history names (each event's transition: its document and the ones issued with it). */
export async function availableDocuments(db: Db, letterId: string) {
  const [events, cases, found] = await Promise.all([repo.listEvents(db, letterId), repo.listCases(db, letterId), repo.findLetter(db, letterId)]);
  // The notice of transfer goes to a known denouncer only (LTC 2018 Art 24(2); anonymous information: Art 25).
  const notifiable = !!found && kindOf(found.letter) === 'denunciation' && found.letter.authorType !== 'anonymous';
  const machineOfCase = new Map(cases.map((c) => [c.id, c.machine as MachineId]));
  const out: { kind: DocumentId; caseId: string | null; label: string; step: string }[] = [];
  for (const e of events) {
    const machine = e.caseId ? machineOfCase.get(e.caseId) : 'letter';
    if (!machine) continue;
    const t = machineOf(machine).transitions.find((x) => x.event === e.event && (x.to === null || x.to === e.toState));
    for (const kind of [t?.document, ...(t?.alsoDocuments ?? [])]) {
      if (kind && TO_DENOUNCER.has(kind) && !notifiable) continue;
      if (kind && hasStepTemplate(kind) && !out.some((o) => o.kind === kind && o.caseId === e.caseId)) out.push({ kind, caseId: e.caseId, label: DOCUMENT_LABELS_VI[kind], step: t!.labelVi });
    }
  }
  return out;
}

function presentDocument(d: docsRepo.DocumentRow) {
  return {
    id: d.id,
    caseId: d.caseId,
    kind: d.documentKind,
    label: DOCUMENT_LABELS_VI[d.documentKind as DocumentId] ?? d.documentKind,
    templateId: d.templateId,
    audience: d.audience as Audience,
    number: d.numberText,
    issuedOn: d.issuedOn,
    subject: d.subject,
    recipient: d.recipient,
    namesFiler: d.namesFiler,
    status: d.status as 'draft' | 'signed',
    signedAt: d.signedAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  };
}

/** The documents of a letter and those its history allows to generate. */
export async function listLetterDocuments(deps: Deps, actor: Actor, letterId: string) {
  const { agency } = await loadLetter(deps.db, actor, letterId);
  const [docs, available, signers, province] = await Promise.all([
    docsRepo.listDocuments(deps.db, letterId),
    availableDocuments(deps.db, letterId),
    docsRepo.listSigners(deps.db, agency.id),
    agency.provinceCode ? findProvince(deps.db, agency.provinceCode) : undefined,
  ]);
  return { items: docs.map(presentDocument), available, signing: { headTitle: headTitleOf(agency), signers, defaultPlace: province?.name ?? 'Hà Nội' } };
}

/**
 * The signer and place the officer chose for a document (ND 30 Phụ lục I, II.4 địa danh; II.7 chức vụ, họ tên người
 * ký): the signer must hold the head role at the letter's agency (the head signs as such; a deputy signs "KT." for
 * the head); the place is a name of letters. Nothing chosen: the first head and the province name.
 */
export async function chooseSigner(db: Db, agency: AgencyRow, input: { signerUserId?: string; signAs?: 'head' | 'deputy'; place?: string }) {
  const out: Pick<StepFacts, 'signer' | 'place'> = {};
  if (input.place !== undefined) {
    const place = input.place.trim().replace(/\s+/gu, ' ');
    if (!/^\p{L}[\p{L}\p{M} .'-]{1,99}$/u.test(place)) throw badRequest('Địa danh chỉ gồm chữ (ví dụ "Đắk Lắk", "Hà Nội"), từ 2 đến 100 ký tự (Nghị định 30/2020/NĐ-CP, Phụ lục I).', 'invalid_place');
    out.place = place;
  }
  if (input.signerUserId !== undefined || input.signAs !== undefined) {
    const signers = await docsRepo.listSigners(db, agency.id);
    const chosen = input.signerUserId ? signers.find((s) => s.userId === input.signerUserId) : signers[0];
    if (!chosen) throw badRequest('Người ký phải là lãnh đạo (người đứng đầu hoặc cấp phó) của cơ quan ban hành văn bản.', 'invalid_signer');
    const head = headTitleOf(agency);
    out.signer = input.signAs === 'deputy' ? { authority: 'KT.', principal: head, title: `Phó ${head}`, name: chosen.name } : { title: head, name: chosen.name };
  }
  return out;
}

/** Generates one document a step of the letter's history names (e.g. the acceptance notice after acceptance). */
export async function generateLetterDocument(
  deps: Deps,
  ctx: AuditContext,
  actor: Actor,
  letterId: string,
  input: { kind: string; caseId?: string | null; reason?: string; signerUserId?: string; signAs?: 'head' | 'deputy'; place?: string },
) {
  const { facts, access } = await stepFacts(deps, actor, ctx, letterId, { caseId: input.caseId ?? null, reason: input.reason });
  if (!canUploadFile(actor, facts.agency)) throw forbidden('Bạn không có quyền lập văn bản cho cơ quan này.');
  Object.assign(facts, await chooseSigner(deps.db, facts.agency, input));
  const allowed = await availableDocuments(deps.db, letterId);
  const wanted = allowed.find((a) => a.kind === input.kind && a.caseId === (input.caseId ?? null));
  if (!wanted) throw conflict('Văn bản này không thuộc bước xử lý nào đã thực hiện đối với đơn (vụ việc).', 'document_not_available');
  const [row] = await withStagedDocuments(deps, (tx, staged) => issueStepDocuments(tx, deps, ctx, actor, facts, access, [wanted.kind], staged));
  return presentDocument(row!);
}

/** The file of a document (PDF, DOCX or the signed original), checked by the files module's scope and secrecy rules. */
export async function documentFile(deps: Deps, actor: Actor, letterId: string, documentId: string, format: 'pdf' | 'docx' | 'signed') {
  await loadLetter(deps.db, actor, letterId);
  const doc = await docsRepo.findDocument(deps.db, letterId, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  const fileId = format === 'pdf' ? doc.pdfFileId : format === 'docx' ? doc.docxFileId : doc.signedFileId;
  if (!fileId) throw notFound('Văn bản chưa có bản đã ký.');
  return loadReadableFile(deps, actor, fileId);
}

/**
 * Records the signed original (a scanned or digitally signed PDF) of a draft: it becomes the record (status
 * 'signed'). The actor must be able to register at the letter's agency (văn thư, reception, head); the file is
 * streamed through the files module's size limit and content sniffing, and must really be a PDF.
 */
export async function uploadSigned(deps: Deps, ctx: AuditContext, actor: Actor, letterId: string, documentId: string, part: UploadPart | undefined) {
  const { letter, agency } = await loadLetter(deps.db, actor, letterId);
  const doc = await docsRepo.findDocument(deps.db, letterId, documentId);
  if (!doc) throw notFound('Không tìm thấy văn bản.');
  if (!canRegisterAt(actor, agency.path) || !canUploadFile(actor, agency)) throw forbidden('Bạn không có quyền cập nhật bản ký của văn bản này.');
  if (doc.status !== 'draft') throw conflict('Văn bản đã có bản ký; không thể tải lên lần nữa.', 'document_already_signed');
  if (!part) throw badRequest('Vui lòng chọn tệp PDF bản đã ký (trường "file").', 'file_required');
  const staged = await stageUpload(deps, part);
  try {
    if (staged.type.extension !== 'pdf') throw new AppError(415, 'signed_not_pdf', 'Bản đã ký phải là tệp PDF (bản quét hoặc bản ký số).');
    // The signed original is as secret as the generated one: a template that can name the sender of a denunciation
    // or of a protected letter keeps it under the secrecy regime (SEC-12), whether or not the name was printed.
    const secret = getTemplate(doc.templateId).carriesIdentity && (kindOf(letter) === 'denunciation' || letter.identityProtected);
    const at = deps.clock.now();
    return await deps.db.transaction(async (tx) => {
      const file = await insertStagedFile(tx, staged, { agencyId: agency.id, confidentiality: secret ? 'confidential' : 'normal' }, actor.userId, at);
      const row = await docsRepo.markSigned(tx, doc.id, { signedFileId: file.id, signedBy: actor.userId, signedAt: at });
      if (!row) throw conflict('Văn bản đã có bản ký; không thể tải lên lần nữa.', 'document_already_signed');
      await repo.insertEvents(tx, [{ letterId, caseId: doc.caseId, at, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: 'document_signed', note: `Cập nhật bản ký ${doc.numberText.replace(/^Số:\s*/u, 'số ')}`, public: false, payload: { documentId: doc.id } }]);
      await recordAudit(tx, ctx, { action: 'petition.document_signed', entityType: 'petition', entityId: letter.id, agencyId: agency.id, after: { documentId: doc.id, number: doc.numberText, fileId: file.id, sha256: file.sha256, size: file.size } }, at);
      return presentDocument(row);
    });
  } catch (err) {
    await discardStaged(deps, staged);
    throw err;
  }
}
