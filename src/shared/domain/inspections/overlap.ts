// Overlap and duplication rules for annual planning and for registering a decision (inspections.md §20,
// inspections-2025.md §20): a pure function taking the candidate item and the existing plans, inspections and checks,
// returning each conflict with its article and who resolves it.
import { isIsoDate, type IsoDate } from '../calendar';
import { formatViDate } from '../petitions/deadlines/format';
import { BODY_LABELS_VI, type InspectionBody } from './bodies';
import { cite, ltt22, ltt25, nd217 } from './citations';
import { LTT_2025_FROM } from './rule-sets';

/** An inclusive date range. */
export interface DateSpan {
  from: IsoDate;
  to: IsoDate;
}

/** What the item is. */
export type ActivityKind = 'inspection' | 'specialised_check' | 'state_audit';
/** Subject categories; the once-a-year rule concerns businesses (NQ 198/2025 Art 4). */
export type SubjectCategory = 'enterprise' | 'household_business' | 'individual_business' | 'state_agency' | 'public_service_unit' | 'other_organisation' | 'individual';

/** A plan item, an inspection or check case, or a State Audit engagement. */
export interface ActivityItem {
  id: string;
  kind: ActivityKind;
  /** Inspection body id (bodies.ts) or checking authority id; 'state_audit' for audits. */
  body: string;
  agencyId: string;
  origin?: 'planned' | 'ad_hoc' | 're_inspection';
  subjectIds: readonly string[];
  subjectCategory?: SubjectCategory;
  /** Normalised content codes (field/topic of the inspection). */
  contentCodes: readonly string[];
  /** Thời kỳ thanh tra: the past period examined. */
  inspectedPeriod?: DateSpan;
  /** When the activity takes place (planned quarter, or decision → end). */
  executionPeriod: DateSpan;
  status?: 'planned' | 'open' | 'concluded' | 'terminated';
  conclusionIssuedOn?: IsoDate;
  /** Clear signs of violation recorded as justification (NQ 198/2025 Art 4 exception). */
  clearSignsOfViolation?: boolean;
}

export type OverlapCode =
  | 'SAME_SCOPE_SAME_TIME'
  | 'OVERLAP_WITH_STATE_AUDIT'
  | 'OVERLAP_WITH_SPECIALISED_CHECK'
  | 'OVERLAP_BETWEEN_CHECKS'
  | 'ALREADY_CONCLUDED'
  | 'CONCLUDED_BY_SUPERIOR'
  | 'ONCE_A_YEAR';

/** One conflict: 'block' must be resolved (or justified) before approval; 'warn' is shown to the approver. */
export interface OverlapConflict {
  code: OverlapCode;
  severity: 'block' | 'warn';
  otherId: string;
  subjectIds: string[];
  contentCodes: string[];
  messageVi: string;
  basis: string;
  /** Who resolves it, in Vietnamese (Art 55(2) table for ltt_2022; Inspector General / sector chief for ltt_2025). */
  resolverVi?: string;
  verification: 'V' | 'S' | 'INT';
}

/** Effective-dated parameter of the once-a-year rule (Nghị quyết 198/2025/QH15 Art 4 — text not on disk [S]). */
export interface FrequencyRule {
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  categories: readonly SubjectCategory[];
  maxPerYear: number;
  basis: string;
  toVerify: boolean;
}

/** Shipped once-a-year rule; the effective date and wording are TO VERIFY (spec §20.2), administrators may override. */
export const FREQUENCY_RULES: readonly FrequencyRule[] = [
  {
    effectiveFrom: '2025-05-17',
    categories: ['enterprise', 'household_business', 'individual_business'],
    maxPerYear: 1,
    basis: 'Nghị quyết 198/2025/QH15, Điều 4 (chưa đối chiếu văn bản gốc — cần xác minh)',
    toVerify: true,
  },
];

const overlaps = (a: DateSpan | undefined, b: DateSpan | undefined) => a !== undefined && b !== undefined && a.from <= b.to && b.from <= a.to;
const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x));
const yearOf = (d: IsoDate) => d.slice(0, 4);
const label = (body: string) => (body === 'state_audit' ? 'Kiểm toán nhà nước' : (BODY_LABELS_VI[body as InspectionBody] ?? body));

// 2022 Art 55(2): who inspects when two bodies overlap and the chiefs do not agree (null = a superior decides).
const RANK_2022: Partial<Record<string, number>> = { gov_inspectorate: 5, ministry_inspectorate: 4, gov_agency_inspectorate: 3, general_dept_inspectorate: 3, provincial_inspectorate: 2, department_inspectorate: 1, district_inspectorate: 0 };

/** Resolution of an overlap between two inspection bodies under ltt_2022 (Art 55(2)-(3)) or ltt_2025 (Art 11(2)(i), 14(5)). */
export function overlapResolver(a: string, b: string, on: IsoDate): { resolverVi: string; basis: string } {
  if (on >= LTT_2025_FROM) {
    const sector = ['defence_ministry_inspectorate', 'public_security_ministry_inspectorate', 'state_bank_inspectorate', 'armed_forces_sbv_other_inspectorate'];
    if (a !== b && sector.includes(a) && sector.includes(b) && (a === 'armed_forces_sbv_other_inspectorate' || b === 'armed_forces_sbv_other_inspectorate'))
      return { resolverVi: 'Chánh Thanh tra của ngành xử lý; báo cáo Tổng Thanh tra Chính phủ khi cần (cách hiểu)', basis: ltt25('khoản 5 Điều 14') };
    return { resolverVi: 'Tổng Thanh tra Chính phủ xử lý chồng chéo giữa các cơ quan thanh tra (không còn bảng ưu tiên tự động)', basis: ltt25('điểm i khoản 2 Điều 11') };
  }
  if (a === 'gov_inspectorate' || b === 'gov_inspectorate') return { resolverVi: 'Thanh tra Chính phủ tiến hành thanh tra', basis: ltt22('điểm a khoản 2 Điều 55') };
  const pair = [a, b].sort().join('|');
  const table: Record<string, { resolverVi: string; basis: string }> = {
    'ministry_inspectorate|ministry_inspectorate': { resolverVi: 'Chánh Thanh tra hai Bộ trao đổi; không thống nhất thì Tổng Thanh tra Chính phủ quyết định', basis: ltt22('điểm b khoản 2 Điều 55') },
    'department_inspectorate|department_inspectorate': { resolverVi: 'Chánh Thanh tra hai sở trao đổi; không thống nhất thì Chánh Thanh tra tỉnh quyết định', basis: ltt22('điểm i khoản 2 Điều 55') },
    'general_dept_inspectorate|general_dept_inspectorate': { resolverVi: 'Chánh Thanh tra hai Tổng cục/Cục trao đổi; không thống nhất thì Chánh Thanh tra Bộ quyết định', basis: ltt22('điểm g khoản 2 Điều 55') },
    'general_dept_inspectorate|gov_agency_inspectorate': { resolverVi: 'Chánh Thanh tra Bộ trao đổi; không thống nhất thì Tổng Thanh tra Chính phủ quyết định', basis: ltt22('điểm d khoản 2 Điều 55') },
    'gov_agency_inspectorate|ministry_inspectorate': { resolverVi: 'Chánh Thanh tra Bộ trao đổi; không thống nhất thì Tổng Thanh tra Chính phủ quyết định', basis: ltt22('điểm d khoản 2 Điều 55') },
  };
  if (table[pair]) return table[pair];
  const ra = RANK_2022[a];
  const rb = RANK_2022[b];
  if (ra !== undefined && rb !== undefined && ra !== rb) {
    const winner = ra > rb ? a : b;
    const letter: Record<string, string> = { ministry_inspectorate: 'c', gov_agency_inspectorate: 'đ', general_dept_inspectorate: 'e', provincial_inspectorate: 'h', department_inspectorate: 'k' };
    return { resolverVi: `Các Chánh Thanh tra trao đổi; không thống nhất thì ${label(winner)} tiến hành thanh tra`, basis: ltt22(`điểm ${letter[winner] ?? 'c'} khoản 2 Điều 55`) };
  }
  return { resolverVi: 'Tổng Thanh tra Chính phủ quy định hoặc quyết định', basis: ltt22('khoản 3 Điều 55') };
}

function checkItem(i: ActivityItem, what: string): void {
  for (const d of [i.executionPeriod.from, i.executionPeriod.to, ...(i.inspectedPeriod ? [i.inspectedPeriod.from, i.inspectedPeriod.to] : []), ...(i.conclusionIssuedOn ? [i.conclusionIssuedOn] : [])])
    if (!isIsoDate(d)) throw new RangeError(`${what} ${i.id}: ngày "${d}" không hợp lệ (định dạng YYYY-MM-DD).`);
  if (i.executionPeriod.to < i.executionPeriod.from) throw new RangeError(`${what} ${i.id}: thời gian tiến hành kết thúc trước khi bắt đầu.`);
}

/**
 * Conflicts of a candidate plan item (or decision) with existing plans, inspections, checks and audits: same subject
 * and content at the same time (Art 4(3) of both laws; inspection vs audit 2022 Art 55(1) / 2025 Art 56(3); inspection vs
 * check 2025 Art 58(2); checks NĐ 217 Art 4(2), 7(1)(b)), content already concluded (re-inspection only, Art 25 /
 * 2022 Art 56; concluded by a superior body: termination ground Art 31(1)(b)), and the once-a-year rule for businesses
 * (NQ 198/2025 Art 4, TO VERIFY). Terminated items never conflict.
 */
export function findOverlaps(candidate: ActivityItem, existing: readonly ActivityItem[], frequencyRules: readonly FrequencyRule[] = FREQUENCY_RULES): OverlapConflict[] {
  checkItem(candidate, 'Mục kế hoạch');
  const on = candidate.executionPeriod.from;
  const is2025 = on >= LTT_2025_FROM;
  const out: OverlapConflict[] = [];
  const freq = frequencyRules.find((r) => r.effectiveFrom <= on && (r.effectiveTo === undefined || on <= r.effectiveTo));

  for (const other of existing) {
    if (other.id === candidate.id || other.status === 'terminated') continue;
    checkItem(other, 'Hoạt động');
    const subjects = shared(candidate.subjectIds, other.subjectIds);
    if (subjects.length === 0) continue;
    const contents = shared(candidate.contentCodes, other.contentCodes);
    const base = { otherId: other.id, subjectIds: subjects, contentCodes: contents };
    const when = `${formatViDate(other.executionPeriod.from)}–${formatViDate(other.executionPeriod.to)}`;

    if (contents.length > 0 && overlaps(candidate.executionPeriod, other.executionPeriod)) {
      if (other.kind === 'state_audit' || candidate.kind === 'state_audit') {
        out.push({
          ...base, code: 'OVERLAP_WITH_STATE_AUDIT', severity: 'block', verification: 'V',
          messageVi: `Trùng đối tượng và nội dung với hoạt động kiểm toán nhà nước (${when}): một nội dung của tổ chức, cá nhân chỉ là đối tượng của một cơ quan thanh tra hoặc kiểm toán nhà nước.`,
          basis: is2025 ? cite(ltt25('khoản 3 Điều 4'), ltt25('khoản 3 Điều 56')) : cite(ltt22('khoản 3 Điều 4'), ltt22('khoản 1 Điều 55')),
          resolverVi: 'Thủ trưởng cơ quan thanh tra phối hợp với Thủ trưởng cơ quan kiểm toán nhà nước để có giải pháp',
        });
      } else if (candidate.kind === 'inspection' && other.kind === 'inspection') {
        const r = overlapResolver(candidate.body, other.body, on);
        out.push({
          ...base, code: 'SAME_SCOPE_SAME_TIME', severity: 'block', verification: is2025 ? 'INT' : 'V',
          messageVi: `Chồng chéo với cuộc thanh tra của ${label(other.body)} (${when}) về cùng đối tượng, cùng nội dung.`,
          basis: is2025 ? cite(ltt25('khoản 3 Điều 4'), r.basis) : cite(ltt22('khoản 3 Điều 4; khoản 2 Điều 45'), r.basis),
          resolverVi: r.resolverVi,
        });
      } else if (candidate.kind === 'specialised_check' && other.kind === 'specialised_check') {
        out.push({
          ...base, code: 'OVERLAP_BETWEEN_CHECKS', severity: 'block', verification: 'V',
          messageVi: `Trùng với cuộc kiểm tra chuyên ngành khác (${when}) về cùng đối tượng, cùng nội dung.`,
          basis: cite(nd217('khoản 2 Điều 4'), nd217('điểm b khoản 1 Điều 7')),
          resolverVi: 'Các cơ quan trao đổi; không thống nhất thì báo cáo Thủ trưởng cơ quan quản lý nhà nước cấp trên quyết định',
        });
      } else {
        out.push({
          ...base, code: 'OVERLAP_WITH_SPECIALISED_CHECK', severity: 'warn', verification: 'V',
          messageVi: `Thanh tra và kiểm tra chuyên ngành trùng đối tượng, nội dung (${when}): hai cơ quan phối hợp xử lý; không thống nhất thì cơ quan thanh tra tiến hành thanh tra.`,
          basis: cite(ltt25('khoản 2 Điều 58'), nd217('khoản 2 Điều 4')),
          resolverVi: 'Cơ quan thanh tra tiến hành thanh tra nếu không thống nhất',
        });
      }
    }

    if (contents.length > 0 && other.kind === 'inspection' && other.status === 'concluded' && candidate.kind === 'inspection' && candidate.origin !== 're_inspection' && (candidate.inspectedPeriod === undefined || other.inspectedPeriod === undefined || overlaps(candidate.inspectedPeriod, other.inspectedPeriod))) {
      const superior = isSuperior(other.body, candidate.body, on);
      out.push({
        ...base,
        code: superior ? 'CONCLUDED_BY_SUPERIOR' : 'ALREADY_CONCLUDED',
        severity: superior ? 'block' : 'warn',
        verification: superior ? 'V' : 'INT',
        messageVi: superior
          ? `Nội dung đã được cơ quan thanh tra cấp trên (${label(other.body)}) kết luận${other.conclusionIssuedOn ? ` ngày ${formatViDate(other.conclusionIssuedOn)}` : ''}: là căn cứ đình chỉ thanh tra.`
          : `Nội dung và thời kỳ này đã được thanh tra và kết luận${other.conclusionIssuedOn ? ` ngày ${formatViDate(other.conclusionIssuedOn)}` : ''}: chỉ thanh tra lại khi có căn cứ và trong thời hiệu 02 năm, do cơ quan cấp trên tiến hành (cách hiểu).`,
        basis: superior ? (is2025 ? ltt25('điểm b khoản 1 Điều 31') : ltt22('điểm b khoản 1 Điều 71')) : is2025 ? ltt25('Điều 25') : ltt22('Điều 56'),
      });
    }

    if (freq && candidate.kind !== 'state_audit' && other.kind !== 'state_audit' && candidate.subjectCategory && freq.categories.includes(candidate.subjectCategory) && yearOf(other.executionPeriod.from) === yearOf(on) && !candidate.clearSignsOfViolation) {
      out.push({
        ...base, code: 'ONCE_A_YEAR', severity: 'block', verification: 'S',
        messageVi: `Đối tượng là doanh nghiệp, hộ kinh doanh, cá nhân kinh doanh đã có hoạt động ${other.kind === 'inspection' ? 'thanh tra' : 'kiểm tra'} trong năm ${yearOf(on)}: không quá ${freq.maxPerYear} lần/năm, trừ trường hợp có dấu hiệu vi phạm rõ ràng (phải ghi căn cứ).`,
        basis: freq.basis,
      });
    }
  }
  return out;
}

// Superior bodies: 2022 — TTCP over all, Thanh tra Bộ over Tổng cục/Cục and sở, Thanh tra tỉnh over sở and huyện;
// 2025 — TTCP over BQP/BCA/NHNN/Cơ yếu/treaty/tỉnh; the three sector inspectorates over the other bodies of their sector.
function isSuperior(concluding: string, candidate: string, on: IsoDate): boolean {
  if (concluding === candidate) return false;
  if (concluding === 'gov_inspectorate') return true;
  if (on >= LTT_2025_FROM) return ['defence_ministry_inspectorate', 'public_security_ministry_inspectorate', 'state_bank_inspectorate'].includes(concluding) && candidate === 'armed_forces_sbv_other_inspectorate';
  if (concluding === 'ministry_inspectorate') return ['general_dept_inspectorate', 'department_inspectorate'].includes(candidate);
  if (concluding === 'provincial_inspectorate') return ['department_inspectorate', 'district_inspectorate'].includes(candidate);
  return false;
}
