// Annual plan items and their overlap report (inspections.md §5.2, §20; inspections-2025.md §5.2, §20): how a plan
// item, another agency's plan item or a recorded inspection becomes an ActivityItem for findOverlaps, the report per
// item (conflicts, which block and which are resolved), and the difference between two versions of a plan. Pure.
import type { IsoDate } from '../calendar';
import { foldKey } from '../text/vi';
import { findOverlaps, FREQUENCY_RULES, type ActivityItem, type DateSpan, type FrequencyRule, type OverlapConflict, type SubjectCategory } from './overlap';

/**
 * Topics (lĩnh vực) of an inspection's content, used to compare contents across plans and decisions ("cùng nội
 * dung", Art 4(3) of both laws). Free text cannot be compared; a shared list can.
 */
export const PLAN_TOPICS = ['finance_budget', 'public_investment', 'land', 'construction', 'environment', 'natural_resources', 'tax', 'labour_social_insurance', 'health', 'education', 'anti_corruption', 'complaints_denunciations', 'public_service', 'other'] as const;
export type PlanTopic = (typeof PLAN_TOPICS)[number];

export const PLAN_TOPIC_LABELS_VI: Record<PlanTopic, string> = {
  finance_budget: 'Tài chính, ngân sách',
  public_investment: 'Đầu tư công',
  land: 'Đất đai',
  construction: 'Xây dựng',
  environment: 'Môi trường',
  natural_resources: 'Tài nguyên, khoáng sản',
  tax: 'Thuế',
  labour_social_insurance: 'Lao động, bảo hiểm xã hội',
  health: 'Y tế, dược',
  education: 'Giáo dục',
  anti_corruption: 'Phòng, chống tham nhũng',
  complaints_denunciations: 'Tiếp công dân, giải quyết khiếu nại, tố cáo',
  public_service: 'Thực hiện nhiệm vụ, công vụ',
  other: 'Khác',
};

// Folded keywords (foldKey: lower case, no diacritics) of each topic, to read the topics of a decision entered as text.
const TOPIC_WORDS: [PlanTopic, string[]][] = [
  ['finance_budget', ['tai chinh', 'ngan sach', 'thu chi']],
  ['public_investment', ['dau tu cong', 'von dau tu', 'du an dau tu']],
  ['land', ['dat dai', 'su dung dat', 'giao dat', 'chothue dat']],
  ['construction', ['xay dung', 'cong trinh']],
  ['environment', ['moi truong', 'chat thai', 'xa thai']],
  ['natural_resources', ['khoang san', 'tai nguyen nuoc', 'tai nguyen']],
  ['tax', ['thue']],
  ['labour_social_insurance', ['lao dong', 'bao hiem xa hoi', 'bao hiem y te', 'tien luong']],
  ['health', ['y te', 'duoc', 'kham chua benh']],
  ['education', ['giao duc', 'dao tao']],
  ['anti_corruption', ['tham nhung', 'tieu cuc']],
  ['complaints_denunciations', ['khieu nai', 'to cao', 'tiep cong dan']],
  ['public_service', ['cong vu', 'nhiem vu, quyen han', 'thuc hien nhiem vu']],
];

/** Topics named in a content written as text ("Thanh tra việc chấp hành pháp luật về thuế, đất đai" → tax, land); 'other' when none. */
export function topicsOfText(text: string): PlanTopic[] {
  // "cho thuê đất" (leasing land) is about land, not tax.
  const folded = foldKey(text).replace(/cho thue/g, 'chothue');
  const found = TOPIC_WORDS.filter(([, words]) => words.some((w) => new RegExp(`(^|[^a-z])${w}([^a-z]|$)`).test(folded))).map(([t]) => t);
  return found.length > 0 ? found : ['other'];
}

/** When a planned item takes place: its month, else its quarter, else the whole plan year. */
export function plannedSpan(year: number, quarter?: number | null, month?: number | null): DateSpan {
  const last = (m: number) => new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  if (month) return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${last(month)}` };
  if (quarter) return { from: `${year}-${pad(quarter * 3 - 2)}-01`, to: `${year}-${pad(quarter * 3)}-${last(quarter * 3)}` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The quarter a month falls in. */
export const quarterOf = (month: number) => Math.ceil(month / 3);

/** Keys by which the same subject is recognised across plans and decisions: its registry id and its tax code. */
export function subjectKeys(s: { subjectId?: string | null; taxCode?: string | null; name?: string | null }): string[] {
  const keys: string[] = [];
  if (s.subjectId) keys.push(`subject:${s.subjectId}`);
  if (s.taxCode) keys.push(`tax:${s.taxCode}`);
  // Without either, only the exact same name (folded) is recognised — a weak key, but better than none.
  if (keys.length === 0 && s.name) keys.push(`name:${foldKey(s.name)}`);
  return keys;
}

/** The category the once-a-year rule reads (NQ 198/2025 Art 4 concerns businesses), from the registry's kind. */
export function subjectCategoryOf(kind: string | null | undefined): SubjectCategory | undefined {
  switch (kind) {
    case 'enterprise':
      return 'enterprise';
    case 'household_business':
      return 'household_business';
    case 'state_agency':
      return 'state_agency';
    case 'public_service_unit':
      return 'public_service_unit';
    case 'cooperative':
    case 'association':
    case 'other':
      return 'other_organisation';
    default:
      return undefined;
  }
}

/** The inspection body (bodies.ts) an agency of the platform is, by its kind. */
export function bodyOfAgencyKind(kind: string): string {
  const map: Record<string, string> = { government_inspectorate: 'gov_inspectorate', provincial_inspectorate: 'provincial_inspectorate', ministry_inspectorate: 'ministry_inspectorate', district_inspectorate: 'district_inspectorate' };
  return map[kind] ?? kind;
}

/** A plan item as the overlap rules see it. */
export interface PlanItemFacts {
  id: string;
  planYear: number;
  agencyId: string;
  agencyKind: string;
  subjectId?: string | null;
  subjectTaxCode?: string | null;
  subjectName: string;
  subjectKind?: string | null;
  topics: readonly string[];
  periodFrom?: IsoDate | null;
  periodTo?: IsoDate | null;
  plannedQuarter?: number | null;
  plannedMonth?: number | null;
}

/** A recorded inspection (decision) as the overlap rules see it. */
export interface CaseFacts {
  id: string;
  agencyId: string;
  agencyKind: string;
  subjectId?: string | null;
  subjectTaxCode?: string | null;
  subjectName: string;
  subjectKind?: string | null;
  topics: readonly string[];
  periodFrom?: IsoDate | null;
  periodTo?: IsoDate | null;
  decisionDate: IsoDate;
  durationDays: number;
  status: string;
}

const span = (from?: string | null, to?: string | null): DateSpan | undefined => (from && to ? { from, to } : undefined);
const addDays = (iso: IsoDate, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const CONCLUDED = new Set(['concluded', 'published', 'implementation_directed', 'file_handed_over', 'follow_up', 'closed']);

/** A plan item → ActivityItem: planned inspection, executed in its month/quarter of the plan year. */
export function planItemActivity(i: PlanItemFacts): ActivityItem {
  return {
    id: `item:${i.id}`,
    kind: 'inspection',
    body: bodyOfAgencyKind(i.agencyKind),
    agencyId: i.agencyId,
    origin: 'planned',
    subjectIds: subjectKeys({ subjectId: i.subjectId, taxCode: i.subjectTaxCode, name: i.subjectName }),
    subjectCategory: subjectCategoryOf(i.subjectKind),
    contentCodes: i.topics,
    inspectedPeriod: span(i.periodFrom, i.periodTo),
    executionPeriod: plannedSpan(i.planYear, i.plannedQuarter, i.plannedMonth),
    status: 'planned',
  };
}

/**
 * A recorded inspection → ActivityItem: executed from its decision for its duration (calendar days as written —
 * an approximation of the time on site, enough to tell "at the same time"); concluded once its conclusion is signed.
 */
export function caseActivity(c: CaseFacts): ActivityItem {
  return {
    id: `case:${c.id}`,
    kind: 'inspection',
    body: bodyOfAgencyKind(c.agencyKind),
    agencyId: c.agencyId,
    subjectIds: subjectKeys({ subjectId: c.subjectId, taxCode: c.subjectTaxCode, name: c.subjectName }),
    subjectCategory: subjectCategoryOf(c.subjectKind),
    contentCodes: c.topics,
    inspectedPeriod: span(c.periodFrom, c.periodTo),
    executionPeriod: { from: c.decisionDate, to: addDays(c.decisionDate, Math.max(0, c.durationDays - 1)) },
    status: c.status === 'terminated' ? 'terminated' : CONCLUDED.has(c.status) ? 'concluded' : 'open',
  };
}

/** The stable key of one conflict of an item (what a resolution refers to). */
export const conflictKey = (c: Pick<OverlapConflict, 'code' | 'otherId'>) => `${c.code}|${c.otherId}`;

/** A recorded resolution of a blocking conflict: the competent person's decision or the recorded clear signs of violation. */
export interface ConflictResolution {
  note: string;
  byName: string;
  at: string;
}

/** One item's conflicts, each marked resolved or not; `blocking` counts the unresolved ones of severity 'block'. */
export interface ItemOverlapReport {
  itemId: string;
  conflicts: (OverlapConflict & { key: string; resolution: ConflictResolution | null })[];
  blocking: number;
  warnings: number;
}

/**
 * The overlap report of a plan: each item against the plan's other items, other agencies' plan items and the
 * recorded inspections (findOverlaps with the effective-dated once-a-year rule). A blocking conflict stops approval
 * and issue (guard no_blocking_overlap) until it is resolved with a written basis.
 */
export function planOverlapReport(
  items: readonly PlanItemFacts[],
  others: readonly ActivityItem[],
  resolutions: Readonly<Record<string, Readonly<Record<string, ConflictResolution>>>>,
  frequencyRules: readonly FrequencyRule[] = FREQUENCY_RULES,
): { items: ItemOverlapReport[]; blocking: number; warnings: number } {
  const own = items.map(planItemActivity);
  const reports = items.map((item, n) => {
    const candidate = own[n]!;
    const existing = [...own.filter((_, k) => k !== n), ...others];
    const conflicts = findOverlaps(candidate, existing, frequencyRules).map((c) => {
      const key = conflictKey(c);
      return { ...c, key, resolution: c.severity === 'block' ? (resolutions[item.id]?.[key] ?? null) : null };
    });
    return {
      itemId: item.id,
      conflicts,
      blocking: conflicts.filter((c) => c.severity === 'block' && !c.resolution).length,
      warnings: conflicts.filter((c) => c.severity === 'warn').length,
    };
  });
  return { items: reports, blocking: reports.reduce((s, r) => s + r.blocking, 0), warnings: reports.reduce((s, r) => s + r.warnings, 0) };
}

/** The fields of an item a version compares. */
export const PLAN_ITEM_FIELDS = ['subjectName', 'subjectTaxCode', 'subjectId', 'content', 'topics', 'periodFrom', 'periodTo', 'plannedQuarter', 'plannedMonth', 'leadUnit', 'kind'] as const;
export type PlanItemSnapshot = { id: string; seq: number } & { [K in (typeof PLAN_ITEM_FIELDS)[number]]?: unknown };

/** What changed between two versions of a plan's items: added, removed, and changed fields as [before, after]. */
export interface PlanDiff {
  added: PlanItemSnapshot[];
  removed: PlanItemSnapshot[];
  changed: { id: string; seq: number; subjectName: string; fields: Record<string, [unknown, unknown]> }[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The difference between two snapshots of a plan's items (by item id). */
export function diffPlanItems(before: readonly PlanItemSnapshot[], after: readonly PlanItemSnapshot[]): PlanDiff {
  const old = new Map(before.map((i) => [i.id, i]));
  const now = new Map(after.map((i) => [i.id, i]));
  const changed: PlanDiff['changed'] = [];
  for (const a of after) {
    const b = old.get(a.id);
    if (!b) continue;
    const fields: Record<string, [unknown, unknown]> = {};
    for (const f of PLAN_ITEM_FIELDS) if (!same(b[f], a[f])) fields[f] = [b[f] ?? null, a[f] ?? null];
    if (Object.keys(fields).length > 0) changed.push({ id: a.id, seq: a.seq, subjectName: String(a.subjectName ?? ''), fields });
  }
  return { added: after.filter((i) => !old.has(i.id)), removed: before.filter((i) => !now.has(i.id)), changed };
}

/** Whether a diff changes nothing. */
export const emptyDiff = (d: PlanDiff) => d.added.length === 0 && d.removed.length === 0 && d.changed.length === 0;
