import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden } from '../../server/http/errors';
import type { SanctionActionRequest, SanctionDecisionDraft, SanctionPaymentRequest } from '../../shared/contracts/sanctions';
import type { Actor } from '../../shared/domain/access';
import type { WorkingCalendar } from '../../shared/domain/calendar';
import {
  checkInstalments,
  checkPostponement,
  checkSanctionDecision,
  decisionDeadline,
  deemedNeverSanctionedOn,
  executionLimitationEnd,
  explanationRequired,
  fineBelowBracket,
  fineLedger,
  limitationEnd,
  paymentDeadline,
  powerOf,
  SANCTION_MACHINE,
  SANCTIONING_TITLES,
  sanctionEngine,
  TITLE_LABELS_VI,
  xlvphcVersionOn,
  type SanctionFacts,
  type SanctioningTitle,
  type SanctionPayload,
  type SanctionRole,
  type SanctionState,
  type XlvphcVersion,
} from '../../shared/domain/sanctions';
import type { Refusal } from '../../shared/domain/workflow';
import { getWorkingCalendar } from '../calendar';
import { getPowerOverrides } from './sanctions.config';
import { issueDecision, withStagedDocuments } from './sanctions.documents';
import { caseRolesOf, paymentRefusal } from './sanctions.policy';
import * as repo from './sanctions.repository';
import { decisionCaseOf, formatVn, lawful, ledgerOf, loadManageable, loadReadable, scheduleOf, timingOf, vnToday, type Loaded } from './sanctions.service';

type Draft = z.infer<typeof SanctionDecisionDraft>;
const refusalView = (r: Refusal) => ({ code: r.code, message: r.messageVi, basis: r.basis });
const subjectTypeOf = (c: repo.CaseRow) => c.violatorKind as 'individual' | 'organisation';
const EXPLANATION_STEPS = new Set(['open_explanation', 'consider']);
// Steps the law makes happen by itself once their date is reached (Art 7): an officer's click asks the platform to
// record it, and the guard checks the date.
const SYSTEM_EVENTS = new Set(['deem_never_sanctioned']);

/**
 * The guards' facts of a case today: whether explanation applies (Art 61(1)), whether the fine is overdue (Art 73,
 * 78), whether the execution limitation (Art 74) or the "deemed never sanctioned" period (Art 7) has passed, and — for
 * the list of steps only — a pre-check of the decision against the limitation period and the decision time limit
 * (the signer's power is checked with the decision form).
 */
async function factsOf(deps: Deps, c: repo.CaseRow, calendar: WorkingCalendar, today: string): Promise<SanctionFacts> {
  const payments = await repo.listPayments(deps.db, c.id);
  const ledger = ledgerOf(c, payments, today);
  const refusals: Refusal[] = [];
  try {
    const lim = limitationEnd(timingOf(c), calendar, c.xlvphcVersion as XlvphcVersion);
    if (today > lim.dueDate) refusals.push({ code: 'TIME_BARRED', messageVi: `Đã hết thời hiệu xử phạt (hết ngày ${formatVn(lim.dueDate)}): không ra quyết định xử phạt.`, messageEn: 'Time-barred.', basis: `${lim.basis}; Luật Xử lý vi phạm hành chính, điểm c khoản 1 Điều 65` });
    if (c.recordOn) {
      const d = decisionDeadline(c.recordOn, decisionCaseOf(c), calendar, Boolean((c.facts as { extensionGranted?: boolean }).extensionGranted));
      if (today > d.dueDate) refusals.push({ code: 'DECISION_TIME_LIMIT_PASSED', messageVi: `Quá thời hạn ra quyết định xử phạt (hết ngày ${formatVn(d.dueDate)}).`, messageEn: 'Decision time limit passed.', basis: `${d.basis}; khoản 2 Điều 66` });
    }
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
  }
  const executionEnd = c.decidedOn ? executionLimitationEnd(c.decidedOn, calendar).dueDate : null;
  const nonFineOverdue = c.fineAmount === null && c.paymentDue !== null && c.paymentDue < today;
  const deemed = c.completedOn ? deemedNeverSanctionedOn(c.completedOn, (c.forms ?? []).every((f) => f === 'warning') ? 'warning' : 'other', calendar).dueDate : null;
  return {
    decisionCheck: { ok: refusals.length === 0, refusals },
    explanationRequired: explanationRequired({ bracketMaxIndividual: c.bracketMaxIndividual, subjectType: subjectTypeOf(c), licenceOrSuspension: c.licenceOrSuspension }).required,
    paymentOverdue: (ledger?.overdue ?? false) || nonFineOverdue,
    executionLimitationPassed: executionEnd !== null && today > executionEnd,
    deemedDateReached: deemed !== null && today >= deemed,
    mainFormWarningOnly: (c.forms ?? []).length > 0 && (c.forms ?? []).every((f) => f === 'warning'),
  };
}

const ctxOf = (roles: SanctionRole[], c: repo.CaseRow, facts: SanctionFacts, payload: SanctionPayload = {}) => ({ roles, ruleSet: c.xlvphcVersion, facts, payload });

/** The steps that leave the case's state, each with what blocks it now for this officer (reason and article). */
export async function listActions(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps, actor, id);
  const c = found.sanction;
  const today = vnToday(deps.clock.now());
  const facts = await factsOf(deps, c, await getWorkingCalendar(deps.db), today);
  const roles = caseRolesOf(actor, found.agencyPath);
  return SANCTION_MACHINE.transitions
    .filter((t) => t.from.includes(c.status as SanctionState))
    .map((t) => {
      const r = SYSTEM_EVENTS.has(t.event) && roles.length > 0 ? [...roles, 'system' as const] : roles;
      const o = sanctionEngine.options(c.status as SanctionState, ctxOf(r, c, facts)).find((x) => x.transition.id === t.id)!;
      return { event: t.event, label: t.labelVi, to: t.to, toLabel: t.to ? SANCTION_MACHINE.stateLabelsVi[t.to] : null, basis: t.basis, document: t.document ?? null, blockedBy: o.blockedBy ? refusalView(o.blockedBy) : null };
    });
}

/** The sanctioning titles of the officers who may sign for the case's agency on `on`, with their power (Art 46). */
export async function listSigners(deps: Deps, actor: Actor, id: string, on?: string) {
  const found = await loadReadable(deps, actor, id);
  const date = on ?? vnToday(deps.clock.now());
  const rows = await repo.titlesOn(deps.db, found.agencyPath, date);
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(`${r.userId}:${r.title}`) && seen.add(`${r.userId}:${r.title}`))
    .map((r) => ({ userId: r.userId, name: r.name, title: r.title, titleLabel: TITLE_LABELS_VI[r.title as SanctioningTitle] ?? r.title, basis: r.basis }));
}

/** The title the signer holds for the case on the decision date: the highest of his titles in force (Art 46, 54). */
async function signerTitle(db: Db, found: Loaded, signerUserId: string, on: string) {
  const rows = await repo.titlesOn(db, found.agencyPath, on, signerUserId);
  if (rows.length === 0) return null;
  const rank = (t: string) => SANCTIONING_TITLES.indexOf(t as SanctioningTitle);
  const best = [...rows].sort((a, b) => rank(b.title) - rank(a.title))[0]!;
  return { name: best.name, title: best.title as SanctioningTitle };
}

/**
 * Checks a draft decision (no write): the signer's title on the decision date, his power over the bracket of the act
 * (×2 for an organisation, Art 52), the forms he may use, the fine within the bracket, the limitation period (Art 6)
 * and the decision time limit (Art 66) — each refusal with its article.
 */
export async function evaluateDecision(deps: Deps, found: Loaded, draft: Draft) {
  const c = found.sanction;
  const refusals: Refusal[] = [];
  const today = vnToday(deps.clock.now());
  if (draft.decidedOn > today) throw badRequest('Ngày ra quyết định không được sau ngày hôm nay.', 'future_date');
  const version = lawful(() => xlvphcVersionOn(draft.decidedOn));
  const signer = await signerTitle(deps.db, found, draft.signerUserId, draft.decidedOn);
  const overrides = await getPowerOverrides(deps.db);
  if (!signer) {
    refusals.push({ code: 'SIGNER_HAS_NO_TITLE', messageVi: `Người ký không giữ chức danh có thẩm quyền xử phạt của cơ quan vào ngày ${formatVn(draft.decidedOn)} (chức danh do quản trị hệ thống giao theo quyết định bổ nhiệm, giao quyền).`, messageEn: 'The signer holds no sanctioning title.', basis: 'Luật Xử lý vi phạm hành chính, Điều 46; Điều 54' });
  }
  const usesFine = draft.forms.includes('fine');
  if (usesFine && draft.fineAmount === undefined) throw badRequest('Hình thức phạt tiền: vui lòng nhập số tiền phạt.', 'fine_required');
  if (usesFine && draft.fineAmount !== undefined) {
    const below = fineBelowBracket({ fine: draft.fineAmount, bracketMinIndividual: c.bracketMinIndividual, subjectType: subjectTypeOf(c) });
    if (below) refusals.push(below);
  }
  const calendar = await getWorkingCalendar(deps.db);
  const check = lawful(() =>
    checkSanctionDecision(
      {
        signerTitle: signer?.title ?? 'thanh_tra_vien',
        decidedOn: draft.decidedOn,
        recordOn: c.recordOn ?? undefined,
        decisionCase: draft.decisionCase,
        extensionGranted: draft.extensionGranted,
        violation: { ...timingOf(c), subjectType: subjectTypeOf(c), bracketMaxIndividual: c.bracketMaxIndividual },
        forms: draft.forms,
        fine: usesFine ? draft.fineAmount : undefined,
        confiscationValue: draft.confiscationValue,
        fieldMaxIndividual: c.fieldMaxIndividual ?? undefined,
        titleCapIndividual: draft.titleCapIndividual,
      },
      calendar,
      overrides,
    ),
  );
  // Without a title the power figures are meaningless: only the signer refusal and the date checks are kept.
  const dateCodes = new Set(['TIME_BARRED', 'DECISION_TIME_LIMIT_PASSED', 'INVALID_INPUT', 'FINE_ABOVE_BRACKET']);
  refusals.push(...(signer ? check.refusals : check.refusals.filter((r) => dateCodes.has(r.code))));
  const power = signer ? powerOf(signer.title, draft.decidedOn, overrides) : null;
  return {
    ok: refusals.length === 0,
    version,
    signer,
    powerBasis: power && power.ok ? power.power.basis : null,
    check,
    refusals,
  };
}

/** The check of a draft decision as the form shows it (signer's power limit, limitation end, with articles). */
export async function checkDecision(deps: Deps, actor: Actor, id: string, draft: Draft) {
  const found = await loadReadable(deps, actor, id);
  const e = await evaluateDecision(deps, found, draft);
  return {
    ok: e.ok,
    version: e.version,
    signerName: e.signer?.name ?? '',
    signerTitle: e.signer?.title ?? null,
    signerTitleLabel: e.signer ? TITLE_LABELS_VI[e.signer.title] : null,
    powerBasis: e.powerBasis,
    capForSubject: e.signer ? (e.check.capForSubject ?? null) : null,
    limitationEnd: e.check.limitationEnd ?? null,
    decisionDue: e.check.decisionDue ?? null,
    refusals: e.refusals.map(refusalView),
    warnings: e.check.warnings,
    explanation: e.check.explanation,
  };
}

const need = <T>(v: T | undefined, message: string): T => {
  if (v === undefined) throw badRequest(message, 'payload_required');
  return v;
};

/**
 * Applies a step of the sanction lifecycle through the pure machine (roles, guards with their articles): the data the
 * step records (record, decision and its document, delivery and the payment period, instalments, postponement,
 * completion, closing), the timeline and the audit record, in one transaction.
 */
export async function applyAction(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof SanctionActionRequest>) {
  const found = await loadManageable(deps, actor, id);
  const c = found.sanction;
  const roles: SanctionRole[] = caseRolesOf(actor, found.agencyPath);
  if (SYSTEM_EVENTS.has(input.event)) roles.push('system');
  const today = vnToday(deps.clock.now());
  const p = input.payload;
  const on = input.event === 'decide' ? (p.decision?.decidedOn ?? input.date ?? today) : (input.date ?? today);
  if (on > today) throw badRequest('Ngày thực hiện không được sau ngày hôm nay.', 'future_date');
  if (on < c.detectedOn) throw badRequest('Ngày thực hiện không được trước ngày phát hiện vi phạm.', 'invalid_date');
  const calendar = await getWorkingCalendar(deps.db);
  const facts = await factsOf(deps, c, calendar, today);
  const payload: SanctionPayload = { signedByViolator: p.signedByViolator, refusalWitnessed: p.refusalWitnessed, noDecisionGround: p.noDecisionGround };
  const patch: Partial<repo.CaseRow> = {};
  const caseFacts: Record<string, unknown> = { ...(c.facts as Record<string, unknown>) };
  let decision: Awaited<ReturnType<typeof evaluateDecision>> | undefined;
  const payments = await repo.listPayments(deps.db, id);

  switch (input.event) {
    case 'make_record':
      patch.recordNo = need(p.recordNo, 'Vui lòng nhập số biên bản vi phạm hành chính.');
      patch.recordOn = on;
      break;
    case 'decide': {
      const draft = need(p.decision, 'Vui lòng nhập nội dung quyết định xử phạt (người ký, hình thức, số tiền).');
      if (c.recordOn && draft.decidedOn < c.recordOn) throw badRequest('Ngày ra quyết định không được trước ngày lập biên bản.', 'invalid_date');
      decision = await evaluateDecision(deps, found, draft);
      facts.decisionCheck = { ok: decision.ok, refusals: decision.refusals };
      break;
    }
    case 'deliver': {
      const receivedOn = need(p.receivedOn, 'Vui lòng nhập ngày người vi phạm nhận quyết định.');
      if (receivedOn < c.decidedOn! || receivedOn > today) throw badRequest('Ngày nhận quyết định phải từ ngày ra quyết định đến hôm nay.', 'invalid_date');
      const due = lawful(() => paymentDeadline(receivedOn, calendar, c.executionDays ?? 10));
      Object.assign(patch, { receivedOn, paymentDue: due.dueDate, paymentDueFinance: due.financeDueDate, nextDue: due.dueDate });
      break;
    }
    case 'grant_instalments': {
      const plan = need(p.instalments, 'Vui lòng nhập các lần nộp (ngày, số tiền).');
      if (c.fineAmount === null) throw conflict('Quyết định không phạt tiền: không có nộp tiền phạt nhiều lần.', 'no_fine');
      payload.instalmentCheck = lawful(() => checkInstalments({ fine: c.fineAmount!, subjectType: subjectTypeOf(c), effectiveOn: c.decidedOn!, instalments: plan }));
      patch.instalments = [...plan].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
      break;
    }
    case 'postpone': {
      const until = need(p.postponedUntil, 'Vui lòng nhập thời hạn hoãn.');
      payload.postponementCheck = lawful(() => checkPostponement({ fine: c.fineAmount ?? 0, subjectType: subjectTypeOf(c), decidedOn: on, until }));
      patch.postponedUntil = until;
      break;
    }
    case 'record_payment': {
      const ledger = ledgerOf(c, payments, today);
      if (ledger && (ledger.balance > 0 || ledger.lateFeeOwed > 0))
        throw conflict(`Chưa chấp hành xong: còn phải nộp ${ledger.balance.toLocaleString('vi-VN')} đồng tiền phạt và ${ledger.lateFeeOwed.toLocaleString('vi-VN')} đồng tiền chậm nộp (Luật Xử lý vi phạm hành chính, khoản 1 Điều 78).`, 'fine_not_paid');
      patch.completedOn = on;
      break;
    }
    case 'enforce':
      patch.completedOn = on;
      break;
    case 'close':
      patch.closedOn = on;
      break;
  }
  if (EXPLANATION_STEPS.has(input.event)) caseFacts.decisionCase = 'explanation_or_verification';
  if (input.event === 'no_decision') caseFacts.noDecisionGround = p.noDecisionGround;

  const result = sanctionEngine.apply(c.status as SanctionState, input.event, ctxOf(roles, c, facts, payload));
  if (!result.ok) {
    if (result.code === 'ROLE_NOT_ALLOWED' && roles.length === 0) throw forbidden('Bạn không có vai trò trong hồ sơ xử phạt này.');
    throw badRequest(`${result.messageVi} (${result.basis})`, result.code.toLowerCase());
  }
  if (input.event === 'grant_instalments' || input.event === 'postpone') {
    const next = ledgerOf({ ...c, ...patch } as repo.CaseRow, payments, today);
    patch.nextDue = next?.nextDue ?? null;
  }
  const now = deps.clock.now();
  await withStagedDocuments(deps, async (tx, staged) => {
    let note = `${result.transition.labelVi} — ngày ${formatVn(on)}${input.note ? `: ${input.note}` : ''} (${result.transition.basis})`;
    if (decision) {
      const d = p.decision!;
      const signer = decision.signer!;
      const issued = await issueDecision(tx, deps, actor, c, { decidedOn: d.decidedOn, signerName: signer.name, signerTitle: signer.title, powerBasis: decision.powerBasis ?? 'Luật Xử lý vi phạm hành chính, Điều 46', forms: d.forms, fineAmount: d.forms.includes('fine') ? (d.fineAmount ?? null) : null, additionalPenalties: d.additionalPenalties, remedialMeasures: d.remedialMeasures, aggravating: d.aggravating, mitigating: d.mitigating, executionDays: d.executionDays, paymentPlace: d.paymentPlace }, staged);
      Object.assign(patch, {
        decisionNo: issued.row.numberText.replace(/^Số:\s*/u, ''),
        decidedOn: d.decidedOn,
        decisionCase: d.decisionCase,
        signerUserId: d.signerUserId,
        signerName: signer.name,
        signerTitle: signer.title,
        forms: d.forms,
        fineAmount: d.forms.includes('fine') ? (d.fineAmount ?? null) : null,
        additionalPenalties: d.additionalPenalties,
        remedialMeasures: d.remedialMeasures,
        executionDays: d.executionDays,
        decisionCheck: { version: decision.version, capForSubject: decision.check.capForSubject ?? null, limitationEnd: decision.check.limitationEnd ?? null, decisionDue: decision.check.decisionDue ?? null, warnings: decision.check.warnings, powerBasis: decision.powerBasis },
        executionLimitationEnd: executionLimitationEnd(d.decidedOn, calendar).dueDate,
      });
      caseFacts.extensionGranted = d.extensionGranted;
      note = `Ra Quyết định xử phạt vi phạm hành chính số ${issued.row.numberText.replace(/^Số:\s*/u, '')} ngày ${formatVn(d.decidedOn)}, người ký: ${signer.name} (${TITLE_LABELS_VI[signer.title]})${d.forms.includes('fine') && d.fineAmount !== undefined ? `; phạt tiền ${d.fineAmount.toLocaleString('vi-VN')} đồng` : ''}`;
    }
    await repo.updateCase(tx, id, { ...patch, status: result.to, facts: caseFacts } as Partial<repo.CaseRow>);
    await repo.insertEvents(tx, [{ caseId: id, at: now, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: input.event, fromState: c.status, toState: result.to, note }]);
    await recordAudit(tx, ctx, { action: `sanction.${input.event}`, entityType: 'sanction_case', entityId: id, agencyId: c.agencyId, before: { status: c.status }, after: { status: result.to, on, transition: result.transition.id, ...patch } }, now);
  });
}

/**
 * Records a payment reported by the Treasury (Art 78): partial or whole, dated, with its receipt number; the late fee
 * of a late piece is computed by the ledger; when the fine and the surcharge are paid the case is complied with
 * (S11) in the same transaction. Audited.
 */
export async function recordPayment(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof SanctionPaymentRequest>) {
  const found = await loadManageable(deps, actor, id);
  const c = found.sanction;
  const refused = paymentRefusal(c.status);
  if (refused) throw conflict(refused, 'payment_not_allowed');
  if (c.fineAmount === null) throw conflict('Quyết định không có hình thức phạt tiền.', 'no_fine');
  const today = vnToday(deps.clock.now());
  if (input.paidOn > today) throw badRequest('Ngày nộp không được sau ngày hôm nay.', 'future_date');
  if (input.paidOn < c.decidedOn!) throw badRequest('Ngày nộp không được trước ngày ra quyết định xử phạt.', 'invalid_date');
  if (input.amount === 0 && input.lateFeeAmount === 0) throw badRequest('Số tiền nộp phải lớn hơn 0.', 'invalid_amount');
  const payments = await repo.listPayments(deps.db, id);
  if (payments.some((x) => x.receiptNo === input.receiptNo)) throw conflict(`Biên lai số ${input.receiptNo} đã được ghi nhận cho hồ sơ này.`, 'duplicate_receipt');
  const before = ledgerOf(c, payments, today)!;
  if (input.amount > before.balance) throw badRequest(`Số tiền nộp (${input.amount.toLocaleString('vi-VN')} đồng) vượt số tiền phạt còn phải nộp (${before.balance.toLocaleString('vi-VN')} đồng).`, 'amount_above_balance');
  const next = [...payments.map((x) => ({ paidOn: x.paidOn, amount: x.amount, lateFeeAmount: x.lateFeeAmount })), { paidOn: input.paidOn, amount: input.amount, lateFeeAmount: input.lateFeeAmount }];
  const after = fineLedger({ fine: c.fineAmount, schedule: scheduleOf(c), payments: next, today });
  if (after.lateFeePaid > after.lateFeeOnPayments + after.lateFeeRunning) throw badRequest(`Tiền chậm nộp ghi nhận vượt số tiền chậm nộp phải nộp (${(after.lateFeeOnPayments + after.lateFeeRunning - before.lateFeePaid).toLocaleString('vi-VN')} đồng).`, 'late_fee_above_due');
  const done = after.balance === 0 && after.lateFeeOwed === 0;
  const complied = done ? sanctionEngine.apply(c.status as SanctionState, 'record_payment', ctxOf(['fine_collector'], c, {})) : null;
  if (complied && !complied.ok) throw badRequest(`${complied.messageVi} (${complied.basis})`, complied.code.toLowerCase());
  const now = deps.clock.now();
  const fee = after.perPayment.at(-1)!;
  await deps.db.transaction(async (tx) => {
    const row = await repo.insertPayment(tx, { caseId: id, paidOn: input.paidOn, amount: input.amount, lateFeeAmount: input.lateFeeAmount, receiptNo: input.receiptNo, note: input.note ?? null, createdBy: actor.userId });
    const to = complied?.ok ? complied.to : c.status;
    await repo.updateCase(tx, id, { paidAmount: after.paid, nextDue: after.nextDue, status: to, ...(complied?.ok ? { completedOn: input.paidOn } : {}) });
    const events = [{ caseId: id, at: now, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: 'payment', note: `Nộp ${input.amount.toLocaleString('vi-VN')} đồng tiền phạt${input.lateFeeAmount ? ` và ${input.lateFeeAmount.toLocaleString('vi-VN')} đồng tiền chậm nộp` : ''} ngày ${formatVn(input.paidOn)}, biên lai số ${input.receiptNo}${fee.lateDays > 0 ? `; chậm ${fee.lateDays} ngày, tiền chậm nộp ${fee.fee.toLocaleString('vi-VN')} đồng (khoản 1 Điều 78)` : ''}` }];
    if (complied?.ok) events.push({ caseId: id, at: now, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: 'record_payment', note: `${complied.transition.labelVi} — ngày ${formatVn(input.paidOn)} (${complied.transition.basis})` });
    await repo.insertEvents(tx, events.map((e, i) => ({ ...e, ...(i === 1 ? { fromState: c.status, toState: to } : {}) })));
    await recordAudit(tx, ctx, { action: 'sanction.payment', entityType: 'sanction_case', entityId: id, agencyId: c.agencyId, after: { paymentId: row.id, paidOn: input.paidOn, amount: input.amount, lateFeeAmount: input.lateFeeAmount, receiptNo: input.receiptNo, lateDays: fee.lateDays, lateFee: fee.fee, balance: after.balance, status: to } }, now);
  });
}
