// Risk-based proposals for the annual plan (issue 7 item 6; sanctions.md §9): the early-warning score helps an
// inspectorate prioritise its plan, but it is advisory and must never push a subject into an inspection the law does
// not allow yet — a business already inspected or checked in the plan year (Nghị quyết 198/2025/QH15 Art 4, TO
// VERIFY), a content concluded by a superior body (Luật Thanh tra 2025 Art 31(1)(b)), the same subject and content at
// the same time as another body (Art 4(3)). The exclusion is the overlap check a plan item would meet (findOverlaps);
// its blocking conflicts exclude the subject and are shown with their article on request. Pure.
import { ltt25 } from './citations';
import { FREQUENCY_RULES, findOverlaps, type ActivityItem, type FrequencyRule } from './overlap';
import { planItemActivity, type PlanItemFacts } from './plan-items';

/** A subject of the registry as a proposal candidate. */
export interface ProposalSubject {
  id: string;
  name: string;
  taxCode: string | null;
  kind: string;
}

/** Why a subject may not be proposed now: each blocking rule with its article. */
export interface ProposalExclusion {
  code: string;
  message: string;
  basis: string;
}

/** What the officer plans to inspect (topics, inspected period, quarter): the same facts a plan item has. */
export interface ProposalScope {
  planYear: number;
  agencyId: string;
  agencyKind: string;
  topics: readonly string[];
  periodFrom?: string | null;
  periodTo?: string | null;
  plannedQuarter?: number | null;
}

/** A proposal as the plan item it would become. */
export const proposalItem = (s: ProposalSubject, scope: ProposalScope): PlanItemFacts => ({
  id: `proposal-${s.id}`,
  planYear: scope.planYear,
  agencyId: scope.agencyId,
  agencyKind: scope.agencyKind,
  subjectId: s.id,
  subjectTaxCode: s.taxCode,
  subjectName: s.name,
  subjectKind: s.kind,
  topics: scope.topics,
  periodFrom: scope.periodFrom ?? null,
  periodTo: scope.periodTo ?? null,
  plannedQuarter: scope.plannedQuarter ?? null,
});

/**
 * The rules that keep a subject out of the proposals: every blocking conflict of the item it would become with the
 * other plans' items of the year, the recorded inspections and this plan's own items; and being already in this plan
 * (`inPlanSeq`). Warnings (a content concluded by the same body, an overlapping specialised check) do not exclude.
 */
export function proposalExclusions(s: ProposalSubject, scope: ProposalScope, others: readonly ActivityItem[], inPlanSeq: number | null, rules: readonly FrequencyRule[] = FREQUENCY_RULES): ProposalExclusion[] {
  const out: ProposalExclusion[] = [];
  if (inPlanSeq !== null) out.push({ code: 'IN_PLAN', message: `Đã có trong dự thảo kế hoạch này (mục số ${inPlanSeq}).`, basis: ltt25('khoản 3 Điều 4') });
  const candidate = planItemActivity(proposalItem(s, scope));
  const seen = new Set<string>();
  for (const c of findOverlaps(candidate, others, rules)) {
    if (c.severity !== 'block') continue;
    // One line per rule and other side is enough; the same rule met twice by one side says nothing new.
    const key = `${c.code}|${c.messageVi}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: c.code, message: c.messageVi, basis: c.basis });
  }
  return out;
}

/** Whole years from the last inspection's decision to the plan year; null when never inspected on the platform. */
export function yearsSinceInspection(planYear: number, lastDecisionDate: string | null | undefined): number | null {
  if (!lastDecisionDate) return null;
  return Math.max(0, planYear - Number(lastDecisionDate.slice(0, 4)));
}

/** One indicator's share in a score, as the stored explanation keeps it. */
export interface Contribution {
  key: string;
  contribution: number;
  raw: number;
}

/** The indicators that weigh most in a score (contribution > 0), largest first, at most `n`. */
export function topContributions<T extends Contribution>(indicators: readonly T[], n = 3): T[] {
  return indicators
    .filter((i) => i.contribution > 0)
    .sort((a, b) => b.contribution - a.contribution || a.key.localeCompare(b.key))
    .slice(0, n);
}

/** The reason a proposal was made, kept on the plan item it becomes (score, level, top indicators, years). */
const vn1 = (n: number) => n.toFixed(1).replace('.', ',');

/** The reason text (Vietnamese decimals: "48,0"). */
export function proposalReasonText(p: { score: number | null; levelLabel: string | null; top: readonly { name: string; contribution: number }[]; years: number | null }): string {
  const parts: string[] = [];
  parts.push(p.score === null ? 'Chưa có điểm rủi ro' : `Điểm rủi ro ${vn1(p.score)}${p.levelLabel ? ` (${p.levelLabel})` : ''}`);
  if (p.top.length) parts.push(`chỉ số chính: ${p.top.map((t) => `${t.name} +${vn1(t.contribution)}`).join('; ')}`);
  parts.push(p.years === null ? 'chưa được thanh tra trên hệ thống' : `${p.years} năm từ lần thanh tra gần nhất`);
  return parts.join(' — ');
}

/**
 * The agency paths whose subjects an inspectorate's plan may propose, within the officer's scope: the subtree of the
 * same-level state-management body (its people's committee or ministry: the inspectorate inspects within that body's
 * management, Luật Thanh tra 2025 Art 18(2)), intersected with the officer's `subjects.read` scopes.
 */
export function proposalScopes(readScopes: readonly string[], area: string): string[] {
  const out = new Set<string>();
  for (const s of readScopes) {
    if (s.startsWith(area)) out.add(s);
    else if (area.startsWith(s)) out.add(area);
  }
  return [...out];
}
