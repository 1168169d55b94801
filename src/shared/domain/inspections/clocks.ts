// Effective-dated registry of every time limit of the inspection specs (inspections.md §22, inspections-2025.md §22,
// §29.7): one version per rule set, each with its article. Administrators add override rows of the same shape with an
// effective date (rules marked toVerify are the ones they are expected to confirm or configure).
import type { IsoDate } from '../calendar';
import type { Tier, TierKind } from './bodies';
import { blds, cite, ltt22, ltt25, nd217 } from './citations';
import { KTCN_2025_FROM, LTT_2022_FROM, LTT_2025_FROM, type RuleSetId } from './rule-sets';
import type { Verification } from '../workflow';

/** Every clock of the inspection and specialised-check specs (spec ids in CLOCK_SPEC_IDS). */
export const INSPECTION_CLOCK_IDS = [
  'PLAN_ORIENTATION_SUBMIT',
  'PLAN_ORIENTATION_APPROVE',
  'PLAN_GOV_GUIDANCE',
  'PLAN_LOWER_DRAFTS',
  'PLAN_GOV_ISSUE',
  'PLAN_SUBMIT',
  'PLAN_OPINION',
  'PLAN_ISSUE',
  'DECISION_ANNOUNCE',
  'OUTLINE_REQUEST',
  'DURATION',
  'SUSPENSION_SUBJECT_REQUEST',
  'SUPERVISION_REPORT',
  'RESULT_REPORT',
  'DRAFT_ASSIGN',
  'DRAFT_CONCLUSION',
  'CONCLUSION_SIGN',
  'HEAD_OPINION',
  'COMPLETE_AFTER_HEAD_REQUEST',
  'PUBLICATION',
  'IMPLEMENTATION_DIRECTION',
  'SUBJECT_PLAN',
  'MANAGING_HEAD_DUTIES',
  'IMPLEMENTATION_REPORT',
  'FILE_HANDOVER',
  'REINSPECTION_LIMITATION',
  'CHECK_DURATION',
] as const;
export type InspectionClockId = (typeof INSPECTION_CLOCK_IDS)[number];

/** Spec ids (TL-xx, KT-xx) of each clock. */
export const CLOCK_SPEC_IDS: Readonly<Record<InspectionClockId, string>> = {
  PLAN_ORIENTATION_SUBMIT: 'TL-01',
  PLAN_ORIENTATION_APPROVE: 'TL-01',
  PLAN_GOV_GUIDANCE: 'TL-02',
  PLAN_LOWER_DRAFTS: 'TL-03',
  PLAN_GOV_ISSUE: 'TL-04',
  PLAN_SUBMIT: 'TL-05',
  PLAN_OPINION: 'TL-31',
  PLAN_ISSUE: 'TL-05/TL-32',
  DECISION_ANNOUNCE: 'TL-07',
  OUTLINE_REQUEST: 'TL-08',
  DURATION: 'TL-09/TL-10/TL-11',
  SUSPENSION_SUBJECT_REQUEST: 'TL-12',
  SUPERVISION_REPORT: 'TL-15',
  RESULT_REPORT: 'TL-16',
  DRAFT_ASSIGN: 'TL-17',
  DRAFT_CONCLUSION: 'TL-18',
  CONCLUSION_SIGN: 'TL-20',
  HEAD_OPINION: 'TL-21',
  COMPLETE_AFTER_HEAD_REQUEST: 'TL-22',
  PUBLICATION: 'TL-23',
  IMPLEMENTATION_DIRECTION: 'TL-24',
  SUBJECT_PLAN: 'TL-25',
  MANAGING_HEAD_DUTIES: 'TL-26',
  IMPLEMENTATION_REPORT: '§16',
  FILE_HANDOVER: 'TL-27',
  REINSPECTION_LIMITATION: 'TL-28',
  CHECK_DURATION: 'KT-01/KT-02',
};

/**
 * 'period': n units after the triggering event; 'before': at the latest n units before the event; 'fixed_date': a
 * calendar date of the year before the plan year (not rolled over, spec §23.4); 'none': the law sets no number (the
 * version documents that, with the article, so that an administrator can configure one with an effective date).
 */
export type ClockKind = 'period' | 'before' | 'fixed_date' | 'none';

/** One allowed extension step: its cap and the grounds of which at least one must be recorded. */
export interface ExtensionStep {
  maxDays: number;
  groundsAnyOf: readonly ExtensionGround[];
}
export type ExtensionGround = 'complex' | 'especially_complex' | 'remote_area';

/** One effective-dated version of an inspection clock (shipped data and administrator overrides share it). */
export interface InspectionRuleVersion {
  clockId: InspectionClockId;
  version: number;
  ruleSet: RuleSetId;
  /** First day (inclusive) on which the selecting date picks this version. */
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  kind: ClockKind;
  /** 'calendar_days' for an unqualified "ngày", 'working_days' for "ngày làm việc", 'years' for limitation periods. */
  unit?: 'working_days' | 'calendar_days' | 'years';
  /**
   * The law says "ngày" without qualifier: calendar days are shipped (BLDS default) and the working-day reading is
   * computed beside it until legal confirms (spec §23.2) — TO VERIFY.
   */
  dayBasisToVerify?: boolean;
  length?: number;
  byTier?: Partial<Record<Tier, number>>;
  complexByTier?: Partial<Record<Tier, number>>;
  /** Longer period allowed without further condition (TTCP signing "có thể dài hơn nhưng không quá 30 ngày"). */
  longerByTier?: Partial<Record<Tier, number>>;
  tierKind?: TierKind;
  /** Fixed calendar date; `byIssuer` for dates that depend on who issues (2022 Art 45(6)). */
  fixed?: { month: number; day: number } | { byIssuer: Readonly<Record<string, { month: number; day: number }>> };
  /** Extension steps by tier (DURATION, CHECK_DURATION). */
  extensions?: Partial<Record<Tier, readonly ExtensionStep[]>>;
  /** Suspension on the subject's request (DURATION): cap in days from the suspension decision and count. */
  subjectSuspension?: { maxDays: number; maxCount?: number; basis: string };
  basis: string;
  verification: Verification;
  toVerify: boolean;
  labelVi: string;
  noteVi?: string;
}

/** Static facts about a clock. */
export interface InspectionClockDefinition {
  id: InspectionClockId;
  labelVi: string;
  labelEn: string;
  /** What starts the clock (or, for 'before' clocks, the event the act must precede). */
  triggerVi: string;
  /** Which date selects the version: the decision's issuance (the rule set is fixed for the case) or the event itself. */
  selectedBy: 'decision' | 'event';
}

type V = Omit<InspectionRuleVersion, 'clockId' | 'labelVi' | 'toVerify'> & { toVerify?: boolean };
const TO_2022 = '2025-06-30';

function clock(def: InspectionClockDefinition, versions: V[]): { def: InspectionClockDefinition; versions: InspectionRuleVersion[] } {
  return {
    def,
    versions: versions.map((v) => ({ ...v, clockId: def.id, labelVi: def.labelVi, toVerify: v.toVerify ?? (v.verification === 'TV' || v.verification === 'S' || Boolean(v.dayBasisToVerify)) })),
  };
}
const v22 = (x: Omit<V, 'version' | 'ruleSet' | 'effectiveFrom' | 'effectiveTo'>): V => ({ version: 1, ruleSet: 'ltt_2022', effectiveFrom: LTT_2022_FROM, effectiveTo: TO_2022, ...x });
const v25 = (x: Omit<V, 'version' | 'ruleSet' | 'effectiveFrom' | 'effectiveTo'>): V => ({ version: 1, ruleSet: 'ltt_2025', effectiveFrom: LTT_2025_FROM, ...x });
const days = (length: number, basis: string, extra: Partial<V> = {}): Omit<V, 'version' | 'ruleSet' | 'effectiveFrom' | 'effectiveTo'> => ({
  kind: 'period',
  unit: 'calendar_days',
  dayBasisToVerify: true,
  length,
  basis,
  verification: 'V',
  ...extra,
});
const none = (basis: string, noteVi: string, verification: Verification = 'V'): Omit<V, 'version' | 'ruleSet' | 'effectiveFrom' | 'effectiveTo'> => ({ kind: 'none', basis, noteVi, verification });
const fixed = (month: number, day: number, basis: string): Omit<V, 'version' | 'ruleSet' | 'effectiveFrom' | 'effectiveTo'> => ({ kind: 'fixed_date', fixed: { month, day }, basis, verification: 'V' });

const ENTRIES = [
  clock({ id: 'PLAN_ORIENTATION_SUBMIT', labelVi: 'Trình Định hướng chương trình thanh tra năm sau', labelEn: 'Submit the inspection orientation for next year', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22(fixed(9, 30, ltt22('khoản 1 Điều 44'))),
    v25(fixed(9, 30, ltt25('khoản 1 Điều 18'))),
  ]),
  clock({ id: 'PLAN_ORIENTATION_APPROVE', labelVi: 'Thủ tướng phê duyệt Định hướng chương trình thanh tra', labelEn: 'Prime Minister approves the orientation', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22(fixed(10, 15, ltt22('khoản 1 Điều 44'))),
    v25(fixed(10, 15, ltt25('khoản 1 Điều 18'))),
  ]),
  clock({ id: 'PLAN_GOV_GUIDANCE', labelVi: 'Thanh tra Chính phủ hướng dẫn xây dựng kế hoạch thanh tra', labelEn: 'Government Inspectorate guidance for the plans', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22(fixed(10, 25, ltt22('khoản 3 Điều 45'))),
    v25(none(ltt25('đoạn 2 khoản 1 Điều 18'), 'Luật Thanh tra 2025 không ấn định ngày hướng dẫn (trước đây 25/10).')),
  ]),
  clock({ id: 'PLAN_LOWER_DRAFTS', labelVi: 'Thanh tra cấp dưới gửi dự thảo kế hoạch thanh tra', labelEn: 'Lower inspectorates send their draft plans', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22(fixed(11, 10, ltt22('khoản 5 Điều 45'))),
    v25(none(ltt25('Điều 7; Điều 18'), 'Không còn thanh tra cấp sở, huyện, Tổng cục/Cục: bước này không còn.')),
  ]),
  clock({ id: 'PLAN_GOV_ISSUE', labelVi: 'Thanh tra Chính phủ ban hành kế hoạch thanh tra', labelEn: 'Government Inspectorate issues its plan', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22(fixed(11, 15, ltt22('khoản 4 Điều 45'))),
    v25(fixed(11, 15, ltt25('đoạn 2 khoản 2 Điều 18'))),
  ]),
  clock({ id: 'PLAN_SUBMIT', labelVi: 'Chánh Thanh tra trình kế hoạch thanh tra', labelEn: 'Chief inspector submits the plan', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22({ ...fixed(11, 30, ltt22('khoản 6 Điều 45')), noteVi: 'Trình Bộ trưởng, Chủ tịch UBND tỉnh ban hành.' }),
    v25({ ...fixed(11, 20, ltt25('đoạn 3 khoản 2 Điều 18')), noteVi: 'Trình Thủ trưởng cơ quan quản lý nhà nước cùng cấp cho ý kiến (không phải để ban hành).' }),
  ]),
  clock({ id: 'PLAN_OPINION', labelVi: 'Thủ trưởng cơ quan quản lý nhà nước cùng cấp cho ý kiến bằng văn bản về kế hoạch thanh tra', labelEn: 'Written opinion of the same-level head on the plan', triggerVi: 'năm kế hoạch', selectedBy: 'event' }, [
    v22(none(ltt22('khoản 6 Điều 45'), 'Theo Luật 2022, kế hoạch do Bộ trưởng, Chủ tịch UBND tỉnh ban hành; không có bước cho ý kiến.')),
    v25(fixed(11, 30, ltt25('đoạn 4 khoản 2 Điều 18'))),
  ]),
  clock({ id: 'PLAN_ISSUE', labelVi: 'Ban hành kế hoạch thanh tra', labelEn: 'Issue the annual plan', triggerVi: 'ngày Thủ trưởng cơ quan quản lý nhà nước cùng cấp cho ý kiến', selectedBy: 'event' }, [
    v22({ kind: 'fixed_date', fixed: { byIssuer: { ministry: { month: 12, day: 10 }, province: { month: 12, day: 20 } } }, basis: ltt22('khoản 6 Điều 45'), verification: 'V', noteVi: 'Bộ trưởng ban hành chậm nhất 10/12; Chủ tịch UBND tỉnh chậm nhất 20/12.' }),
    v25({ kind: 'period', unit: 'working_days', length: 5, basis: ltt25('đoạn 4 khoản 2 Điều 18'), verification: 'V', noteVi: 'Chánh Thanh tra ban hành chậm nhất sau 05 ngày làm việc kể từ khi được cho ý kiến.' }),
  ]),
  clock({ id: 'DECISION_ANNOUNCE', labelVi: 'Công bố quyết định thanh tra', labelEn: 'Announce the inspection decision', triggerVi: 'ngày ban hành quyết định thanh tra (Luật 2025) / ngày bắt đầu thanh tra trực tiếp (Luật 2022, đếm lùi)', selectedBy: 'decision' }, [
    v22({ kind: 'before', unit: 'calendar_days', dayBasisToVerify: true, length: 15, basis: ltt22('khoản 3 Điều 59'), verification: 'V', noteVi: 'Thanh tra theo kế hoạch: quyết định phải được gửi đối tượng thanh tra và công bố chậm nhất 15 ngày trước ngày tiến hành thanh tra trực tiếp; thanh tra đột xuất: trước khi thanh tra trực tiếp (khoản 4 Điều 59). Cách hiểu "gửi ≥ 15 ngày trước ngày công bố" cần rà soát (spec §6.3).' }),
    v25(days(15, ltt25('đoạn 2 khoản 4 Điều 26'), { noteVi: 'Áp dụng cho cả thanh tra theo kế hoạch và đột xuất.' })),
  ]),
  clock({ id: 'OUTLINE_REQUEST', labelVi: 'Gửi văn bản yêu cầu báo cáo theo đề cương', labelEn: 'Send the report-outline request', triggerVi: 'ngày công bố quyết định thanh tra', selectedBy: 'decision' }, [
    v22({ kind: 'before', unit: 'working_days', length: 5, basis: ltt22('khoản 2 Điều 62'), verification: 'V' }),
    v25(none(ltt25('điểm c khoản 1 Điều 21'), 'Luật 2025 chỉ nêu bước xây dựng và gửi đề cương, không quy định thời hạn (chờ văn bản hướng dẫn — cần xác minh).', 'TV')),
  ]),
  clock({ id: 'DURATION', labelVi: 'Thời hạn thanh tra (thanh tra trực tiếp)', labelEn: 'Inspection duration (direct inspection)', triggerVi: 'ngày công bố quyết định thanh tra', selectedBy: 'decision' }, [
    v22({
      kind: 'period', unit: 'calendar_days', dayBasisToVerify: true, tierKind: 'duration', byTier: { T1: 60, T2: 45, T3: 30 }, basis: cite(ltt22('khoản 1 Điều 47'), ltt22('khoản 11 Điều 2')), verification: 'V',
      extensions: {
        T1: [{ maxDays: 30, groundsAnyOf: ['complex', 'especially_complex'] }, { maxDays: 30, groundsAnyOf: ['especially_complex'] }],
        T2: [{ maxDays: 30, groundsAnyOf: ['complex', 'especially_complex'] }],
        T3: [{ maxDays: 15, groundsAnyOf: ['complex', 'especially_complex', 'remote_area'] }],
      },
      subjectSuspension: { maxDays: 30, basis: ltt22('điểm b khoản 1 Điều 70; khoản 2 Điều 47') },
    }),
    v25({
      kind: 'period', unit: 'calendar_days', dayBasisToVerify: true, tierKind: 'duration', byTier: { T1: 60, T2: 45, T3: 30 }, basis: cite(ltt25('khoản 1 Điều 20'), ltt25('khoản 10 Điều 2')), verification: 'V',
      extensions: {
        T1: [{ maxDays: 30, groundsAnyOf: ['complex', 'especially_complex'] }, { maxDays: 20, groundsAnyOf: ['especially_complex'] }],
        T2: [{ maxDays: 25, groundsAnyOf: ['complex', 'especially_complex', 'remote_area'] }],
        T3: [{ maxDays: 10, groundsAnyOf: ['complex', 'especially_complex', 'remote_area'] }],
      },
      subjectSuspension: { maxDays: 30, maxCount: 1, basis: ltt25('khoản 3 Điều 30; khoản 2 Điều 20') },
      noteVi: 'Luật 2025 không định nghĩa "phức tạp", "đặc biệt phức tạp" (cần xác minh văn bản hướng dẫn): ghi căn cứ gia hạn bằng văn bản.',
    }),
  ]),
  clock({ id: 'SUSPENSION_SUBJECT_REQUEST', labelVi: 'Tạm dừng thanh tra theo đề nghị của đối tượng thanh tra', labelEn: 'Suspension on the subject’s request', triggerVi: 'ngày ban hành quyết định tạm dừng thanh tra', selectedBy: 'decision' }, [
    v22(days(30, ltt22('điểm b khoản 1 Điều 70'))),
    v25(days(30, ltt25('khoản 3 Điều 30'), { noteVi: 'Chỉ được tạm dừng theo đề nghị của đối tượng 01 lần.' })),
  ]),
  clock({ id: 'SUPERVISION_REPORT', labelVi: 'Báo cáo kết quả giám sát Đoàn thanh tra', labelEn: 'Supervision report', triggerVi: 'ngày kết thúc thanh tra trực tiếp', selectedBy: 'decision' }, [
    v22(days(15, ltt22('khoản 3 Điều 101'))),
    v25(none(ltt25('Điều 32'), 'Luật 2025 không quy định thời hạn báo cáo giám sát (cần xác minh văn bản hướng dẫn).', 'TV')),
  ]),
  clock({ id: 'RESULT_REPORT', labelVi: 'Xây dựng báo cáo kết quả thanh tra', labelEn: 'Inspection result report', triggerVi: 'ngày kết thúc thanh tra trực tiếp', selectedBy: 'decision' }, [
    v22(days(0, ltt22('khoản 4 Điều 73'), { length: undefined, tierKind: 'closing', byTier: { T1: 30, T2: 20, T3: 15 }, complexByTier: { T1: 45, T2: 30, T3: 20 } })),
    v25(days(0, ltt25('khoản 4 Điều 33'), { length: undefined, tierKind: 'closing', byTier: { T1: 30, T2: 20, T3: 15 }, complexByTier: { T1: 45, T2: 30, T3: 25 } })),
  ]),
  clock({ id: 'DRAFT_ASSIGN', labelVi: 'Giao xây dựng dự thảo kết luận thanh tra', labelEn: 'Assign the draft conclusion', triggerVi: 'ngày nhận được báo cáo kết quả thanh tra', selectedBy: 'decision' }, [
    v22({ kind: 'period', unit: 'working_days', length: 5, basis: ltt22('khoản 1 Điều 75'), verification: 'V' }),
    v25({ kind: 'period', unit: 'working_days', length: 5, basis: ltt25('khoản 1 Điều 34'), verification: 'V' }),
  ]),
  clock({ id: 'DRAFT_CONCLUSION', labelVi: 'Xây dựng dự thảo kết luận thanh tra', labelEn: 'Draft the conclusion', triggerVi: 'ngày được giao xây dựng dự thảo kết luận', selectedBy: 'decision' }, [
    v22(days(0, ltt22('khoản 5 Điều 75'), { length: undefined, tierKind: 'closing', byTier: { T1: 30, T2: 20, T3: 15 }, complexByTier: { T1: 45, T2: 30, T3: 20 } })),
    v25(days(0, ltt25('khoản 5 Điều 34'), { length: undefined, tierKind: 'closing', byTier: { T1: 30, T2: 20, T3: 15 }, complexByTier: { T1: 45, T2: 30, T3: 25 } })),
  ]),
  clock({ id: 'CONCLUSION_SIGN', labelVi: 'Ký ban hành kết luận thanh tra', labelEn: 'Sign the conclusion', triggerVi: 'ngày nhận được dự thảo kết luận thanh tra', selectedBy: 'decision' }, [
    v22(days(15, ltt22('đoạn 1 khoản 1 Điều 78'))),
    v25(days(15, ltt25('đoạn 1 khoản 1 Điều 36'), { tierKind: 'duration', longerByTier: { T1: 30 }, noteVi: 'Dự thảo của Thanh tra Chính phủ: có thể dài hơn nhưng không quá 30 ngày.' })),
  ]),
  clock({ id: 'HEAD_OPINION', labelVi: 'Thủ trưởng cơ quan quản lý nhà nước cùng cấp có ý kiến về dự thảo kết luận', labelEn: 'Same-level head’s opinion on the draft', triggerVi: 'ngày nhận được văn bản báo cáo', selectedBy: 'decision' }, [
    v22(days(30, ltt22('đoạn 3 khoản 1 Điều 78'))),
    v25(days(30, ltt25('đoạn 4 khoản 1 Điều 36'))),
  ]),
  clock({ id: 'COMPLETE_AFTER_HEAD_REQUEST', labelVi: 'Hoàn thiện, ban hành kết luận sau khi có yêu cầu bổ sung', labelEn: 'Complete and issue after the head’s request', triggerVi: 'ngày nhận được văn bản yêu cầu bổ sung, làm rõ', selectedBy: 'decision' }, [
    v22(days(30, ltt22('đoạn 3 khoản 1 Điều 78'))),
    v25(none(ltt25('khoản 1 Điều 36'), 'Luật 2025 bỏ thời hạn 30 ngày này: không có thời hạn luật định (cần xác minh văn bản hướng dẫn).', 'TV')),
  ]),
  clock({ id: 'PUBLICATION', labelVi: 'Công khai kết luận thanh tra', labelEn: 'Publish the conclusion', triggerVi: 'ngày ký ban hành kết luận thanh tra', selectedBy: 'decision' }, [
    v22(days(10, ltt22('khoản 1 Điều 79'))),
    v25(days(10, ltt25('khoản 1 Điều 37'))),
  ]),
  clock({ id: 'IMPLEMENTATION_DIRECTION', labelVi: 'Ban hành văn bản chỉ đạo (tổ chức) thực hiện kết luận thanh tra', labelEn: 'Implementation direction document', triggerVi: 'ngày nhận được kết luận thanh tra', selectedBy: 'decision' }, [
    v22(days(15, ltt22('khoản 2 Điều 103'), { tierKind: 'duration', byTier: { T1: 30 }, noteVi: 'Kết luận của Thanh tra Chính phủ: Thủ tướng ban hành trong 30 ngày.' })),
    v25(days(15, ltt25('khoản 1 Điều 53'), { tierKind: 'duration', byTier: { T1: 30 }, noteVi: 'Kết luận của Thanh tra Chính phủ: Thủ tướng chỉ đạo trong 30 ngày; thời hạn của các Thủ trưởng khác đối với kết luận này cần xác minh.' })),
  ]),
  clock({ id: 'SUBJECT_PLAN', labelVi: 'Đối tượng thanh tra báo cáo (lập kế hoạch) đối với nội dung chưa thực hiện được ngay', labelEn: 'Subject’s plan / progress report for items not implementable at once', triggerVi: 'ngày công khai kết luận thanh tra', selectedBy: 'decision' }, [
    v22(days(10, ltt22('đoạn 2 khoản 1 Điều 104'))),
    v25(days(10, ltt25('khoản 1 Điều 54'))),
  ]),
  clock({ id: 'MANAGING_HEAD_DUTIES', labelVi: 'Người đứng đầu cơ quan quản lý trực tiếp đối tượng thực hiện trách nhiệm', labelEn: 'Managing head’s duties', triggerVi: 'ngày công khai kết luận thanh tra', selectedBy: 'decision' }, [
    v22(days(15, ltt22('khoản 2 Điều 104'))),
    v25(days(15, ltt25('khoản 2 Điều 54'))),
  ]),
  clock({ id: 'IMPLEMENTATION_REPORT', labelVi: 'Báo cáo kết quả thực hiện kết luận thanh tra', labelEn: 'Implementation report', triggerVi: 'ngày công khai kết luận thanh tra', selectedBy: 'decision' }, [
    v22(none(ltt22('khoản 3 Điều 104'), 'Luật không ấn định thời hạn; Nghị định 43/2023/NĐ-CP chưa có trên đĩa (cần xác minh).', 'TV')),
    v25(none(ltt25('khoản 3 Điều 54; khoản 3 Điều 55'), 'Luật không ấn định thời hạn; Chính phủ quy định chi tiết (cần xác minh).', 'TV')),
  ]),
  clock({ id: 'FILE_HANDOVER', labelVi: 'Hoàn thiện, bàn giao hồ sơ thanh tra', labelEn: 'Complete and hand over the inspection file', triggerVi: 'ngày ban hành văn bản tổ chức thực hiện kết luận (khóa hồ sơ)', selectedBy: 'decision' }, [
    v22(days(15, ltt22('khoản 2, 3 Điều 57'))),
    v25(none(ltt25('khoản 1 Điều 27'), 'Luật 2025 không có điều về hồ sơ thanh tra: không có thời hạn luật định (cần xác minh).', 'TV')),
  ]),
  clock({ id: 'REINSPECTION_LIMITATION', labelVi: 'Thời hiệu thanh tra lại', labelEn: 'Re-inspection limitation', triggerVi: 'ngày ban hành kết luận thanh tra bị xem xét', selectedBy: 'event' }, [
    v22({ kind: 'period', unit: 'years', length: 2, basis: cite(ltt22('khoản 2 Điều 56'), blds('Điều 148')), verification: 'V' }),
    v25({ kind: 'period', unit: 'years', length: 2, basis: cite(ltt25('khoản 2 Điều 25'), blds('Điều 148')), verification: 'V' }),
  ]),
  clock({ id: 'CHECK_DURATION', labelVi: 'Thời hạn kiểm tra chuyên ngành', labelEn: 'Specialised-check duration', triggerVi: 'ngày công bố quyết định kiểm tra', selectedBy: 'decision' }, [
    {
      version: 1, ruleSet: 'ktcn_2025', effectiveFrom: KTCN_2025_FROM, kind: 'period', unit: 'calendar_days', dayBasisToVerify: true, byTier: { C1: 15, C2: 10, C3: 7 }, basis: nd217('khoản 2 Điều 13'), verification: 'V',
      extensions: { C1: [{ maxDays: 7, groundsAnyOf: ['complex', 'especially_complex', 'remote_area'] }], C2: [{ maxDays: 5, groundsAnyOf: ['complex', 'especially_complex', 'remote_area'] }], C3: [{ maxDays: 3, groundsAnyOf: ['complex', 'especially_complex', 'remote_area'] }] },
      noteVi: 'Bộ trưởng, Chủ tịch UBND, Chi cục trưởng: Nghị định không quy định thời hạn (cần xác minh). Việc trừ thời gian tạm dừng là cách hiểu của nền tảng.',
    },
  ]),
];

/** Clock definitions by id. */
export const INSPECTION_CLOCKS: Readonly<Record<InspectionClockId, InspectionClockDefinition>> = Object.fromEntries(ENTRIES.map((e) => [e.def.id, e.def])) as Record<InspectionClockId, InspectionClockDefinition>;

/** Every shipped version, in data order. */
export const INSPECTION_RULE_VERSIONS: readonly InspectionRuleVersion[] = ENTRIES.flatMap((e) => e.versions);
