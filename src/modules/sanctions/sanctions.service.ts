import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { CreateSanctionCaseRequest, SanctionListQuery } from '../../shared/contracts/sanctions';
import { scopesFor, type Actor } from '../../shared/domain/access';
import type { WorkingCalendar } from '../../shared/domain/calendar';
import {
  decisionDeadline,
  deemedNeverSanctionedOn,
  executionLimitationEnd,
  explanationDeadlines,
  explanationRequired,
  fineLedger,
  limitationEnd,
  recordDeadline,
  SANCTION_MACHINE,
  sendingDeadline,
  TITLE_LABELS_VI,
  xlvphcVersionOn,
  type DecisionCase,
  type FineLedger,
  type LegalDate,
  type SanctioningTitle,
  type XlvphcVersion,
} from '../../shared/domain/sanctions';
import { foldKey } from '../../shared/domain/text/vi';
import { getWorkingCalendar } from '../calendar';
import { findAgency } from '../orgs';
import { canManageSanction, canReadSanction } from './sanctions.policy';
import * as repo from './sanctions.repository';

/** Today's date in Vietnam (UTC+7). */
export const vnToday = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
/** dd/mm/yyyy */
export const formatVn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Runs a pure legal rule; its RangeError (an impossible date or amount) becomes a 400 with its Vietnamese message. */
export function lawful<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof RangeError) throw badRequest(err.message, 'invalid_legal_input');
    throw err;
  }
}

/** A state in Vietnamese, from the machine's labels ("Đã lập biên bản"). */
export const statusLabel = (status: string) => {
  const label: string = (SANCTION_MACHINE.stateLabelsVi as Record<string, string>)[status] ?? status;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** Loads a case the actor may read (404 otherwise: another agency's cases do not exist for him). */
export async function loadReadable(deps: Deps, actor: Actor, id: string) {
  const found = await repo.findCase(deps.db, id);
  if (!found || !canReadSanction(actor, found.agencyPath)) throw notFound('Không tìm thấy hồ sơ xử phạt.');
  return found;
}
export type Loaded = Awaited<ReturnType<typeof loadReadable>>;

/** Loads a case the actor may manage (404 if unreadable, 403 if read-only). */
export async function loadManageable(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps, actor, id);
  if (!canManageSanction(actor, found.agencyPath)) throw forbidden('Bạn chỉ được xem hồ sơ xử phạt này.');
  return found;
}

/** The violation timing of a case for the limitation rules (Art 6(1)(b)). */
export const timingOf = (c: repo.CaseRow) => ({ field: c.field, state: c.violationState as 'ended' | 'ongoing', endedOn: c.violationEndedOn ?? undefined, detectedOn: c.detectedOn });

/**
 * Records a detected violation (sanctions.md §11.1): numbered per agency and year, the law version of the detection
 * date, the limitation end computed with the working-day calendar, linked to the managed subject whose tax code it
 * is, and to the inspection it arose from. Audited in the same transaction.
 */
export async function createCase(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreateSanctionCaseRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency || !canManageSanction(actor, agency.path)) throw forbidden('Bạn không có quyền lập hồ sơ xử phạt cho cơ quan này.');
  const today = vnToday(deps.clock.now());
  if (input.detectedOn > today) throw badRequest('Ngày phát hiện vi phạm không được sau ngày hôm nay.', 'future_date');
  if (input.violationState === 'ended' && !input.violationEndedOn) throw badRequest('Vi phạm đã kết thúc: vui lòng nhập ngày chấm dứt hành vi vi phạm (điểm b khoản 1 Điều 6 Luật Xử lý vi phạm hành chính).', 'ended_on_required');
  if (input.violationEndedOn && input.violationEndedOn > input.detectedOn) throw badRequest('Ngày chấm dứt hành vi vi phạm không được sau ngày phát hiện.', 'invalid_date');
  if (input.violationOn && input.violationOn > input.detectedOn) throw badRequest('Ngày thực hiện hành vi không được sau ngày phát hiện.', 'invalid_date');
  if (input.violationOn && input.violationEndedOn && input.violationOn > input.violationEndedOn) throw badRequest('Ngày thực hiện hành vi không được sau ngày chấm dứt hành vi.', 'invalid_date');
  if (input.bracketMinIndividual > input.bracketMaxIndividual) throw badRequest('Mức tối thiểu của khung tiền phạt không được lớn hơn mức tối đa.', 'invalid_bracket');
  if (input.fieldMaxIndividual !== undefined && input.bracketMaxIndividual > input.fieldMaxIndividual) throw badRequest('Mức tối đa của khung không được vượt mức phạt tối đa của lĩnh vực (Điều 24 Luật Xử lý vi phạm hành chính).', 'invalid_bracket');
  if (input.violatorKind === 'individual' && input.taxCode) throw badRequest('Mã số thuế chỉ nhập cho tổ chức vi phạm.', 'tax_code_individual');
  const version = lawful(() => xlvphcVersionOn(input.detectedOn));
  const calendar = await getWorkingCalendar(deps.db);
  const limitation = lawful(() => limitationEnd({ field: input.field, state: input.violationState, endedOn: input.violationEndedOn, detectedOn: input.detectedOn }, calendar, version));
  let inspectionCaseId: string | null = null;
  if (input.inspectionCaseId) {
    const inspection = await repo.findInspection(deps.db, input.inspectionCaseId);
    if (!inspection || !canManageSanction(actor, inspection.agencyPath)) throw badRequest('Không tìm thấy cuộc thanh tra trong phạm vi cơ quan của bạn.', 'invalid_inspection');
    inspectionCaseId = inspection.id;
  }
  // An organisation is linked to the registry by its tax code (early warning counts violations and unpaid fines per subject).
  const subject = input.violatorKind === 'organisation' && input.taxCode ? await repo.findSubjectByTaxCode(deps.db, input.taxCode) : undefined;
  const year = Number(input.detectedOn.slice(0, 4));
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const seq = await repo.nextCaseSeq(tx, agency.id, year);
    const created = await repo.insertCase(tx, {
      agencyId: agency.id,
      caseYear: year,
      caseSeq: seq,
      caseNo: `${year}/XP-${String(seq).padStart(4, '0')}`,
      status: 'violation_detected',
      xlvphcVersion: version,
      violatorKind: input.violatorKind,
      violatorName: input.violatorName,
      violatorIdNo: input.violatorIdNo || null,
      violatorAddress: input.violatorAddress || null,
      taxCode: input.taxCode ?? null,
      subjectId: subject?.id ?? null,
      field: input.field,
      act: input.act,
      legalProvision: input.legalProvision,
      bracketMinIndividual: input.bracketMinIndividual,
      bracketMaxIndividual: input.bracketMaxIndividual,
      fieldMaxIndividual: input.fieldMaxIndividual ?? null,
      licenceOrSuspension: input.licenceOrSuspension,
      violationState: input.violationState,
      violationOn: input.violationOn ?? null,
      violationEndedOn: input.violationEndedOn ?? null,
      detectedOn: input.detectedOn,
      place: input.place || null,
      inspectionCaseId,
      limitationEnd: limitation.dueDate,
      searchText: foldKey([input.violatorName, input.taxCode ?? '', input.field, input.act, `${year}/XP-${String(seq).padStart(4, '0')}`].join(' ')),
      createdBy: actor.userId,
    });
    await repo.insertEvents(tx, [{ caseId: created.id, at: now, actorUserId: actor.userId, actorLabel: ctx.actorName ?? '', event: 'detect', toState: 'violation_detected', note: `Phát hiện vi phạm ngày ${formatVn(input.detectedOn)}; thời hiệu xử phạt đến hết ngày ${formatVn(limitation.dueDate)} (${limitation.basis})` }]);
    await recordAudit(tx, ctx, { action: 'sanction.create', entityType: 'sanction_case', entityId: created.id, agencyId: agency.id, after: { caseNo: created.caseNo, version, violatorKind: input.violatorKind, taxCode: input.taxCode ?? null, subjectId: subject?.id ?? null, field: input.field, detectedOn: input.detectedOn, limitationEnd: limitation.dueDate, inspectionCaseId } }, now);
    return created;
  });
}

/** The schedule a fine is paid against: the instalments (Art 79), the end of the postponement (Art 76) or the execution period. */
export function scheduleOf(c: repo.CaseRow) {
  if (c.fineAmount === null) return [];
  if (c.instalments && c.instalments.length > 0) return c.instalments;
  const due = c.postponedUntil ?? c.paymentDue;
  return due ? [{ dueOn: due, amount: c.fineAmount }] : [];
}

/** The ledger of the case's fine on `today` (null when the decision imposes no fine). */
export function ledgerOf(c: repo.CaseRow, payments: readonly repo.PaymentRow[], today: string): FineLedger | null {
  if (c.fineAmount === null) return null;
  return fineLedger({ fine: c.fineAmount, schedule: scheduleOf(c), payments: payments.map((p) => ({ paidOn: p.paidOn, amount: p.amount, lateFeeAmount: p.lateFeeAmount })), today });
}

/** Whether a case in execution is overdue today (unpaid past its due date, or a non-fine decision past its period). */
export function isOverdue(c: repo.CaseRow, today: string): boolean {
  if (!repo.EXECUTING_STATES.includes(c.status as (typeof repo.EXECUTING_STATES)[number])) return false;
  if (c.status === 'overdue') return true;
  if (c.fineAmount !== null) return c.fineAmount > c.paidAmount && c.nextDue !== null && c.nextDue < today;
  return c.paymentDue !== null && c.paymentDue < today;
}

/** The list fields of a case. */
export function summary(row: { sanction: repo.CaseRow; agencyName: string }, today: string) {
  const c = row.sanction;
  return {
    id: c.id,
    agencyId: c.agencyId,
    agencyName: row.agencyName,
    caseNo: c.caseNo,
    status: c.status,
    statusLabel: statusLabel(c.status),
    violatorKind: c.violatorKind,
    violatorName: c.violatorName,
    taxCode: c.taxCode,
    subjectId: c.subjectId,
    field: c.field,
    act: c.act,
    detectedOn: c.detectedOn,
    limitationEnd: c.limitationEnd,
    decisionNo: c.decisionNo,
    decidedOn: c.decidedOn,
    fineAmount: c.fineAmount,
    paidAmount: c.paidAmount,
    balance: Math.max(0, (c.fineAmount ?? 0) - c.paidAmount),
    paymentDue: c.nextDue ?? c.paymentDue,
    overdue: isOverdue(c, today),
  };
}

/** Cases of the actor's agencies (sanctions.read scope), with the state, unpaid and overdue filters. */
export async function listCases(deps: Deps, actor: Actor, q: z.infer<typeof SanctionListQuery>) {
  const today = vnToday(deps.clock.now());
  const { rows, total } = await repo.listCases(deps.db, {
    scopes: scopesFor(actor, 'sanctions.read'),
    status: q.status,
    unpaid: q.unpaid === 'true',
    overdueOn: q.overdue === 'true' ? today : undefined,
    searchFold: q.q ? foldKey(q.q) : undefined,
    subjectId: q.subjectId,
    inspectionCaseId: q.inspectionCaseId,
    limit: q.limit,
    offset: q.offset,
  });
  return { items: rows.map((r) => summary(r, today)), total };
}

type ClockView = { id: string; label: string; dueDate: string; basis: string; toVerify: boolean; explanation: string[]; status: 'running' | 'done' | 'overdue' | 'info' };
const DECIDED_OR_LATER = new Set(['decided', 'delivered', 'instalments', 'postponed', 'overdue', 'enforcement_decided', 'enforced', 'complied', 'execution_time_barred', 'closed', 'deemed_never_sanctioned']);
const ENDED_WITHOUT_DECISION = new Set(['no_decision', 'transferred_competent', 'transferred_criminal']);

/** The decision time-limit case of a case (Art 66): explanation or verification gives the longer period. */
export const decisionCaseOf = (c: repo.CaseRow): DecisionCase => (c.decisionCase as DecisionCase | null) ?? ((c.facts as { decisionCase?: DecisionCase }).decisionCase ?? 'normal');

/**
 * The clocks of a case computed by the pure rules with the working-day calendar, each with its article: limitation,
 * record, explanation, decision, sending, payment, execution limitation, "deemed never sanctioned".
 */
export function clocksOf(c: repo.CaseRow, calendar: WorkingCalendar, today: string, ledger: FineLedger | null): ClockView[] {
  const out: ClockView[] = [];
  const decided = DECIDED_OR_LATER.has(c.status);
  const finished = decided || ENDED_WITHOUT_DECISION.has(c.status);
  const push = (id: string, label: string, d: LegalDate, done: boolean, info = false) =>
    out.push({ id, label, dueDate: d.dueDate, basis: d.basis, toVerify: d.toVerify, explanation: d.explanation, status: done ? 'done' : info ? 'info' : d.dueDate < today ? 'overdue' : 'running' });
  push('LIMITATION', 'Thời hiệu xử phạt', limitationEnd(timingOf(c), calendar, c.xlvphcVersion as XlvphcVersion), finished);
  push('RECORD', 'Lập biên bản vi phạm hành chính', recordDeadline(c.detectedOn, calendar), c.recordOn !== null || finished);
  if (c.recordOn) {
    if (explanationRequired({ bracketMaxIndividual: c.bracketMaxIndividual, subjectType: c.violatorKind as 'individual' | 'organisation', licenceOrSuspension: c.licenceOrSuspension }).required)
      push('EXPLANATION', 'Giải trình bằng văn bản', explanationDeadlines(c.recordOn, calendar).written, finished || c.status === 'under_consideration', true);
    push('DECISION', 'Ra quyết định xử phạt', decisionDeadline(c.recordOn, decisionCaseOf(c), calendar, Boolean((c.facts as { extensionGranted?: boolean }).extensionGranted)), finished);
  }
  if (c.decidedOn) {
    push('SENDING', 'Gửi quyết định xử phạt', sendingDeadline(c.decidedOn, calendar), c.receivedOn !== null);
    if (c.paymentDue) {
      const due = ledger?.nextDue ?? c.postponedUntil ?? c.paymentDue;
      const paid = ['complied', 'closed', 'deemed_never_sanctioned', 'enforced'].includes(c.status) || (ledger !== null && ledger.balance === 0);
      out.push({ id: 'PAYMENT', label: c.instalments?.length ? 'Nộp tiền phạt (lần tiếp theo)' : c.postponedUntil ? 'Chấp hành sau khi hoãn' : 'Chấp hành quyết định, nộp tiền phạt', dueDate: due, basis: 'Luật Xử lý vi phạm hành chính, khoản 2 Điều 68; khoản 1 Điều 73; khoản 1 Điều 78', toVerify: c.paymentDueFinance !== null && c.paymentDueFinance !== c.paymentDue, explanation: c.paymentDueFinance && c.paymentDueFinance !== c.paymentDue ? [`Theo cách tính của Bộ Tài chính (Thông tư 18/2023/TT-BTC): ${formatVn(c.paymentDueFinance)} — cần xác minh.`] : [], status: paid ? 'done' : due < today ? 'overdue' : 'running' });
    }
    push('EXECUTION_LIMITATION', 'Thời hiệu thi hành quyết định xử phạt', executionLimitationEnd(c.decidedOn, calendar), ['complied', 'enforced', 'closed', 'deemed_never_sanctioned', 'execution_time_barred'].includes(c.status), true);
  }
  if (c.completedOn) push('DEEMED', 'Được coi là chưa bị xử lý vi phạm hành chính', deemedNeverSanctionedOn(c.completedOn, (c.forms ?? []).every((f) => f === 'warning') ? 'warning' : 'other', calendar), c.status === 'deemed_never_sanctioned', true);
  return out;
}

const titleLabel = (t: string | null) => (t ? (TITLE_LABELS_VI[t as SanctioningTitle] ?? t) : null);

/** The whole case: facts, decision, ledger with each payment's late fee, clocks with their articles, documents, timeline. */
export async function getCase(deps: Deps, actor: Actor, id: string) {
  const found = await loadReadable(deps, actor, id);
  const c = found.sanction;
  const today = vnToday(deps.clock.now());
  const [payments, documents, events, calendar] = await Promise.all([repo.listPayments(deps.db, id), repo.listDocuments(deps.db, id), repo.listEvents(deps.db, id), getWorkingCalendar(deps.db)]);
  const ledger = ledgerOf(c, payments, today);
  let clocks: ClockView[] = [];
  try {
    clocks = clocksOf(c, calendar, today, ledger);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
  }
  return {
    ...summary({ sanction: c, agencyName: found.agencyName }, today),
    xlvphcVersion: c.xlvphcVersion,
    violatorIdNo: c.violatorIdNo,
    violatorAddress: c.violatorAddress,
    subjectName: found.subjectName,
    legalProvision: c.legalProvision,
    bracketMinIndividual: c.bracketMinIndividual,
    bracketMaxIndividual: c.bracketMaxIndividual,
    fieldMaxIndividual: c.fieldMaxIndividual,
    licenceOrSuspension: c.licenceOrSuspension,
    violationState: c.violationState,
    violationOn: c.violationOn,
    violationEndedOn: c.violationEndedOn,
    place: c.place,
    inspectionCaseId: c.inspectionCaseId,
    inspectionCaseNo: found.inspectionCaseNo,
    recordNo: c.recordNo,
    recordOn: c.recordOn,
    decision: c.decidedOn
      ? {
          signerName: c.signerName,
          signerTitle: c.signerTitle,
          signerTitleLabel: titleLabel(c.signerTitle),
          decisionCase: c.decisionCase,
          forms: c.forms ?? [],
          additionalPenalties: c.additionalPenalties ?? [],
          remedialMeasures: c.remedialMeasures ?? [],
          executionDays: c.executionDays,
          receivedOn: c.receivedOn,
          paymentDueFinance: c.paymentDueFinance,
          executionLimitationEnd: c.executionLimitationEnd,
          instalments: c.instalments ?? [],
          postponedUntil: c.postponedUntil,
        }
      : null,
    ledger: ledger && { fine: ledger.fine, paid: ledger.paid, balance: ledger.balance, lateFeeOnPayments: ledger.lateFeeOnPayments, lateFeeRunning: ledger.lateFeeRunning, lateFeePaid: ledger.lateFeePaid, lateFeeOwed: ledger.lateFeeOwed, overdue: ledger.overdue, nextDue: ledger.nextDue, basis: ledger.basis, explanation: ledger.explanation },
    payments: payments.map((p, i) => ({ id: p.id, paidOn: p.paidOn, amount: p.amount, lateFeeAmount: p.lateFeeAmount, receiptNo: p.receiptNo, note: p.note, lateDays: ledger?.perPayment[i]?.lateDays ?? 0, lateFee: ledger?.perPayment[i]?.fee ?? 0 })),
    clocks,
    documents: documents.map((d) => ({ id: d.id, kind: d.kind, number: d.numberText, issuedOn: d.issuedOn, status: d.status, signedAt: d.signedAt?.toISOString() ?? null })),
    events: events.map((e) => ({ at: e.at.toISOString(), actorLabel: e.actorLabel, event: e.event, fromState: e.fromState, toState: e.toState, note: e.note })),
    canManage: canManageSanction(actor, found.agencyPath),
  };
}
