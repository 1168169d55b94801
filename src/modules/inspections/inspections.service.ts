import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { AddTeamMemberRequest, CreateDocumentRequestRequest, CreateInspectionRequest, DeclareConflictRequest, DiaryEntryRequest, InspectionListQuery } from '../../shared/contracts/inspections';
import { can, scopesFor, type Actor } from '../../shared/domain/access';
import { computeInspectionDeadline, INSPECTION_CASE_MACHINE, ruleSetForInspection, SPECIALISED_CHECK_MACHINE } from '../../shared/domain/inspections';
import { checkView } from './inspections.checks';
import { addDays } from '../../shared/domain/calendar';
import { foldKey } from '../../shared/domain/text/vi';
import { getWorkingCalendar } from '../calendar';
import { notify } from '../notifications';
import { findItemWithPlan } from '../inspection-plans';
import { findAgency } from '../orgs';
import { findSubjectByTaxCode } from '../subjects';
import { findUserWithGrants } from '../users';
import { canManageInspection, canReadInspection, canRequestDocuments, canWriteDiary, requestRefusal, type Membership } from './inspections.policy';
import { conclusionOf } from './inspections.conclusions';
import * as repo from './inspections.repository';

/** Today's date in Vietnam (UTC+7). */
export const vnToday = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * The rule set of an inspection, fixed by the date its decision was issued and kept for its whole life
 * (ruleSetForInspection: Luật Thanh tra 2010 before 01/07/2023, 2022 before 01/07/2025, 84/2025 from then; Art 64).
 */
export const regimeOf = (decisionDate: string) => ruleSetForInspection(decisionDate).ruleSet;

/** The article that lets the team require documents of the inspected party, by rule set (spec §9). */
export const REQUEST_BASIS: Record<string, string> = {
  ltt_2025: 'Luật Thanh tra 2025, Điều 41 khoản 1 (đối tượng thanh tra có nghĩa vụ cung cấp kịp thời, đầy đủ, chính xác thông tin, tài liệu)',
  ltt_2022: 'Luật Thanh tra 2022, Điều 66 khoản 1 và Điều 83 khoản 1',
  ltt_2010: 'Luật Thanh tra 2010, Điều 47, 53 và 54',
  ktcn_2025: 'Nghị định 217/2025/NĐ-CP, khoản 1 Điều 8 và khoản 2 Điều 9 (đối tượng kiểm tra có nghĩa vụ cung cấp đầy đủ, kịp thời thông tin, tài liệu)',
};

/** A state in Vietnamese, from the machine's labels ("Đang thanh tra trực tiếp"). */
export const statusLabel = (status: string, caseType = 'inspection') => {
  const labels = (caseType === 'specialised_check' ? SPECIALISED_CHECK_MACHINE : INSPECTION_CASE_MACHINE).stateLabelsVi as Record<string, string>;
  const label: string = labels[status] ?? status;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

const ROLE_LABEL: Record<string, string> = { leader: 'Trưởng đoàn', deputy_leader: 'Phó Trưởng đoàn', member_inspector: 'Thành viên (thanh tra viên)', member_non_inspector: 'Thành viên', supervisor: 'Người giám sát' };
const REQUEST_KIND_LABEL: Record<string, string> = { documents: 'cung cấp thông tin, tài liệu', report: 'báo cáo bằng văn bản', explanation: 'giải trình' };

/** The officer's full name for the timeline (which the inspected party may see): never his username. */
export async function officerName(db: Db, actor: Actor): Promise<string> {
  return (await findUserWithGrants(db, actor.userId))?.user.fullName ?? 'Cán bộ';
}

/** Loads a case the actor may read, with his place on its team. */
export async function loadReadable(deps: Deps, actor: Actor, id: string) {
  const found = await repo.findCase(deps.db, id);
  if (!found) throw notFound('Không tìm thấy cuộc thanh tra.');
  const member: Membership = await repo.findMembership(deps.db, id, actor.userId);
  if (!canReadInspection(actor, found.agencyPath, member)) throw notFound('Không tìm thấy cuộc thanh tra.');
  return { ...found, member };
}

/** Records a decision to inspect (Art 26): numbered per agency and year, its rule set fixed by the decision date. */
export async function createCase(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateInspectionRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency) throw notFound('Không tìm thấy cơ quan.');
  if (!canManageInspection(actor, agency.path)) throw forbidden('Chỉ người có thẩm quyền ra quyết định thanh tra của cơ quan này mới được ghi nhận cuộc thanh tra (Luật Thanh tra 2025, Điều 26).');
  const now = deps.clock.now();
  if (input.decisionDate > vnToday(now)) throw badRequest('Ngày ký quyết định thanh tra không được sau ngày hôm nay.', 'future_date');
  if (input.periodFrom && input.periodTo && input.periodFrom > input.periodTo) throw badRequest('Thời kỳ thanh tra: ngày bắt đầu phải trước ngày kết thúc.', 'invalid_period');
  if (input.periodTo && input.periodTo > input.decisionDate) throw badRequest('Thời kỳ thanh tra là khoảng thời gian đã qua, phải kết thúc trước ngày ra quyết định.', 'invalid_period');
  const year = Number(input.decisionDate.slice(0, 4));
  const ruleSet = ruleSetForInspection(input.decisionDate);
  // A decision before 01/07/2023 stays under the 2010 law (Luật Thanh tra 2022, Art 118), whose procedure the platform
  // does not carry: refused before anything is written, with the article.
  if (!ruleSet.clocksConfigured) throw badRequest(`${ruleSet.explanation.join(' ')} Vui lòng lưu hồ sơ cuộc thanh tra này ngoài nền tảng.`, 'rule_set_not_supported');
  const regime = ruleSet.ruleSet;
  const link = await registryLinks(deps, actor, agency.id, input);
  return deps.db.transaction(async (tx) => {
    const seq = await repo.nextCaseSeq(tx, agency.id, year);
    const created = await repo.insertCase(tx, {
      agencyId: agency.id,
      caseYear: year,
      caseSeq: seq,
      caseNo: `${year}/TT-${String(seq).padStart(4, '0')}`,
      title: input.title,
      origin: input.origin,
      regime,
      subjectName: input.subjectName,
      subjectTaxCode: input.subjectTaxCode ?? null,
      subjectAddress: input.subjectAddress ?? null,
      subjectId: link.subjectId,
      planItemId: link.planItemId,
      content: input.content,
      periodFrom: input.periodFrom ?? null,
      periodTo: input.periodTo ?? null,
      decisionNo: input.decisionNo ?? null,
      decisionDate: input.decisionDate,
      signerName: input.signerName ?? null,
      durationDays: input.durationDays,
      status: 'decided',
      provinceCode: input.provinceCode ?? agency.provinceCode ?? null,
      searchText: foldKey([input.title, input.subjectName, input.subjectTaxCode ?? '', input.decisionNo ?? '', input.content].join(' ')),
      createdBy: actor.userId,
    });
    await repo.insertEvents(tx, [{ caseId: created.id, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'decide', toState: 'decided', partyVisible: true, note: `Quyết định thanh tra${input.decisionNo ? ` số ${input.decisionNo}` : ''} ngày ${formatVn(input.decisionDate)}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.create', entityType: 'inspection', entityId: created.id, agencyId: agency.id, after: { caseNo: created.caseNo, regime, origin: input.origin, subjectName: input.subjectName, decisionNo: input.decisionNo ?? null, decisionDate: input.decisionDate } }, now);
    return created;
  });
}

/**
 * The registry links of a new decision: the plan item it carries out (an issued plan of the same agency; origin
 * 'planned', Art 2(4)) and the managed subject — the item's, or the one whose tax code the decision names, when the
 * officer may read it (subjects.read scope).
 */
async function registryLinks(deps: Deps, actor: Actor, agencyId: string, input: z.infer<typeof CreateInspectionRequest>) {
  let subjectId: string | null = null;
  let planItemId: string | null = null;
  if (input.planItemId) {
    const found = await findItemWithPlan(deps.db, input.planItemId);
    if (!found || found.plan.agencyId !== agencyId) throw badRequest('Mục kế hoạch không thuộc kế hoạch thanh tra của cơ quan này.', 'invalid_plan_item');
    if (!['issued', 'distributed', 'amended'].includes(found.plan.status)) throw badRequest('Kế hoạch thanh tra chưa được ban hành.', 'plan_not_issued');
    if (input.origin !== 'planned') throw badRequest('Cuộc thanh tra theo mục kế hoạch phải là thanh tra theo kế hoạch.', 'invalid_origin');
    planItemId = found.item.id;
    subjectId = found.item.subjectId;
  }
  if (!subjectId && input.subjectTaxCode) {
    const s = await findSubjectByTaxCode(deps.db, input.subjectTaxCode);
    if (s && can(actor, 'subjects.read', { agencyPath: s.agencyPath })) subjectId = s.id;
  }
  return { subjectId, planItemId };
}

/** dd/mm/yyyy */
export const formatVn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The list fields of a case (the party's view keeps what its schema names). */
export function summary(row: { inspection: repo.CaseRow; agencyName: string; openRequests?: number }) {
  const c = row.inspection;
  return {
    id: c.id,
    caseType: c.caseType as 'inspection' | 'specialised_check',
    agencyId: c.agencyId,
    agencyName: row.agencyName,
    caseNo: c.caseNo,
    title: c.title,
    origin: c.origin as 'planned' | 'ad_hoc' | 're_inspection',
    regime: c.regime,
    subjectName: c.subjectName,
    decisionNo: c.decisionNo,
    decisionDate: c.decisionDate,
    status: c.status,
    statusLabel: statusLabel(c.status, c.caseType),
    openRequests: Number(row.openRequests ?? 0),
  };
}

/** Inspections the actor may see: his agencies' (inspections.read scope) and those whose team he is on. */
export async function listCases(deps: Deps, actor: Actor, q: z.infer<typeof InspectionListQuery>) {
  const scopes = scopesFor(actor, 'inspections.read');
  const memberUserId = q.member === 'me' ? actor.userId : q.member;
  const today = vnToday(deps.clock.now());
  const deadline = q.deadline === 'overdue' ? { before: today } : q.deadline === 'due_soon' ? { from: today, to: addDays(today, q.dueWithinDays ?? 7) } : undefined;
  const { rows, total } = await repo.listCases(deps.db, {
    scopes: q.member === 'me' ? [] : scopes,
    memberUserId,
    status: q.status,
    caseType: q.caseType,
    searchFold: q.q ? foldKey(q.q) : undefined,
    origin: q.origin,
    agencyId: q.agencyId,
    year: q.year,
    subjectId: q.subjectId,
    subject: q.subject ? { raw: q.subject, fold: foldKey(q.subject) } : undefined,
    provinceCode: q.provinceCode,
    deadline,
    limit: q.limit,
    offset: q.offset,
  });
  return { items: rows.map(summary), total };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** A case's requests as the officer and the party see them (overdue: open past its due date). */
export async function presentRequests(deps: Deps, caseId: string) {
  const today = vnToday(deps.clock.now());
  return (await repo.listRequests(deps.db, caseId)).map(({ request: r, answers }) => ({
    id: r.id,
    seq: r.seq,
    kind: r.kind as 'documents' | 'report' | 'explanation',
    title: r.title,
    details: r.details,
    basis: r.basis,
    dueDate: r.dueDate,
    requestedByName: r.requestedByName,
    requestedAt: r.requestedAt.toISOString(),
    status: r.status,
    overdue: r.status === 'open' && r.dueDate < today,
    answers: answers.map(({ answer: a, files }) => ({ id: a.id, at: a.at.toISOString(), authorName: a.authorName, text: a.text, files: files.map((f) => ({ id: f.id, name: f.originalName, size: f.size, mimeType: f.mimeType })) })),
  }));
}

export const presentEvents = (rows: Awaited<ReturnType<typeof repo.listEvents>>) => rows.map((e) => ({ at: e.at.toISOString(), actorLabel: e.actorLabel, event: e.event, note: e.note, partyVisible: e.partyVisible }));

/** The case page: decision, team with conflict declarations, the inspected party's accounts, requests and answers, timeline. */
export async function getCase(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps, actor, id);
  const c = found.inspection;
  const [team, parties, requests, events, calendar, deadlines] = [await repo.listTeam(deps.db, id), await repo.listParties(deps.db, id), await presentRequests(deps, id), await repo.listEvents(deps.db, id), await getWorkingCalendar(deps.db), await repo.listDeadlines(deps.db, id)];
  const today = vnToday(deps.clock.now());
  // The announcement's time limit (TL-07): ≤ 15 days after the decision under Luật 84/2025 Art 26(4). Under the 2022
  // law it is counted back from the start of direct inspection (Art 59(3)), which the case does not know in advance.
  // A specialised check is announced when it is carried out (NĐ 217 Art 11(4)): no announcement time limit.
  const isCheck = c.caseType === 'specialised_check';
  const announce = isCheck ? null : computeInspectionDeadline({ clockId: 'DECISION_ANNOUNCE', startDate: c.decisionDate, ruleDate: c.decisionDate }, calendar);
  const due = announce && announce.status === 'deadline' && announce.direction === 'after' && announce.dueDate ? { date: announce.dueDate, basis: announce.basis } : null;
  const manage = canManageInspection(actor, found.agencyPath);
  return {
    ...summary({ inspection: c, agencyName: found.agencyName, openRequests: requests.filter((r) => r.status === 'open').length }),
    subjectTaxCode: c.subjectTaxCode,
    subjectId: c.subjectId,
    planItemId: c.planItemId,
    subjectAddress: c.subjectAddress,
    content: c.content,
    periodFrom: c.periodFrom,
    periodTo: c.periodTo,
    signerName: c.signerName,
    durationDays: c.durationDays,
    announcedOn: c.announcedOn,
    announcementDue: due ? { ...due, late: (c.announcedOn ?? today) > due.date } : null,
    conclusion: await conclusionOf(deps, id),
    deadlines: deadlines.map((d) => ({ clockId: d.clockId, startDate: d.startDate, dueDate: d.dueDate, unit: d.unit, length: d.length, basis: d.basis, toVerify: d.toVerify, status: d.status, closedOn: d.closedOn, explanation: d.explanation, overdue: d.status === 'running' && d.dueDate < today })),
    team: team.map(({ member: m, fullName }) => ({ id: m.id, userId: m.userId, fullName, role: m.role as 'leader', coiDeclaredAt: iso(m.coiDeclaredAt), coiHasConflict: m.coiHasConflict, coiStatement: m.coiStatement })),
    parties: parties.map(({ party: p, fullName }) => ({ id: p.id, fullName, email: p.email, position: p.position, status: p.status, invitedAt: p.invitedAt.toISOString(), activatedAt: iso(p.activatedAt) })),
    requests,
    timeline: presentEvents(events),
    can: { manage, request: canRequestDocuments(actor, found.agencyPath, found.member, c.caseType) && requestRefusal(c.status, c.caseType) === null, diary: canWriteDiary(found.member) },
    check: isCheck ? await checkView(deps, c) : null,
  };
}

/** The decision-maker puts an officer on the team (Art 27); the member must then declare his conflicts of interest. */
export async function addTeamMember(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof AddTeamMemberRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const isCheck = found.inspection.caseType === 'specialised_check';
  if (!canManageInspection(actor, found.agencyPath)) throw forbidden(isCheck ? 'Chỉ người ra quyết định kiểm tra mới thành lập, thay đổi Đoàn kiểm tra (Nghị định 217/2025/NĐ-CP, khoản 3 Điều 11, Điều 12).' : 'Chỉ người ra quyết định thanh tra mới thành lập, thay đổi Đoàn thanh tra (Luật Thanh tra 2025, Điều 27).');
  if (['closed', 'terminated'].includes(found.inspection.status)) throw badRequest(isCheck ? 'Cuộc kiểm tra đã kết thúc.' : 'Cuộc thanh tra đã kết thúc.', 'wrong_state');
  // A check team is a leader, an optional deputy and members; NĐ 217 has no supervisor (Art 12(1)).
  if (isCheck && input.role === 'supervisor') throw badRequest('Đoàn kiểm tra chuyên ngành gồm Trưởng đoàn, Phó Trưởng đoàn (nếu có) và các thành viên; không có người giám sát (Nghị định 217/2025/NĐ-CP, khoản 1 Điều 12).', 'invalid_role');
  const user = await findUserWithGrants(deps.db, input.userId);
  if (!user || user.user.status !== 'active' || user.user.kind !== 'officer') throw badRequest('Người được chọn không phải cán bộ đang hoạt động.', 'invalid_member');
  const team = await repo.listTeam(deps.db, caseId);
  if (input.role === 'leader' && team.some((t) => t.member.role === 'leader')) throw badRequest(isCheck ? 'Đoàn kiểm tra đã có Trưởng đoàn.' : 'Đoàn thanh tra đã có Trưởng đoàn.', 'leader_exists');
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const added = await repo.insertTeamMember(tx, { caseId, userId: input.userId, role: input.role });
    if (!added) throw badRequest(isCheck ? 'Cán bộ này đã ở trong Đoàn kiểm tra.' : 'Cán bộ này đã ở trong Đoàn thanh tra.', 'already_member');
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'team_add', note: `${ROLE_LABEL[input.role]}: ${user.user.fullName}`, partyVisible: input.role === 'leader' }]);
    await recordAudit(tx, ctx, { action: 'inspection.team_add', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, after: { userId: input.userId, role: input.role } }, now);
    await notify(deps, tx, { userIds: [input.userId], kind: 'inspection.team', title: `Anh/chị được cử vào Đoàn ${isCheck ? 'kiểm tra' : 'thanh tra'} ${found.inspection.caseNo}`, body: `${ROLE_LABEL[input.role]} — ${found.inspection.title}. Vui lòng kê khai xung đột lợi ích trước khi thực hiện nhiệm vụ.`, link: `/inspections/${caseId}`, entity: { type: 'inspection', id: caseId }, agencyId: found.inspection.agencyId, dedupeKey: `inspection-team:${added.id}` });
    return added;
  });
}

/** A team member declares whether he has a conflict of interest with the inspected party (spec §7.3; PCTN 2018 Art 23). */
export async function declareConflict(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof DeclareConflictRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const team = await repo.listTeam(deps.db, caseId);
  const mine = team.find((t) => t.member.userId === actor.userId);
  if (!mine) throw forbidden('Chỉ thành viên Đoàn thanh tra kê khai xung đột lợi ích của mình.');
  if (input.hasConflict && !input.statement) throw badRequest('Vui lòng nêu rõ quan hệ, lợi ích có thể gây xung đột.', 'statement_required');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.declareConflict(tx, mine.member.id, { coiHasConflict: input.hasConflict, coiStatement: input.statement ?? null, coiDeclaredAt: now, status: input.hasConflict ? 'conflict_declared' : 'active' });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: mine.fullName, event: 'coi_declared', note: input.hasConflict ? 'Kê khai: có xung đột lợi ích — chờ người ra quyết định xem xét thay đổi thành viên' : 'Kê khai: không có xung đột lợi ích', partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.coi_declared', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, after: { memberId: mine.member.id, hasConflict: input.hasConflict } }, now);
  });
}

/** Appends to the team's diary (append-only: entries are never edited; a correction is a new entry). */
export async function writeDiary(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof DiaryEntryRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  if (!canWriteDiary(found.member)) throw forbidden('Chỉ thành viên Đoàn thanh tra ghi nhật ký Đoàn.');
  if (input.day > vnToday(deps.clock.now())) throw badRequest('Không ghi nhật ký cho ngày chưa đến.', 'future_date');
  if (input.day < found.inspection.decisionDate) throw badRequest('Ngày ghi nhật ký không được trước ngày ra quyết định thanh tra.', 'invalid_date');
  const now = deps.clock.now();
  const user = await findUserWithGrants(deps.db, actor.userId);
  return deps.db.transaction(async (tx) => {
    const entry = await repo.insertDiary(tx, { caseId, authorUserId: actor.userId, authorName: user?.user.fullName ?? '', at: now, day: input.day, text: input.text });
    await recordAudit(tx, ctx, { action: 'inspection.diary', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, after: { entryId: entry.id, day: input.day } }, now);
    return entry;
  });
}

export async function listDiary(deps: Deps, actor: Actor, caseId: string) {
  await loadReadable(deps, actor, caseId);
  return { items: (await repo.listDiary(deps.db, caseId)).map((d) => ({ id: d.id, day: d.day, at: d.at.toISOString(), authorName: d.authorName, text: d.text })) };
}

/** Party accounts of a case (to notify them). */
async function partyUserIds(db: Db, caseId: string) {
  return (await repo.listParties(db, caseId)).filter((p) => p.party.status === 'active').map((p) => p.party.userId);
}

/**
 * A request to the inspected party for information, documents, a report or an explanation (Art 41(1)), with its due
 * date (the law sets none: the request states it, spec §9) and its legal basis; the party's accounts are notified.
 */
export async function createRequest(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof CreateDocumentRequestRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canRequestDocuments(actor, found.agencyPath, found.member, c.caseType)) throw forbidden(c.caseType === 'specialised_check' ? 'Chỉ người ra quyết định kiểm tra và thành viên Đoàn kiểm tra được yêu cầu đối tượng kiểm tra cung cấp thông tin, tài liệu (Nghị định 217/2025/NĐ-CP, khoản 1 Điều 8).' : 'Chỉ người ra quyết định, Trưởng đoàn và thành viên là thanh tra viên được yêu cầu đối tượng thanh tra cung cấp thông tin, tài liệu (Luật Thanh tra 2025, Điều 40 khoản 2, Điều 41 khoản 1).');
  const refused = requestRefusal(c.status, c.caseType);
  if (refused) throw badRequest(refused, 'wrong_state');
  const today = vnToday(deps.clock.now());
  if (input.dueDate < today) throw badRequest('Hạn cung cấp không được trước ngày hôm nay.', 'invalid_due_date');
  const now = deps.clock.now();
  const requester = await officerName(deps.db, actor);
  return deps.db.transaction(async (tx) => {
    const seq = await repo.nextRequestSeq(tx, caseId);
    const created = await repo.insertRequest(tx, { caseId, seq, kind: input.kind, title: input.title, details: input.details, basis: REQUEST_BASIS[c.regime] ?? REQUEST_BASIS.ltt_2025!, dueDate: input.dueDate, requestedBy: actor.userId, requestedByName: requester, requestedAt: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: requester, event: 'request', partyVisible: true, note: `Yêu cầu số ${seq} (${REQUEST_KIND_LABEL[input.kind]}): ${input.title} — hạn ${formatVn(input.dueDate)}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.request', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { requestId: created.id, seq, kind: input.kind, dueDate: input.dueDate } }, now);
    await notify(deps, tx, { userIds: await partyUserIds(tx, caseId), kind: 'inspection.request', title: `Yêu cầu ${REQUEST_KIND_LABEL[input.kind]} — ${c.caseNo}`, body: `${input.title}. Hạn: ${formatVn(input.dueDate)}. Căn cứ: ${created.basis}.`, link: `/doi-tuong/${caseId}`, entity: { type: 'inspection_request', id: created.id }, agencyId: c.agencyId, dedupeKey: `inspection-request:${created.id}` });
    return created;
  });
}

/** The requester's side closes a request once what was asked has been received. */
export async function closeRequest(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, requestId: string) {
  const found = await loadReadable(deps, actor, caseId);
  if (!canRequestDocuments(actor, found.agencyPath, found.member, found.inspection.caseType)) throw forbidden();
  const request = await repo.findRequest(deps.db, requestId);
  if (!request || request.caseId !== caseId) throw notFound('Không tìm thấy yêu cầu.');
  if (request.status === 'closed') throw badRequest('Yêu cầu đã được đóng.', 'wrong_state');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateRequest(tx, requestId, { status: 'closed', closedAt: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'request_closed', partyVisible: true, note: `Đã nhận đủ theo yêu cầu số ${request.seq}` }]);
    await recordAudit(tx, ctx, { action: 'inspection.request_closed', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, after: { requestId } }, now);
  });
}
