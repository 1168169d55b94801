import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { CreateCheckRequest, InspectionActionRequest } from '../../shared/contracts/inspections';
import type { Actor } from '../../shared/domain/access';
import { RULE_SET_LABELS_VI, ruleSetForCheck, SPECIALISED_CHECK_MACHINE, specialisedCheckEngine, InspectionRuleError, type CheckAuthority, type InspectionFacts, type InspectionPayload, type InspectionRole, type SpecialisedCheckState } from '../../shared/domain/inspections';
import { CHECK_BASIS_ARTICLE, CHECK_BASIS_LABELS_VI, CHECK_DURATION_CAPS, checkAuthorityOfAgencyKind, checkDurationRefusal, checkExtensionCap, computeCheckDuration, type CheckBasis, type CheckDurationInput } from '../../shared/domain/inspections/checks';
import { nd217 } from '../../shared/domain/inspections/citations';
import { foldKey } from '../../shared/domain/text/vi';
import { getWorkingCalendar } from '../calendar';
import { findAgency } from '../orgs';
import { canManageInspection } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, vnToday } from './inspections.service';

type Loaded = Awaited<ReturnType<typeof loadReadable>>;
type Facts = Record<string, string | number | boolean>;

/**
 * Records a specialised check decision (NĐ 217/2025 Art 11): only by the head of an agency the decree lets check (Art 6:
 * a ministry, a provincial department, a People's Committee — never an inspectorate), through the machine's `decide`
 * step (bases of Art 11(2)), the duration within the cap of Art 13(2), numbered in the agency's own check series per
 * year ("2026/KT-0001"), its rule set fixed by the decision date (Art 18(1), 19). One transaction with timeline and audit.
 */
export async function createCheck(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateCheckRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency) throw notFound('Không tìm thấy cơ quan.');
  if (!canManageInspection(actor, agency.path)) throw forbidden(`Chỉ người có thẩm quyền kiểm tra chuyên ngành của cơ quan này mới ban hành quyết định kiểm tra (${nd217('Điều 6; khoản 1 Điều 11')}).`);
  const authority = checkAuthorityOfAgencyKind(agency.kind);
  if (!authority) throw forbidden(`${agency.name} không có thẩm quyền kiểm tra chuyên ngành: thẩm quyền này thuộc Bộ trưởng, người đứng đầu đơn vị thuộc bộ, Chủ tịch Ủy ban nhân dân và người đứng đầu cơ quan chuyên môn (${nd217('Điều 6')}); cơ quan thanh tra tiến hành thanh tra.`);
  const now = deps.clock.now();
  if (input.decisionDate > vnToday(now)) throw badRequest('Ngày ký quyết định kiểm tra không được sau ngày hôm nay.', 'future_date');
  const rs = ruleSetForCheck(input.decisionDate);
  // Checks decided before the decree continue under the rules of their time (Art 19): the platform has no procedure for them.
  if (rs.ruleSet !== 'ktcn_2025') throw badRequest(`${rs.explanation[0]} Nền tảng chỉ theo dõi cuộc kiểm tra có quyết định từ ngày ${formatVn('2025-08-05')}.`, 'rule_set_not_configured');
  const over = checkDurationRefusal(authority.authority, input.decisionDate, input.durationDays);
  if (over) throw badRequest(over, 'duration_over_cap');
  if (input.bases.includes('thematic_check_plan') && !input.basisDetails) throw badRequest(`Vui lòng ghi số, ngày của kế hoạch kiểm tra chuyên đề làm căn cứ (${nd217('điểm c khoản 2 Điều 11; điểm a khoản 2 Điều 7')}).`, 'basis_details_required');
  const decided = specialisedCheckEngine.apply(null, 'decide', { roles: ['check_decision_maker'], ruleSet: rs.ruleSet, facts: { bodyValid: true }, payload: { checkBasis: input.bases } });
  if (!decided.ok) throw badRequest(`${decided.messageVi} (${decided.basis})`, decided.code.toLowerCase());
  const year = Number(input.decisionDate.slice(0, 4));
  const bases = [...new Set(input.bases)];
  const facts: Facts = { caughtInTheAct: input.caughtInTheAct ?? false, ...(input.basisDetails ? { basisDetails: input.basisDetails } : {}) };
  return deps.db.transaction(async (tx) => {
    const seq = await repo.nextCaseSeq(tx, agency.id, year, 'specialised_check');
    const created = await repo.insertCase(tx, {
      agencyId: agency.id,
      caseType: 'specialised_check',
      checkAuthority: authority.authority,
      checkBasis: bases,
      caseYear: year,
      caseSeq: seq,
      caseNo: `${year}/KT-${String(seq).padStart(4, '0')}`,
      title: input.title,
      origin: bases.includes('thematic_check_plan') ? 'planned' : 'ad_hoc',
      regime: rs.ruleSet,
      subjectName: input.subjectName,
      subjectTaxCode: input.subjectTaxCode ?? null,
      subjectAddress: input.subjectAddress ?? null,
      content: input.content,
      decisionNo: input.decisionNo ?? null,
      decisionDate: input.decisionDate,
      signerName: input.signerName ?? null,
      durationDays: input.durationDays,
      status: decided.to,
      facts,
      provinceCode: input.provinceCode ?? agency.provinceCode ?? null,
      searchText: foldKey([input.title, input.subjectName, input.subjectTaxCode ?? '', input.decisionNo ?? '', input.content, 'kiem tra chuyen nganh'].join(' ')),
      createdBy: actor.userId,
    });
    const note = `Quyết định kiểm tra chuyên ngành${input.decisionNo ? ` số ${input.decisionNo}` : ''} ngày ${formatVn(input.decisionDate)} — căn cứ: ${bases.map((b) => CHECK_BASIS_LABELS_VI[b].toLowerCase()).join('; ')} (${decided.transition.basis})`;
    await repo.insertEvents(tx, [{ caseId: created.id, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'decide', toState: decided.to, partyVisible: true, note }]);
    await recordAudit(tx, ctx, { action: 'specialised_check.create', entityType: 'inspection', entityId: created.id, agencyId: agency.id, after: { caseNo: created.caseNo, caseType: 'specialised_check', regime: rs.ruleSet, authority: authority.authority, bases, durationDays: input.durationDays, caughtInTheAct: input.caughtInTheAct ?? false, subjectName: input.subjectName, decisionNo: input.decisionNo ?? null, decisionDate: input.decisionDate } }, now);
    return created;
  });
}

/** What the case page shows of a check: its authority, tier and caps, bases and rule set, each with its article. */
export async function checkView(_deps: Deps, c: repo.CaseRow) {
  const authority = (c.checkAuthority ?? 'provincial_specialised_agency') as CheckAuthority;
  const tier = CHECK_TIER[authority];
  const rs = ruleSetForCheck(c.decisionDate);
  const facts = c.facts as Facts;
  return {
    authority,
    authorityLabel: AUTHORITY_LABEL[authority] ?? authority,
    authorityBasis: AUTHORITY_BASIS[authority] ?? nd217('Điều 6'),
    tier: tier ?? null,
    capDays: tier ? CHECK_DURATION_CAPS[tier].base : null,
    extensionCapDays: checkExtensionCap(authority) ?? null,
    bases: (c.checkBasis ?? []).map((b) => ({ id: b, label: CHECK_BASIS_LABELS_VI[b as CheckBasis] ?? b, basis: CHECK_BASIS_ARTICLE[b as CheckBasis] ?? nd217('khoản 2 Điều 11') })),
    ruleSetLabel: RULE_SET_LABELS_VI[rs.ruleSet],
    ruleSetExplanation: rs.explanation,
    caughtInTheAct: facts.caughtInTheAct === true,
    extensionsUsed: Number(facts.extensionsUsed ?? 0),
  };
}

const CHECK_TIER: Partial<Record<CheckAuthority, 'C1' | 'C2' | 'C3'>> = { ministry_unit: 'C1', provincial_specialised_agency: 'C2', commune_specialised_agency: 'C3' };
const AUTHORITY_LABEL: Partial<Record<CheckAuthority, string>> = {
  ministry_head: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  ministry_unit: 'Người đứng đầu đơn vị thuộc bộ',
  ministry_unit_branch: 'Chi cục trưởng thuộc đơn vị thuộc bộ',
  pc_chairman: 'Chủ tịch Ủy ban nhân dân',
  provincial_specialised_agency: 'Người đứng đầu cơ quan chuyên môn thuộc UBND cấp tỉnh',
  provincial_agency_branch: 'Chi cục trưởng thuộc cơ quan chuyên môn cấp tỉnh',
  commune_specialised_agency: 'Người đứng đầu cơ quan chuyên môn thuộc UBND cấp xã',
};
const AUTHORITY_BASIS: Partial<Record<CheckAuthority, string>> = {
  ministry_head: nd217('đoạn 1 khoản 1 Điều 6'),
  ministry_unit: nd217('đoạn 2 khoản 1 Điều 6'),
  ministry_unit_branch: nd217('đoạn 3 khoản 1 Điều 6'),
  pc_chairman: nd217('đoạn 1 khoản 2 Điều 6'),
  provincial_specialised_agency: nd217('đoạn 2 khoản 2 Điều 6'),
  provincial_agency_branch: nd217('đoạn 3 khoản 2 Điều 6'),
  commune_specialised_agency: nd217('đoạn 2 khoản 2 Điều 6'),
};

/** The roles of the check machine an officer holds on a check (added to those of the case; NĐ 217 Art 7, 8, 12). */
export function checkRolesOf(actor: Actor, found: Loaded): InspectionRole[] {
  const roles: InspectionRole[] = [];
  if (canManageInspection(actor, found.agencyPath)) roles.push('check_decision_maker');
  const role = found.member?.role;
  if (role === 'leader') roles.push('check_team_leader');
  else if (role && role !== 'supervisor') roles.push('check_team_member');
  return roles;
}

const ctxOf = (roles: InspectionRole[], ruleSet: string, facts: InspectionFacts, payload: InspectionPayload = {}) => ({ roles, ruleSet, facts, payload });

/** The check's steps leaving its state with what blocks each one now (reason and article). */
export function listCheckActions(found: Loaded, roles: InspectionRole[], facts: InspectionFacts) {
  const c = found.inspection;
  return specialisedCheckEngine
    .options(c.status as SpecialisedCheckState, ctxOf(roles, c.regime, facts))
    .filter((o) => o.transition.event !== 'decide' && (!o.transition.ruleSets || o.transition.ruleSets.includes(c.regime)))
    .map((o) => ({
      event: o.transition.event,
      label: o.transition.labelVi,
      to: o.transition.to,
      toLabel: o.transition.to ? SPECIALISED_CHECK_MACHINE.stateLabelsVi[o.transition.to] : null,
      basis: o.transition.basis,
      document: o.transition.document ?? null,
      blockedBy: o.blockedBy ? { code: o.blockedBy.code, message: o.blockedBy.messageVi, basis: o.blockedBy.basis } : null,
    }))
    // One entry per event (start_check has a planned and a caught-in-the-act row): the one the officer can take, else the first.
    .filter((a, _i, all) => {
      const same = all.filter((b) => b.event === a.event);
      return (same.find((b) => b.blockedBy === null) ?? same[0]) === a;
    });
}

interface Suspension {
  from: string;
  to?: string;
}
const suspensionsOf = (facts: Facts): Suspension[] => (typeof facts.suspensionsJson === 'string' ? (JSON.parse(facts.suspensionsJson) as Suspension[]) : []);

/** The duration input of a check from its stored facts (extension, suspensions), with what the step changes. */
function durationInput(c: repo.CaseRow, facts: Facts, today: string): CheckDurationInput {
  const ext = typeof facts.extensionOn === 'string' ? { decidedOn: facts.extensionOn, days: Number(facts.extensionDays), grounds: String(facts.extensionGrounds ?? '').split(',').filter(Boolean) as ('complex' | 'remote_area')[] } : undefined;
  return {
    authority: (c.checkAuthority ?? 'provincial_specialised_agency') as CheckAuthority,
    decisionDate: c.decisionDate,
    announcedOn: String(facts.announcedOn ?? c.announcedOn ?? c.decisionDate),
    durationDays: c.durationDays,
    ...(ext ? { extension: ext } : {}),
    suspensions: suspensionsOf(facts).map((s) => ({ from: s.from, ...(s.to ? { to: s.to } : {}), ground: 'force_majeure' as const })),
    today,
  };
}

/**
 * A step of a specialised check through specialisedCheckEngine (roles, rule set, guards with NĐ 217 articles), with
 * the check duration (KT-01/02, Art 13(2)) started at the announcement, paused and pushed back by suspensions,
 * extended once within the tier's cap, stopped by the check record or the termination; the check record's signatures
 * (Art 15(3)(a)); state, facts, clock, timeline and audit in one transaction.
 */
export async function applyCheckAction(deps: Deps, ctx: AuditContext, actor: Actor, found: Loaded, roles: InspectionRole[], facts: InspectionFacts, input: z.infer<typeof InspectionActionRequest>) {
  const c = found.inspection;
  const today = vnToday(deps.clock.now());
  const on = input.date ?? today;
  if (on > today) throw badRequest('Ngày thực hiện không được sau ngày hôm nay.', 'future_date');
  if (on < c.decisionDate) throw badRequest('Ngày thực hiện không được trước ngày ra quyết định kiểm tra.', 'invalid_date');
  const p = input.payload;
  const payload: InspectionPayload = { suspensionGround: p.suspensionGround, terminationGround: p.terminationGround, recordSignedBySubject: p.recordSignedBySubject, refusalWitnessed: p.refusalWitnessed, reasonText: p.reasonText };
  const result = specialisedCheckEngine.apply(c.status as SpecialisedCheckState, input.event, ctxOf(roles, c.regime, facts, payload));
  if (!result.ok) throw badRequest(`${result.messageVi} (${result.basis})`, result.code.toLowerCase());
  const stored = { ...(c.facts as Facts) };
  const sets: Facts = {};
  let clock: 'start' | 'recompute' | 'pause' | 'stop' | null = null;
  const calendar = await getWorkingCalendar(deps.db);
  const deadline = (await repo.listDeadlines(deps.db, c.id)).find((d) => d.clockId === 'CHECK_DURATION');
  switch (input.event) {
    case 'start_check':
      sets.announcedOn = on;
      clock = 'start';
      break;
    case 'suspend':
      sets.suspensionsJson = JSON.stringify([...suspensionsOf(stored), { from: on }]);
      sets.suspendedFrom = c.status;
      clock = 'pause';
      break;
    case 'resume': {
      const list = suspensionsOf(stored);
      const last = list[list.length - 1];
      if (!last || last.to) throw badRequest('Cuộc kiểm tra không ở trạng thái tạm dừng.', 'wrong_state');
      if (on < last.from) throw badRequest(`Ngày tiếp tục không được trước ngày tạm dừng (${formatVn(last.from)}).`, 'invalid_date');
      last.to = on;
      sets.suspensionsJson = JSON.stringify(list);
      clock = 'recompute';
      break;
    }
    case 'extend': {
      const days = p.extensionDays;
      const grounds = p.extensionGrounds ?? [];
      if (!days || grounds.length === 0) throw badRequest(`Gia hạn phải ghi số ngày và lý do: vụ việc phức tạp hoặc địa bàn đi lại khó khăn (${nd217('khoản 2 Điều 13')}).`, 'extension_details_required');
      if (deadline && on > deadline.dueDate) throw badRequest(`Thời hạn kiểm tra đã hết ngày ${formatVn(deadline.dueDate)}: chỉ gia hạn trước khi hết thời hạn (${nd217('khoản 2 Điều 13')}).`, 'duration_expired');
      sets.extensionOn = on;
      sets.extensionDays = days;
      sets.extensionGrounds = grounds.join(',');
      sets.extensionsUsed = Number(stored.extensionsUsed ?? 0) + 1;
      clock = 'recompute';
      break;
    }
    case 'record_check':
      if (p.refusalWitnessed && !p.recordSignedBySubject && !p.witnessName) throw badRequest(`Đối tượng không ký biên bản: ghi họ tên đại diện chính quyền cấp xã hoặc người chứng kiến (${nd217('điểm a khoản 3 Điều 15')}).`, 'witness_required');
      if (!p.recordSummary) throw badRequest(`Biên bản kiểm tra phải ghi nội dung kiểm tra và kết quả xác minh (${nd217('điểm a khoản 3 Điều 15')}).`, 'record_summary_required');
      sets.recordOn = on;
      sets.recordSignedBySubject = p.recordSignedBySubject === true;
      sets.recordSummary = p.recordSummary;
      if (p.witnessName) sets.witnessName = p.witnessName;
      if (p.subjectOpinion) sets.subjectOpinion = p.subjectOpinion;
      clock = 'stop';
      break;
    case 'terminate':
      sets.terminationGround = p.terminationGround ?? '';
      clock = 'stop';
      break;
  }
  const next = { ...stored, ...sets };
  let computed: ReturnType<typeof computeCheckDuration> | null = null;
  if (clock === 'start' || clock === 'recompute') {
    try {
      computed = computeCheckDuration(durationInput(c, next, on), calendar);
    } catch (err) {
      if (err instanceof InspectionRuleError) throw badRequest(err.message, `deadline_${String(err.code).toLowerCase()}`);
      throw err;
    }
  }
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateCase(tx, c.id, { status: result.to, facts: next, ...(input.event === 'start_check' ? { announcedOn: on } : {}) });
    if (clock === 'start' && computed) {
      await repo.insertDeadline(tx, { caseId: c.id, clockId: 'CHECK_DURATION', startDate: on, dueDate: computed.dueDate, unit: 'calendar_days', length: computed.length, regime: c.regime, ruleSource: 'shipped', ruleVersion: 1, basis: computed.basis, toVerify: computed.toVerify, explanation: computed.explanation });
    } else if (clock === 'recompute' && computed && deadline) {
      await repo.updateDeadline(tx, c.id, 'CHECK_DURATION', { dueDate: computed.dueDate, length: computed.length, explanation: computed.explanation, status: 'running', closedOn: null });
    } else if ((clock === 'pause' || clock === 'stop') && deadline && deadline.status !== 'stopped') {
      await repo.updateDeadline(tx, c.id, 'CHECK_DURATION', { status: clock === 'pause' ? 'paused' : 'stopped', closedOn: on });
    }
    const extra = computed && clock === 'recompute' ? ` — hạn kiểm tra mới: ${formatVn(computed.dueDate)}` : computed && clock === 'start' ? ` — thời hạn kiểm tra đến hết ngày ${formatVn(computed.dueDate)}` : '';
    const note = `${result.transition.labelVi} — ngày ${formatVn(on)}${extra}${input.note ? `: ${input.note}` : ''} (${result.transition.basis})`;
    const partyVisible = ['start_check', 'suspend', 'resume', 'extend', 'record_check', 'request_rectification', 'terminate'].includes(input.event);
    await repo.insertEvents(tx, [{ caseId: c.id, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: input.event, fromState: c.status, toState: result.to, note, partyVisible, channel: input.channel ?? 'online' }]);
    await recordAudit(tx, ctx, { action: `specialised_check.${input.event}`, entityType: 'inspection', entityId: c.id, agencyId: c.agencyId, before: { status: c.status }, after: { status: result.to, on, transition: result.transition.id, sets, dueDate: computed?.dueDate ?? null, channel: input.channel ?? 'online' } }, now);
  });
}
