import type { Readable } from 'node:stream';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { conflict, forbidden, notFound } from '../../server/http/errors';
import type { INSPECTION_DOCUMENT_KINDS } from '../../shared/contracts/inspections-insdocs';
import type { Actor } from '../../shared/domain/access';
import { stageGeneratedDocument } from '../documents';
import { discardStaged, insertStagedFile, openFileContent, type StagedFile } from '../files';
import { findAgency, type AgencyRow } from '../orgs';
import { agencyHeader, findHeadName, headTitleOf } from '../petitions';
import { CHECK_BASIS_LABELS_VI, type CheckBasis } from '../../shared/domain/inspections/checks';
import { conclusionOf } from './inspections.conclusions';
import * as ins from './inspections-insdocs.repository';
import { KIND_LABEL } from './inspections.meetings';
import { canManageInspection, canRequestDocuments } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, vnToday } from './inspections.service';

type Kind = (typeof INSPECTION_DOCUMENT_KINDS)[number];
type Loaded = Awaited<ReturnType<typeof loadReadable>>;

export const DOCUMENT_LABELS: Record<Kind, string> = {
  decision: 'Quyết định thanh tra',
  announcement_minutes: 'Biên bản công bố quyết định thanh tra',
  information_request: 'Văn bản yêu cầu cung cấp thông tin, tài liệu',
  conclusion: 'Kết luận thanh tra',
  check_decision: 'Quyết định kiểm tra chuyên ngành',
  check_record: 'Biên bản kiểm tra',
};
const TEMPLATE_OF: Record<Kind, string> = { decision: 'inspection.decision', announcement_minutes: 'inspection.announcement_minutes', information_request: 'inspection.information_request', conclusion: 'inspection.conclusion', check_decision: 'check.decision', check_record: 'check.record' };
/** The kinds each case type issues: a specialised check has its decision, its record and the shared request letter. */
const KINDS_OF: Record<string, readonly Kind[]> = { inspection: ['decision', 'announcement_minutes', 'information_request', 'conclusion'], specialised_check: ['check_decision', 'information_request', 'check_record'] };
const REQUEST_WHAT: Record<string, string> = { documents: 'cung cấp thông tin, tài liệu', report: 'báo cáo bằng văn bản', explanation: 'giải trình' };
const TEAM_ROLE: Record<string, 'leader' | 'deputy' | 'member' | undefined> = { leader: 'leader', deputy_leader: 'deputy', member_inspector: 'member', member_non_inspector: 'member' };
/** The symbol of a conclusion as ND 30/2020 Phụ lục III writes it: "15/KL-TTT". */
const CONCLUSION_NO = /^(\d{1,6})\/KL-([\p{L}\d]+(?:[-.][\p{L}\d]+)*)$/u;

const lines = (text: string) =>
  text
    .split(/\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
const decisionRef = (c: Loaded['inspection']) => ({ ...(c.decisionNo ? { number: c.decisionNo } : {}), date: c.decisionDate });
const caseFields = (c: Loaded['inspection']) => ({ decision: decisionRef(c), subjectName: c.subjectName, inspectionTitle: c.title.replace(/^thanh tra\s+/iu, 'thanh tra ') });
const vnTime = (at: Date) => {
  const v = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${v.slice(11, 13)} giờ ${v.slice(14, 16)} ngày ${formatVn(v.slice(0, 10))}`;
};

/** Who may issue a kind: the decision and the conclusion are the decision-maker's; minutes and requests the team's (Art 41(1)). */
const mayIssue = (actor: Actor, found: Loaded, kind: Kind) =>
  kind === 'decision' || kind === 'conclusion' || kind === 'check_decision'
    ? canManageInspection(actor, found.agencyPath)
    : kind === 'check_record'
      ? canManageInspection(actor, found.agencyPath) || found.member?.role === 'leader'
      : canRequestDocuments(actor, found.agencyPath, found.member, found.inspection.caseType);

/**
 * The template data of a document from the case (without the header), or why it cannot be issued now. Every reason
 * names what to do or the article.
 */
async function dataOf(deps: Deps, found: Loaded, agency: AgencyRow, kind: Kind, sourceId: string | undefined, today: string): Promise<{ data: Record<string, unknown>; subject: string; sourceId: string | null; date: string; number?: { seq: null; text: string; n: number; code: string } } | { refused: string }> {
  const c = found.inspection;
  const authority = `${headTitleOf(agency)} ${agency.name}`;
  if (!(KINDS_OF[c.caseType] ?? []).includes(kind)) return { refused: c.caseType === 'specialised_check' ? 'Cuộc kiểm tra chuyên ngành không phát hành văn bản này (Nghị định 217/2025/NĐ-CP).' : 'Cuộc thanh tra không phát hành văn bản của kiểm tra chuyên ngành.' };
  if (kind === 'check_decision') return checkDecisionData(deps, c, authority, today);
  if (kind === 'check_record') return checkRecordData(deps, c, today);
  if (kind === 'decision') {
    if (c.decisionNo) return { refused: `Quyết định thanh tra đã có số ${c.decisionNo} (ban hành ngoài hệ thống); không cấp số thứ hai cho cùng quyết định (Nghị định 30/2020/NĐ-CP, Điều 15).` };
    if (c.decisionDate !== today) return { refused: `Quyết định ghi nhận ngày ${formatVn(c.decisionDate)}: văn bản phát hành từ hệ thống mang số và ngày của sổ văn bản, nên chỉ phát hành được trong ngày ký quyết định.` };
    const team = (await repo.listTeam(deps.db, c.id)).filter((t) => TEAM_ROLE[t.member.role]).map((t) => ({ name: t.fullName, role: TEAM_ROLE[t.member.role]! }));
    if (team.filter((t) => t.role === 'leader').length !== 1) return { refused: 'Cần cử Trưởng đoàn thanh tra trước khi phát hành quyết định (Luật Thanh tra 2025, Điều 26, Điều 27).' };
    const grounds = { planned: `Căn cứ Kế hoạch thanh tra năm ${c.decisionDate.slice(0, 4)} đã được phê duyệt`, ad_hoc: 'Căn cứ yêu cầu của công tác quản lý nhà nước và dấu hiệu vi phạm pháp luật cần thanh tra đột xuất', re_inspection: 'Căn cứ quy định về thanh tra lại tại Điều 25 Luật Thanh tra' }[c.origin as 'planned'] ?? 'Căn cứ yêu cầu của công tác quản lý nhà nước';
    const period = c.periodFrom && c.periodTo ? `từ ngày ${formatVn(c.periodFrom)} đến ngày ${formatVn(c.periodTo)}` : 'theo nội dung thanh tra';
    return {
      subject: c.title,
      sourceId: null,
      date: today,
      data: { authority, grounds: [grounds], topic: c.title.replace(/^thanh tra\s+/iu, ''), subject: [c.subjectName, c.subjectAddress].filter(Boolean).join(', '), content: lines(c.content), period, duration: { value: c.durationDays, unit: 'ngày' }, team, executors: ['Chánh Văn phòng', 'Đoàn thanh tra', c.subjectName] },
    };
  }
  if (kind === 'announcement_minutes') {
    const meetings = (await ins.listMeetings(deps.db, c.id)).map((r) => r.meeting).filter((m) => m.kind === 'announcement' && m.status === 'held');
    const m = sourceId ? meetings.find((x) => x.id === sourceId) : meetings[0];
    if (!m) return { refused: 'Cần ghi biên bản buổi công bố quyết định thanh tra trước (Luật Thanh tra 2025, điểm a khoản 2 Điều 21).' };
    const who = (k: string) => m.attendees.filter((a) => a.kind === k).map((a) => `${a.name}${a.position ? `, ${a.position}` : ''}`);
    const team = who('team');
    if (team.length === 0) return { refused: 'Buổi công bố chưa ghi thành viên Đoàn thanh tra tham dự.' };
    return {
      subject: m.title,
      sourceId: m.id,
      date: today,
      data: { ...caseFields(c), meetingTime: vnTime(m.startsAt), meetingPlace: [m.place, m.videoLink ? `trực tuyến tại ${m.videoLink}` : null].filter(Boolean).join('; '), teamAttendees: team, partyAttendees: who('party'), otherAttendees: who('other'), minutes: lines(m.minutesText ?? '') },
    };
  }
  if (kind === 'information_request') {
    const request = sourceId ? await repo.findRequest(deps.db, sourceId) : undefined;
    if (!request || request.caseId !== c.id) return { refused: 'Chọn yêu cầu cung cấp thông tin, tài liệu cần phát hành thành văn bản.' };
    return {
      subject: `Yêu cầu số ${request.seq}: ${request.title}`,
      sourceId: request.id,
      date: today,
      data: { ...caseFields(c), requester: 'Đoàn thanh tra', what: REQUEST_WHAT[request.kind] ?? REQUEST_WHAT.documents!, title: request.title, details: lines(request.details), dueDate: request.dueDate, basis: request.basis.replace(/\s*\(.*\)\s*$/u, ''), requestNo: request.seq },
    };
  }
  const k = await conclusionOf(deps, c.id);
  if (!k || k.status === 'draft' || !k.conclusionNo || !k.signedOn) return { refused: 'Kết luận thanh tra chưa được ký (Luật Thanh tra 2025, Điều 36): văn bản kết luận được phát hành sau bước ký.' };
  const no = CONCLUSION_NO.exec(k.conclusionNo);
  if (!no) return { refused: `Số kết luận đã ghi (${k.conclusionNo}) không theo dạng "số/KL-ký hiệu" (Nghị định 30/2020/NĐ-CP, Phụ lục III).` };
  return {
    subject: c.title,
    sourceId: null,
    date: k.signedOn,
    number: { seq: null, text: `Số: ${k.conclusionNo}`, n: Number(no[1]), code: no[2]! },
    data: { ...caseFields(c), authority, parts: k.parts.map((p) => ({ heading: p.heading, text: p.text })), ...(k.signerName ? { signer: { title: headTitleOf(agency), name: k.signerName } } : {}) },
  };
}

type Built = Awaited<ReturnType<typeof dataOf>>;
const CHECK_TEAM_ROLE: Record<string, 'leader' | 'deputy' | 'member' | undefined> = { leader: 'leader', deputy_leader: 'deputy', member_inspector: 'member', member_non_inspector: 'member' };

/** The check decision (NĐ 217 Art 11(3)): bases, scope and content, subject, duration, team — issued on its signing day. */
async function checkDecisionData(deps: Deps, c: Loaded['inspection'], authority: string, today: string): Promise<Built> {
  if (c.decisionNo) return { refused: `Quyết định kiểm tra đã có số ${c.decisionNo} (ban hành ngoài hệ thống); không cấp số thứ hai cho cùng quyết định (Nghị định 30/2020/NĐ-CP, Điều 15).` };
  if (c.decisionDate !== today) return { refused: `Quyết định ghi nhận ngày ${formatVn(c.decisionDate)}: văn bản phát hành từ hệ thống mang số và ngày của sổ văn bản, nên chỉ phát hành được trong ngày ký quyết định.` };
  const team = (await repo.listTeam(deps.db, c.id)).filter((t) => CHECK_TEAM_ROLE[t.member.role]).map((t) => ({ name: t.fullName, role: CHECK_TEAM_ROLE[t.member.role]! }));
  if (team.filter((t) => t.role === 'leader').length !== 1) return { refused: 'Cần cử Trưởng đoàn kiểm tra trước khi phát hành quyết định (Nghị định 217/2025/NĐ-CP, điểm đ khoản 3 Điều 11, Điều 12).' };
  const facts = c.facts as Record<string, unknown>;
  const grounds = (c.checkBasis ?? []).map((b) => `Căn cứ ${(CHECK_BASIS_LABELS_VI[b as CheckBasis] ?? b).replace(/^./u, (x) => x.toLowerCase())}`);
  if (typeof facts.basisDetails === 'string') grounds.push(`Căn cứ ${facts.basisDetails}`);
  return {
    subject: c.title,
    sourceId: null,
    date: today,
    data: { authority, grounds, topic: c.title.replace(/^kiểm tra\s+/iu, ''), subject: [c.subjectName, c.subjectAddress].filter(Boolean).join(', '), content: lines(c.content), duration: { value: c.durationDays, unit: 'ngày' }, team, executors: ['Đoàn kiểm tra', c.subjectName] },
  };
}

/** The check record (NĐ 217 Art 15(3)(a)) from the record step: team, content, results, opinion, signatures or witnessed refusal. */
async function checkRecordData(deps: Deps, c: Loaded['inspection'], today: string): Promise<Built> {
  const f = c.facts as Record<string, unknown>;
  if (typeof f.recordOn !== 'string') return { refused: 'Cần thực hiện bước "Lập biên bản kiểm tra" (chữ ký của đối tượng hoặc người chứng kiến) trước khi phát hành biên bản (Nghị định 217/2025/NĐ-CP, điểm a khoản 3 Điều 15).' };
  const team = (await repo.listTeam(deps.db, c.id)).filter((t) => CHECK_TEAM_ROLE[t.member.role]).map((t) => `${t.fullName}, ${t.member.role === 'leader' ? 'Trưởng đoàn' : t.member.role === 'deputy_leader' ? 'Phó Trưởng đoàn' : 'thành viên'}`);
  return {
    subject: `Biên bản kiểm tra — ${c.subjectName}`,
    sourceId: null,
    date: today,
    data: {
      decision: decisionRef(c),
      checkTitle: c.title,
      subjectName: c.subjectName,
      recordDate: f.recordOn,
      team: team.length ? team : ['Đoàn kiểm tra'],
      content: lines(c.content),
      results: lines(String(f.recordSummary ?? '')),
      subjectOpinion: typeof f.subjectOpinion === 'string' ? lines(f.subjectOpinion) : [],
      signedBySubject: f.recordSignedBySubject === true,
      ...(typeof f.witnessName === 'string' ? { witness: f.witnessName } : {}),
    },
  };
}

const presentDocument = (d: ins.InspectionDocumentRow) => ({ id: d.id, kind: d.kind, label: DOCUMENT_LABELS[d.kind as Kind] ?? d.kind, number: d.numberText, issuedOn: d.issuedOn, subject: d.subject, partyVisible: d.partyVisible, pdfFileId: d.pdfFileId, docxFileId: d.docxFileId, createdAt: d.createdAt.toISOString() });

/** The case's documents, and each kind the officer may issue now with its sources (requests, meetings) or why not. */
export async function listDocuments(deps: Deps, actor: Actor, caseId: string) {
  const found = await loadReadable(deps, actor, caseId);
  const agency = (await findAgency(deps.db, found.inspection.agencyId))!;
  const today = vnToday(deps.clock.now());
  const requests = (await repo.listRequests(deps.db, caseId)).map((r) => ({ id: r.request.id, label: `Yêu cầu số ${r.request.seq}: ${r.request.title}` }));
  const meetings = (await ins.listMeetings(deps.db, caseId)).filter((r) => r.meeting.kind === 'announcement' && r.meeting.status === 'held').map((r) => ({ id: r.meeting.id, label: `${KIND_LABEL.announcement} — ${formatVn(r.meeting.heldOn ?? today)}` }));
  const available = [];
  for (const kind of KINDS_OF[found.inspection.caseType] ?? KINDS_OF.inspection!) {
    const sourceIds = kind === 'information_request' ? requests : kind === 'announcement_minutes' ? meetings : [];
    let blockedBy: string | null = mayIssue(actor, found, kind) ? null : 'Bạn không có thẩm quyền phát hành văn bản này.';
    if (!blockedBy) {
      const d = await dataOf(deps, found, agency, kind, sourceIds[0]?.id, today);
      if ('refused' in d) blockedBy = d.refused;
    }
    available.push({ kind, label: DOCUMENT_LABELS[kind], sourceIds, blockedBy });
  }
  return { items: (await ins.listDocuments(deps.db, caseId)).map(presentDocument), available };
}

/**
 * Issues a document from the case data: the next number of the agency's yearly series shared with the petitions'
 * documents (ND 30/2020 Art 15(1)) — the conclusion keeps the number it was signed with —, laid out as PDF and DOCX
 * (ND 30 layout, the shared document engine), stored as files of the agency, recorded, on the timeline (shown to the
 * party when addressed to it) and audited, in one transaction. Issuing the decision records its number on the case.
 */
export async function issueDocument(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: { kind: Kind; sourceId?: string }) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!mayIssue(actor, found, input.kind)) throw forbidden(input.kind === 'decision' || input.kind === 'conclusion' ? 'Chỉ người ra quyết định thanh tra phát hành văn bản này (Luật Thanh tra 2025, Điều 26, Điều 36).' : 'Chỉ người ra quyết định, Trưởng đoàn và thành viên là thanh tra viên phát hành văn bản này (Luật Thanh tra 2025, khoản 1 Điều 41).');
  const agency = (await findAgency(deps.db, c.agencyId))!;
  const now = deps.clock.now();
  const today = vnToday(now);
  const built = await dataOf(deps, found, agency, input.kind, input.sourceId, today);
  if ('refused' in built) throw conflict(built.refused, 'document_not_available');
  const header = await agencyHeader(deps.db, agency, (await findHeadName(deps.db, agency.id)) ?? c.signerName ?? '');
  const staged: StagedFile[] = [];
  try {
    return await deps.db.transaction(async (tx) => {
      const year = Number(built.date.slice(0, 4));
      const seq = built.number ? null : await ins.nextAgencyDocumentSeq(tx, agency.id, year);
      const issuer = built.number ? { ...header.issuer, shortCode: built.number.code } : header.issuer;
      const data = { ...header, issuer, number: built.number?.n ?? seq!, date: built.date, recipients: [], ...built.data };
      const pdf = await stageGeneratedDocument(deps, { template: TEMPLATE_OF[input.kind], data, format: 'pdf' });
      staged.push(pdf.staged);
      const docx = await stageGeneratedDocument(deps, { template: TEMPLATE_OF[input.kind], data, format: 'docx' });
      staged.push(docx.staged);
      const pdfFile = await insertStagedFile(tx, pdf.staged, { agencyId: agency.id, confidentiality: pdf.confidentiality }, actor.userId, now);
      const docxFile = await insertStagedFile(tx, docx.staged, { agencyId: agency.id, confidentiality: docx.confidentiality }, actor.userId, now);
      const numberText = built.number?.text ?? pdf.rendered.document.number;
      const row = await ins.insertDocument(tx, { caseId, agencyId: agency.id, kind: input.kind, templateId: TEMPLATE_OF[input.kind], sourceId: built.sourceId, year, seq, numberText, issuedOn: built.date, subject: built.subject, partyVisible: true, pdfFileId: pdfFile.id, docxFileId: docxFile.id, createdBy: actor.userId, createdAt: now });
      if (input.kind === 'decision' || input.kind === 'check_decision') await repo.updateCase(tx, caseId, { decisionNo: numberText.replace(/^Số:\s*/u, '') });
      await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'document_issued', partyVisible: row.partyVisible, note: `Phát hành ${DOCUMENT_LABELS[input.kind]} ${numberText.replace(/^Số:\s*/u, 'số ')} ngày ${formatVn(built.date)}` }]);
      await recordAudit(tx, ctx, { action: 'inspection.document_issued', entityType: 'inspection', entityId: caseId, agencyId: agency.id, after: { documentId: row.id, kind: input.kind, template: TEMPLATE_OF[input.kind], number: numberText, sourceId: built.sourceId, files: [pdfFile, docxFile].map((f) => ({ id: f.id, sha256: f.sha256 })) } }, now);
      return presentDocument(row);
    });
  } catch (err) {
    await Promise.all(staged.map((s) => discardStaged(deps, s)));
    throw err;
  }
}

/** The party's documents: those addressed to it. */
export async function listMyDocuments(deps: Deps, caseId: string) {
  return { items: (await ins.listDocuments(deps.db, caseId, true)).map(presentDocument), available: [] };
}

/** Opens a file of the case (answers, drafts, comments, minutes, documents) for its officers or, limited, its party; audited. */
export async function openCaseFile(deps: Deps, ctx: AuditContext, caseId: string, fileId: string, partyOnly: boolean): Promise<{ name: string; mimeType: string; size: number; stream: Readable }> {
  const file = await ins.findCaseFile(deps.db, caseId, fileId, partyOnly);
  if (!file) throw notFound('Không tìm thấy tệp.');
  if (file.confidentiality !== 'normal' && partyOnly) throw notFound('Không tìm thấy tệp.');
  return { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await openFileContent(deps, ctx, file) };
}
