// The case's findings/report/recommendations bundle, the overdue list, the inspected party's view, the follow-up
// inspection and the reminders job of the follow-up officer (issue 5 item 5; Luật Thanh tra 2025 Art 54–55).
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { FollowUpInspectionRequest, RecommendationsQuery } from '../../shared/contracts/inspections-followup';
import { can, scopesFor, type Actor } from '../../shared/domain/access';
import { editRefusal, findingRefusal, followUpBasis, followUpInspectionRefusal, followUpRefusal, KIND_LABELS_VI, recommendationReminderStage, recoveryProgress, type RecommendationKind, type RecommendationReminderStage } from '../../shared/domain/inspections/followup';
import { foldKey } from '../../shared/domain/text/vi';
// Direct imports (not the module index) as the petitions reminders do.
import { notify } from '../notifications/notifications.service';
import { usersWithRolesAt } from '../notifications/notifications.repository';
import { findAgency } from '../orgs';
import { canRecordFindings, findingsSummary, isLeader } from './inspections.findings';
import * as frepo from './inspections-followup.repository';
import { canManageInspection } from './inspections.policy';
import { presentRecommendations } from './inspections.recommendations';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, regimeOf, vnToday } from './inspections.service';

/** `GET /inspections/:id/followup`: items, findings with files, report, summary, recommendations and what the officer may do. */
export async function getFollowUp(deps: Deps, actor: Actor, caseId: string) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  const [items, findings, report, conclusion, recs, origin] = [await frepo.listItems(deps.db, caseId), await frepo.listFindings(deps.db, caseId), await frepo.findReport(deps.db, caseId), await frepo.conclusionStatus(deps.db, caseId), await frepo.listRecommendationRows(deps.db, caseId), await frepo.findByFollowUpCase(deps.db, caseId)];
  const manage = canManageInspection(actor, found.agencyPath);
  const recording = findingRefusal(c.status, c.regime);
  const recommending = editRefusal(conclusion?.status ?? null, c.status, c.regime);
  const following = followUpRefusal(conclusion?.status ?? null, c.regime, c.status);
  const text = (r: { messageVi: string; basis: string } | null) => (r ? `${r.messageVi} (${r.basis})` : null);
  return {
    items: items.map((i) => ({ id: i.id, seq: i.seq, title: i.title, description: i.description })),
    findings: findings.map(({ finding: f, files }) => ({
      id: f.id,
      itemId: f.itemId,
      seq: f.seq,
      description: f.description,
      legalBasis: f.legalBasis,
      amountVnd: f.amountVnd,
      responsible: f.responsible,
      status: f.status as 'proposed' | 'approved',
      createdByName: f.createdByName,
      createdAt: f.createdAt.toISOString(),
      approvedAt: f.approvedAt ? f.approvedAt.toISOString() : null,
      files: files.map((x) => ({ id: x.id, name: x.originalName, size: x.size, mimeType: x.mimeType })),
    })),
    report: report ? { sections: report.sections, status: report.status, submittedOn: report.submittedOn } : null,
    summary: await findingsSummary(deps.db, caseId),
    recommendations: await presentRecommendations(deps, recs),
    followUpOf: origin ? { caseId: origin.rec.caseId, caseNo: origin.caseNo, recommendationId: origin.rec.id, seq: origin.rec.seq, content: origin.rec.content } : null,
    can: {
      record: canRecordFindings(found.member) && !recording,
      approve: isLeader(found.member) && !recording,
      report: isLeader(found.member) && ['in_direct_inspection', 'suspended', 'direct_inspection_ended'].includes(c.status),
      recommend: (manage || isLeader(found.member)) && !recommending,
      followUp: !following,
      manage,
    },
    refusals: { record: text(recording), recommend: text(recommending), followUp: text(following) },
  };
}

/** `GET /inspections/recommendations`: recommendations of signed conclusions in the officer's scope; `overdue=1`: late ones. */
export async function listRecommendations(deps: Deps, actor: Actor, q: z.infer<typeof RecommendationsQuery>) {
  const today = vnToday(deps.clock.now());
  let within: string | undefined;
  if (q.agencyId) {
    const agency = await findAgency(deps.db, q.agencyId);
    if (!agency || !can(actor, 'inspections.read', { agencyPath: agency.path })) throw notFound('Không tìm thấy cơ quan.');
    within = agency.path;
  }
  const { rows, total } = await frepo.listScopedRecommendations(deps.db, { scopes: scopesFor(actor, 'inspections.read'), within, overdueOn: q.overdue === '1' ? today : undefined, limit: q.limit, offset: q.offset });
  const presented = await presentRecommendations(deps, rows.map((r) => r.rec));
  return { today, total, items: rows.map((r, i) => ({ ...presented[i]!, caseNo: r.caseNo, caseTitle: r.caseTitle, subjectName: r.subjectName, agencyName: r.agencyName })) };
}

/** What the inspected party sees: the recommendations of its published conclusion (Art 36(5), 37), without internal notes. */
export async function listPartyRecommendations(deps: Deps, actor: Actor, caseId: string) {
  const [row] = await repo.listPartyCases(deps.db, actor.userId, caseId);
  if (!row) throw notFound('Không tìm thấy cuộc thanh tra.');
  const conclusion = await frepo.conclusionStatus(deps.db, caseId);
  if (conclusion?.status !== 'published') return { items: [] };
  const recs = await presentRecommendations(deps, await frepo.listRecommendationRows(deps.db, caseId));
  return { items: recs.map((r) => ({ id: r.id, seq: r.seq, kindLabel: r.kindLabel, content: r.content, addressee: r.addressee, dueDate: r.dueDate, statusLabel: r.statusLabel, basis: r.basis, recovery: r.recovery ? { amountVnd: r.recovery.amountVnd, recovered: r.recovery.recovered, remaining: r.recovery.remaining, percent: r.recovery.percent, complete: r.recovery.complete } : null })) };
}

/**
 * A follow-up inspection (Art 55(1)-(2)): the chief inspector opens a new inspection of the implementation, pre-filled
 * from the recommendation (subject, content, origin ad hoc), linked both ways (the recommendation keeps the new case;
 * the new case's page shows what it follows up).
 */
export async function createFollowUpInspection(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, rid: string, input: z.infer<typeof FollowUpInspectionRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  if (!canManageInspection(actor, found.agencyPath)) throw forbidden('Chỉ Thủ trưởng cơ quan thanh tra quyết định thanh tra việc thực hiện kết luận (Luật Thanh tra 2025, khoản 1 Điều 55; Điều 26).');
  const rec = await frepo.findRecommendation(deps.db, rid);
  if (!rec || rec.caseId !== caseId) throw notFound('Không tìm thấy kiến nghị.');
  const notYet = followUpRefusal((await frepo.conclusionStatus(deps.db, caseId))?.status ?? null, c.regime, c.status);
  if (notYet) throw badRequest(`${notYet.messageVi} (${notYet.basis})`, notYet.code.toLowerCase());
  const now = deps.clock.now();
  const today = vnToday(now);
  const refused = followUpInspectionRefusal({ state: rec.status, dueDate: rec.dueDate, today, existingCaseId: rec.followUpCaseId, ruleSet: c.regime });
  if (refused) throw badRequest(`${refused.messageVi} (${refused.basis})`, refused.code.toLowerCase());
  if (input.decisionDate > today) throw badRequest('Ngày ký quyết định thanh tra không được sau ngày hôm nay.', 'future_date');
  if (input.decisionDate < rec.dueDate && !['not_implemented', 'partially_implemented', 'escalated'].includes(rec.status)) throw badRequest('Ngày quyết định phải sau thời hạn thực hiện kiến nghị.', 'invalid_date');
  const year = Number(input.decisionDate.slice(0, 4));
  const title = input.title ?? `Thanh tra việc thực hiện kiến nghị số ${rec.seq} của kết luận thanh tra ${c.caseNo} tại ${c.subjectName}`;
  const content = `Thanh tra việc thực hiện kiến nghị số ${rec.seq} (${KIND_LABELS_VI[rec.kind as RecommendationKind]}) của cuộc thanh tra ${c.caseNo}: ${rec.content} Đơn vị thực hiện: ${rec.addressee}. Thời hạn: ${formatVn(rec.dueDate)}. Căn cứ: ${followUpBasis(c.regime)}.`;
  const regime = regimeOf(input.decisionDate);
  const actorName = await officerName(deps.db, actor);
  return deps.db.transaction(async (tx) => {
    const seq = await repo.nextCaseSeq(tx, c.agencyId, year);
    const created = await repo.insertCase(tx, {
      agencyId: c.agencyId,
      caseYear: year,
      caseSeq: seq,
      caseNo: `${year}/TT-${String(seq).padStart(4, '0')}`,
      title,
      origin: 'ad_hoc',
      regime,
      subjectName: c.subjectName,
      subjectTaxCode: c.subjectTaxCode,
      subjectAddress: c.subjectAddress,
      content,
      periodFrom: null,
      periodTo: null,
      decisionNo: input.decisionNo ?? null,
      decisionDate: input.decisionDate,
      signerName: input.signerName ?? null,
      durationDays: input.durationDays,
      status: 'decided',
      facts: { followUpOfCase: c.id, followUpOfRecommendation: rec.id },
      provinceCode: c.provinceCode,
      searchText: foldKey([title, c.subjectName, c.subjectTaxCode ?? '', input.decisionNo ?? '', content].join(' ')),
      createdBy: actor.userId,
    });
    await frepo.updateRecommendation(tx, rid, { followUpCaseId: created.id });
    await frepo.insertStep(tx, { recommendationId: rid, event: 'follow_up_inspection', fromState: rec.status, toState: rec.status, on: input.decisionDate, note: `Cuộc thanh tra việc thực hiện kết luận ${created.caseNo}`, actorName, at: now });
    await repo.insertEvents(tx, [
      { caseId, at: now, actorUserId: actor.userId, actorLabel: actorName, event: 'recommendation.follow_up_inspection', note: `Kiến nghị số ${rec.seq}: quyết định thanh tra việc thực hiện kết luận — cuộc thanh tra ${created.caseNo} (${followUpBasis(c.regime)})`, partyVisible: false },
      { caseId: created.id, at: now, actorUserId: actor.userId, actorLabel: actorName, event: 'decide', toState: 'decided', partyVisible: true, note: `Quyết định thanh tra${input.decisionNo ? ` số ${input.decisionNo}` : ''} ngày ${formatVn(input.decisionDate)} — thanh tra việc thực hiện kết luận của cuộc thanh tra ${c.caseNo}` },
    ]);
    await recordAudit(tx, ctx, { action: 'inspection.follow_up_inspection', entityType: 'inspection', entityId: created.id, agencyId: c.agencyId, after: { caseNo: created.caseNo, regime, followUpOfCase: c.id, recommendationId: rid, decisionDate: input.decisionDate } }, now);
    return created;
  });
}

// ---------- Reminders ----------

export const FOLLOW_UP_REMINDER_QUEUE = 'inspections.recommendation_reminders';
export const FOLLOW_UP_REMINDER_CRON = '5 7 * * *';
/** Who is told when no follow-up officer is assigned: the heads of the inspection body (Art 55(1)). */
export const FOLLOW_UP_FALLBACK_ROLES = ['agency_head'] as const;
const SYSTEM: AuditContext = { actorUserId: null, actorName: 'Hệ thống (nhắc theo dõi kiến nghị)', ip: null, requestId: null };

/** The reminder's title and body (dd/mm/yyyy, amounts in đồng, the article). */
export function followUpReminderText(stage: RecommendationReminderStage, f: { caseNo: string; seq: number; kindLabel: string; addressee: string; dueDate: string; today: string; basis: string; remainingVnd?: number | null }) {
  const what = `Kiến nghị số ${f.seq} của cuộc thanh tra ${f.caseNo} (${f.kindLabel}; đơn vị thực hiện: ${f.addressee})`;
  const money = f.remainingVnd ? ` Còn phải thu hồi ${f.remainingVnd.toLocaleString('vi-VN')} đồng.` : '';
  const basis = ` Căn cứ: ${f.basis}.`;
  const due = formatVn(f.dueDate);
  switch (stage) {
    case 'due_soon':
      return { title: `Sắp đến hạn thực hiện kiến nghị — ${f.caseNo}`, body: `${what}: hạn thực hiện ${due}. Đề nghị đôn đốc.${money}${basis}` };
    case 'due_today':
      return { title: `Hết hạn hôm nay: kiến nghị — ${f.caseNo}`, body: `${what}: hạn thực hiện là hôm nay, ngày ${due}.${money}${basis}` };
    case 'overdue':
      return { title: `Kiến nghị chậm thực hiện — ${f.caseNo}`, body: `${what}: đã quá hạn ${due}. Đề nghị kiểm tra, xử lý theo khoản 2 Điều 55 hoặc đề xuất thanh tra việc thực hiện.${money}${basis}` };
  }
}

/** Runs the follow-up reminders for today: once per recommendation, stage and due date. Safe to run again. */
export async function runFollowUpReminders(deps: Deps): Promise<{ recommendations: number; notifications: number }> {
  const now = deps.clock.now();
  const today = vnToday(now);
  const days = deps.config.reminderDaysBefore;
  const horizon = new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
  const rows = await frepo.recommendationsToRemind(deps.db, horizon);
  const staged = rows.map((r) => ({ r, stage: recommendationReminderStage(r.rec.status, r.rec.dueDate, today, days) })).filter((x): x is { r: (typeof rows)[number]; stage: RecommendationReminderStage } => x.stage !== null);
  if (staged.length === 0) return { recommendations: 0, notifications: 0 };
  const heads = await usersWithRolesAt(deps.db, [...new Set(staged.map((x) => x.r.agencyId))], [...FOLLOW_UP_FALLBACK_ROLES]);
  const { payments } = await frepo.recommendationDetails(deps.db, staged.map((x) => x.r.rec.id));
  let sent = 0;
  for (const { r, stage } of staged) {
    const userIds = r.rec.followUpUserId ? [r.rec.followUpUserId] : [...new Set(heads.filter((h) => h.agencyId === r.agencyId).map((h) => h.id))];
    if (userIds.length === 0) continue;
    const remaining = r.rec.kind === 'recover_money' && r.rec.amountVnd ? recoveryProgress(r.rec.amountVnd, payments.filter((p) => p.recommendationId === r.rec.id)).remaining : null;
    const text = followUpReminderText(stage, { caseNo: r.caseNo, seq: r.rec.seq, kindLabel: KIND_LABELS_VI[r.rec.kind as RecommendationKind] ?? r.rec.kind, addressee: r.rec.addressee, dueDate: r.rec.dueDate, today, basis: followUpBasis(r.regime), remainingVnd: remaining });
    sent += await deps.db.transaction(async (tx) => {
      const created = await notify(deps, tx, { userIds, kind: `inspection.recommendation_${stage}`, ...text, link: `/inspections/${r.rec.caseId}`, entity: { type: 'inspection', id: r.rec.caseId }, agencyId: r.agencyId, dedupeKey: `inspection-recommendation:${r.rec.id}:${stage}:${r.rec.dueDate}` });
      if (created.length > 0) await recordAudit(tx, SYSTEM, { action: 'inspection.recommendation_reminder', entityType: 'inspection', entityId: r.rec.caseId, agencyId: r.agencyId, after: { recommendationId: r.rec.id, stage, dueDate: r.rec.dueDate, recipients: created.length } }, now);
      return created.length;
    });
  }
  deps.log.info({ today, recommendations: staged.length, notifications: sent }, 'recommendation reminders');
  return { recommendations: staged.length, notifications: sent };
}

/** Registers the daily follow-up reminders (07:05, after the petitions' reminders). */
export async function registerFollowUpJobs(deps: Deps): Promise<void> {
  deps.jobs.handle(FOLLOW_UP_REMINDER_QUEUE, async () => {
    await runFollowUpReminders(deps);
  });
  await deps.jobs.schedule('inspection-recommendation-reminders', FOLLOW_UP_REMINDER_CRON, FOLLOW_UP_REMINDER_QUEUE);
}
