// Risk-based planning (issue 7 item 6): the subjects an inspectorate's annual plan may take, ranked by their
// early-warning score with the reasons (score, the indicators that weigh most in its stored explanation, years since
// the last inspection), leaving out those the law keeps out of the plan now (proposalExclusions: once a year for
// businesses — NQ 198/2025 Art 4; concluded by a superior body; same subject and content at the same time), shown
// with their article on request. Accepting proposals adds them as items of the draft plan, each keeping its subject
// and a note of the score and reasons it was accepted on.
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden } from '../../server/http/errors';
import type { AcceptProposalsRequest, ProposalQuery } from '../../shared/contracts/inspection-plans';
import { scopesFor, type Actor } from '../../shared/domain/access';
import { caseActivity, planItemActivity, proposalExclusions, proposalReasonText, proposalScopes, topContributions, topicsOfText, yearsSinceInspection, type ActivityItem, type ProposalExclusion, type ProposalScope } from '../../shared/domain/inspections';
import { vsicSection, VSIC_SECTIONS } from '../../shared/domain/subjects/indicators/vsic';
import { findAgency } from '../orgs';
import { canEditItems, canSeeProposals } from './plans.policy';
import { loadPlan, officerName, vnToday, type LoadedPlan } from './plans.service';
import * as repo from './plans.repository';

/** Registry statuses of organisations that still operate: the others (revoked, dissolved, bankrupt) are not proposed. */
export const PROPOSED_STATUSES = ['active', 'suspended'] as const;

const LEVEL_LABELS: Record<string, string> = { none: 'bình thường', watch: 'theo dõi', warning: 'cảnh báo', serious: 'nghiêm trọng' };

/** The 2-digit VSIC divisions of a section letter (A → 01, 02, 03). */
const divisionsOf = (section: string) => Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')).filter((d) => vsicSection(d) === section);

async function requirePlanner(deps: Deps, actor: Actor, planId: string) {
  const found = await loadPlan(deps, actor, planId);
  if (!canSeeProposals(found.roles)) throw forbidden('Chỉ Chánh Thanh tra và công chức của cơ quan thanh tra lập kế hoạch mới xem đề xuất theo rủi ro của kế hoạch cơ quan mình (Luật Thanh tra 2025, khoản 2 Điều 18).');
  return found;
}

/** The subjects the plan may propose: within the same-level management body's subtree and the officer's scope. */
async function filterOf(deps: Deps, actor: Actor, found: LoadedPlan, vsic: string | undefined): Promise<repo.ProposalFilter> {
  const parent = found.agencyParentId ? await findAgency(deps.db, found.agencyParentId) : undefined;
  const scopes = proposalScopes(scopesFor(actor, 'subjects.read'), parent?.path ?? found.agencyPath);
  const f: repo.ProposalFilter = { scopes, statuses: PROPOSED_STATUSES };
  if (vsic && /^[A-U]$/.test(vsic)) f.vsicDivisions = divisionsOf(vsic);
  else if (vsic) f.vsicPrefix = vsic;
  return f;
}

/** Each subject of the filter (or of `ids`) the law keeps out of the plan now, with the rules and their articles. */
async function exclusionsOf(db: Db, found: LoadedPlan, f: repo.ProposalFilter, scope: ProposalScope, ids?: string[]) {
  const [items, cases] = [await repo.proposalPlanItems(db, f, found.plan.planYear, ids), await repo.proposalCases(db, f, ids)];
  const bySubject = new Map<string, { others: ActivityItem[]; inPlan: number | null }>();
  const entry = (id: string) => {
    let e = bySubject.get(id);
    if (!e) bySubject.set(id, (e = { others: [], inPlan: null }));
    return e;
  };
  for (const r of items) {
    const e = entry(r.subjectId);
    if (r.item.planId === found.plan.id) {
      e.inPlan = e.inPlan === null ? r.item.seq : Math.min(e.inPlan, r.item.seq);
      continue;
    }
    e.others.push(planItemActivity({ ...r.item, planYear: found.plan.planYear, agencyId: r.agencyId, agencyKind: r.agencyKind }));
  }
  for (const r of cases) {
    const i = r.inspection;
    entry(r.subjectId).others.push(caseActivity({ id: i.id, agencyId: i.agencyId, agencyKind: r.agencyKind, subjectId: i.subjectId, subjectTaxCode: i.subjectTaxCode, subjectName: i.subjectName, subjectKind: r.subjectKind, topics: r.itemTopics ?? topicsOfText(i.content), periodFrom: i.periodFrom, periodTo: i.periodTo, decisionDate: i.decisionDate, durationDays: i.durationDays, status: i.status }));
  }
  const out = new Map<string, ProposalExclusion[]>();
  // The candidate names the subject by registry id and tax code, as the activities do.
  const facts = await repo.proposalPage(db, f, { only: [...bySubject.keys()] }, Math.max(1, bySubject.size), 0);
  for (const s of facts.rows) {
    const e = bySubject.get(s.id)!;
    const ex = proposalExclusions({ id: s.id, name: s.name, taxCode: s.taxCode, kind: s.kind }, scope, e.others, e.inPlan);
    if (ex.length) out.set(s.id, ex);
  }
  return out;
}

/** Score, top indicators (names from the set version), years since the last inspection, and the reason line. */
async function withReasons(db: Db, planYear: number, rows: Awaited<ReturnType<typeof repo.proposalPage>>['rows'], exclusions: Map<string, ProposalExclusion[]>) {
  const explanations = await repo.scoreExplanations(db, rows.map((r) => r.historyId).filter((x): x is number => x !== null));
  const sets = await repo.indicatorSets(db, [...new Set(rows.map((r) => r.setVersion).filter((x): x is number => x !== null))]);
  return rows.map((r) => {
    const names = new Map((r.setVersion !== null ? (sets.get(r.setVersion)?.indicators ?? []) : []).map((d) => [d.key, d.nameVi]));
    const explanation = r.historyId !== null ? explanations.get(r.historyId) : undefined;
    const top = topContributions(explanation?.indicators ?? []).map((i) => ({ key: i.key, name: names.get(i.key) ?? i.key, contribution: Math.round(i.contribution * 10) / 10, raw: i.raw }));
    const years = yearsSinceInspection(planYear, r.lastInspectionOn);
    const section = vsicSection(r.vsicCode);
    return {
      subjectId: r.id,
      name: r.name,
      taxCode: r.taxCode,
      kind: r.kind,
      vsicCode: r.vsicCode,
      sector: section ? `${section} — ${VSIC_SECTIONS[section]}` : null,
      score: r.score === null ? null : Math.round(r.score * 10) / 10,
      level: r.level,
      setVersion: r.setVersion,
      historyId: r.historyId,
      top,
      lastInspectionOn: r.lastInspectionOn,
      yearsSinceInspection: years,
      reason: proposalReasonText({ score: r.score, levelLabel: r.level ? (LEVEL_LABELS[r.level] ?? r.level) : null, top, years }),
      exclusions: exclusions.get(r.id) ?? [],
    };
  });
}

const scopeOf = (found: LoadedPlan, topics: readonly string[], plannedQuarter?: number | null): ProposalScope => ({ planYear: found.plan.planYear, agencyId: found.plan.agencyId, agencyKind: found.agencyKind, topics, plannedQuarter: plannedQuarter ?? null });

/** One page of the proposals (or, with `excluded`, of the subjects kept out with their articles). Viewing is audited. */
export async function listProposals(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, q: z.infer<typeof ProposalQuery>) {
  const found = await requirePlanner(deps, actor, planId);
  const f = await filterOf(deps, actor, found, q.vsic);
  const exclusions = await exclusionsOf(deps.db, found, f, scopeOf(found, q.topics ?? [], q.plannedQuarter));
  const excludedIds = [...exclusions.keys()];
  const page = await repo.proposalPage(deps.db, f, q.excluded === 'true' ? { only: excludedIds } : { not: excludedIds }, q.limit, q.offset);
  const items = await withReasons(deps.db, found.plan.planYear, page.rows, exclusions);
  // Scores are internal documents of the inspecting body: who viewed which is logged (sanctions.md §9.3(4)).
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'inspection_plan.proposals_view', entityType: 'inspection_plan', entityId: planId, agencyId: found.plan.agencyId, after: { vsic: q.vsic ?? null, topics: q.topics ?? [], excluded: q.excluded === 'true', offset: q.offset, subjectIds: items.map((i) => i.subjectId) } }, deps.clock.now()),
  );
  return { items, total: page.total, excludedTotal: excludedIds.length };
}

/**
 * Adds accepted proposals to the draft plan: each subject must still be a candidate of the plan (scope, operating) and
 * not kept out by the law for the content given (checked again now); each item keeps the subject and the score and
 * reasons it was accepted on. One transaction under the plan's version; audited.
 */
export async function acceptProposals(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, input: z.infer<typeof AcceptProposalsRequest>) {
  const found = await requirePlanner(deps, actor, planId);
  if (found.plan.status !== 'drafting') throw badRequest('Kế hoạch đã trình hoặc ban hành: chỉ thay đổi bằng điều chỉnh, bổ sung kế hoạch (có lý do).', 'wrong_state');
  if (!canEditItems(found.roles, found.plan.status)) throw forbidden('Chỉ Chánh Thanh tra và công chức của cơ quan thanh tra soạn các nội dung của kế hoạch.');
  const f = await filterOf(deps, actor, found, undefined);
  const topics = input.topics ?? topicsOfText(input.content);
  const exclusions = await exclusionsOf(deps.db, found, f, scopeOf(found, topics, input.plannedQuarter), input.subjectIds);
  const page = await repo.proposalPage(deps.db, f, { only: input.subjectIds }, input.subjectIds.length, 0);
  if (page.rows.length !== input.subjectIds.length) throw badRequest('Có đối tượng không thuộc phạm vi đề xuất của kế hoạch (ngoài phạm vi quản lý, hoặc đã ngừng hoạt động).', 'invalid_subject');
  const blocked = page.rows.filter((r) => exclusions.has(r.id));
  if (blocked.length) {
    const first = exclusions.get(blocked[0]!.id)![0]!;
    throw badRequest(`${blocked[0]!.name}: ${first.message} (${first.basis})${blocked.length > 1 ? ` — và ${blocked.length - 1} đối tượng khác` : ''}`, 'excluded_subject');
  }
  const order = new Map(input.subjectIds.map((id, n) => [id, n]));
  const rows = (await withReasons(deps.db, found.plan.planYear, page.rows, exclusions)).sort((a, b) => order.get(a.subjectId)! - order.get(b.subjectId)!);
  const now = deps.clock.now();
  const today = vnToday(now);
  return deps.db.transaction(async (tx) => {
    if (!(await repo.bumpPlan(tx, found.plan.id, input.planVersion))) throw conflict('Kế hoạch vừa được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.', 'stale_version');
    const byName = await officerName(tx, actor);
    let seq = await repo.nextItemSeq(tx, planId);
    const added = [];
    for (const p of rows) {
      const item = await repo.insertItem(tx, {
        planId,
        seq: seq++,
        subjectId: p.subjectId,
        subjectName: p.name,
        subjectTaxCode: p.taxCode,
        subjectKind: p.kind,
        content: input.content,
        topics,
        plannedQuarter: input.plannedQuarter ?? null,
        leadUnit: input.leadUnit,
        kind: found.plan.regime === 'ltt_2022' ? 'administrative' : null,
        proposal: { score: p.score, level: p.level, setVersion: p.setVersion, historyId: p.historyId, yearsSinceInspection: p.yearsSinceInspection, reason: p.reason, acceptedOn: today },
      });
      added.push({ itemId: item.id, seq: item.seq, subjectId: p.subjectId, score: p.score, historyId: p.historyId });
    }
    await repo.insertEvents(tx, added.map((a, n) => ({ planId, at: now, actorUserId: actor.userId, actorLabel: byName, event: 'item_added', note: `Thêm mục số ${a.seq} — ${rows[n]!.name} theo đề xuất rủi ro: ${rows[n]!.reason}` })));
    await recordAudit(tx, ctx, { action: 'inspection_plan.proposals_accept', entityType: 'inspection_plan', entityId: planId, agencyId: found.plan.agencyId, after: { items: added, content: input.content, topics } }, now);
    return added;
  });
}
