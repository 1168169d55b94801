// Which law governs an inspection or a specialised check, chosen by the date its decision was issued, and the
// transitional routing of cases open on 01/07/2025 (Luật Thanh tra 84/2025 Art 63–64; NĐ 217/2025 Art 18–19).
import { isIsoDate, type IsoDate } from '../calendar';
import { formatViDate } from '../petitions/deadlines/format';
import { cite, ltt22, ltt25, nd217 } from './citations';

/** Rule sets of the specs (inspections.md §0, inspections-2025.md §0). */
export const RULE_SETS = ['ltt_2010', 'ltt_2022', 'ltt_2025', 'ktcn_2025', 'ktcn_legacy'] as const;
export type RuleSetId = (typeof RULE_SETS)[number];
export type InspectionRuleSet = Extract<RuleSetId, 'ltt_2010' | 'ltt_2022' | 'ltt_2025'>;
export type CheckRuleSet = Extract<RuleSetId, 'ktcn_2025' | 'ktcn_legacy'>;
/** The rule sets of specialised checks (NĐ 217/2025 and the line departments' earlier checks). */
export const isCheckRuleSet = (ruleSet: string): ruleSet is CheckRuleSet => ruleSet === 'ktcn_2025' || ruleSet === 'ktcn_legacy';

/** First day of Luật Thanh tra 11/2022/QH15 (2022 Art 117(1)). */
export const LTT_2022_FROM: IsoDate = '2023-07-01';
/** First day of Luật Thanh tra 84/2025/QH15 (Art 63(1)). */
export const LTT_2025_FROM: IsoDate = '2025-07-01';
/** NĐ 217/2025/NĐ-CP is in force from its signing, 05/08/2025 (NĐ 217 Art 18(1)). */
export const KTCN_2025_FROM: IsoDate = '2025-08-05';

/** Vietnamese names of the rule sets. */
export const RULE_SET_LABELS_VI: Readonly<Record<RuleSetId, string>> = {
  ltt_2010: 'Luật Thanh tra 56/2010/QH12',
  ltt_2022: 'Luật Thanh tra 11/2022/QH15',
  ltt_2025: 'Luật Thanh tra 84/2025/QH15',
  ktcn_2025: 'Nghị định 217/2025/NĐ-CP (kiểm tra chuyên ngành)',
  ktcn_legacy: 'Quy định về kiểm tra trước Nghị định 217/2025/NĐ-CP',
};

/** A rule-set decision with its legal basis and a Vietnamese explanation. */
export interface RuleSetDecision<R extends RuleSetId = RuleSetId> {
  ruleSet: R;
  basis: string;
  explanation: string[];
  /** True when the platform has no legal clocks for this rule set (ltt_2010, ktcn_legacy). */
  clocksConfigured: boolean;
}

function checkDate(date: IsoDate, what: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${what} "${date}" không hợp lệ (định dạng YYYY-MM-DD).`);
}

/**
 * The rule set of an inspection, fixed for its whole life by the date its decision was ISSUED (not announced):
 * Art 64(1) para 1 keeps Luật 11/2022 for decisions issued before 01/07/2025 whose conclusion is not yet issued, and a
 * decision issued before 01/07/2023 stays under Luật 56/2010 (2022 Art 118).
 */
export function ruleSetForInspection(decisionIssuedOn: IsoDate): RuleSetDecision<InspectionRuleSet> {
  checkDate(decisionIssuedOn, 'Ngày ban hành quyết định thanh tra');
  const d = formatViDate(decisionIssuedOn);
  if (decisionIssuedOn < LTT_2022_FROM)
    return {
      ruleSet: 'ltt_2010',
      basis: ltt22('Điều 118'),
      clocksConfigured: false,
      explanation: [`Quyết định thanh tra ban hành ngày ${d}, trước ${formatViDate(LTT_2022_FROM)}: tiếp tục theo Luật Thanh tra 2010 (${ltt22('Điều 118')}); nền tảng không tính thời hạn cho bộ quy định này.`],
    };
  if (decisionIssuedOn < LTT_2025_FROM)
    return {
      ruleSet: 'ltt_2022',
      basis: cite(ltt25('khoản 2 Điều 63'), ltt25('khoản 1 Điều 64')),
      clocksConfigured: true,
      explanation: [
        `Quyết định thanh tra ban hành ngày ${d}, trước ${formatViDate(LTT_2025_FROM)}: cuộc thanh tra tiếp tục thực hiện theo Luật Thanh tra 11/2022/QH15 cho đến khi ban hành kết luận (${ltt25('khoản 1 Điều 64')}).`,
        'Căn cứ là ngày ban hành quyết định, không phải ngày công bố hay ngày bắt đầu thanh tra trực tiếp.',
      ],
    };
  return {
    ruleSet: 'ltt_2025',
    basis: ltt25('khoản 1 Điều 63'),
    clocksConfigured: true,
    explanation: [`Quyết định thanh tra ban hành ngày ${d}, từ ${formatViDate(LTT_2025_FROM)}: áp dụng Luật Thanh tra 84/2025/QH15 (${ltt25('khoản 1 Điều 63')}).`],
  };
}

/** The rule set of a specialised check by the date its check decision was issued (NĐ 217 Art 18(1), 19). */
export function ruleSetForCheck(decisionIssuedOn: IsoDate): RuleSetDecision<CheckRuleSet> {
  checkDate(decisionIssuedOn, 'Ngày ban hành quyết định kiểm tra');
  const d = formatViDate(decisionIssuedOn);
  if (decisionIssuedOn < KTCN_2025_FROM)
    return {
      ruleSet: 'ktcn_legacy',
      basis: nd217('Điều 19'),
      clocksConfigured: false,
      explanation: [
        `Quyết định kiểm tra ban hành ngày ${d}, trước ngày Nghị định 217/2025/NĐ-CP có hiệu lực (${formatViDate(KTCN_2025_FROM)}): tiếp tục thực hiện theo quy định của pháp luật tại thời điểm đó (${nd217('Điều 19')}); nền tảng không tính thời hạn.`,
      ],
    };
  return {
    ruleSet: 'ktcn_2025',
    basis: nd217('khoản 1 Điều 18'),
    clocksConfigured: true,
    explanation: [`Quyết định kiểm tra ban hành ngày ${d}: áp dụng Nghị định 217/2025/NĐ-CP (${nd217('khoản 1 Điều 18')}, hiệu lực từ ngày ký ${formatViDate(KTCN_2025_FROM)}).`],
  };
}

/** Kinds of body that conducted an ltt_2022 case and were reorganised (inspections-2025.md §0.2 rows 2–4). */
export type LegacyConductor = 'continuing_body' | 'reorganised_body' | 'ceased_department_or_vss' | 'specialised_function_agency' | 'district_inspectorate';

/** Facts of a case for the transitional routing. */
export interface TransitionalFacts {
  decisionIssuedOn: IsoDate;
  /** Date the (last) conclusion was issued, if any. */
  conclusionIssuedOn?: IsoDate;
  /** Date of the step being evaluated (defaults to the conclusion date or the decision date). */
  on?: IsoDate;
  conductor: LegacyConductor;
}

/** Who concludes and who follows up a case under the transitional rules, with the article. */
export interface TransitionalRouting {
  ruleSet: InspectionRuleSet;
  /** Who issues the conclusion; null when it was already issued. */
  concludedBy: null | { who: 'original_decision_maker' | 'head_after_reorganisation' | 'successor_head' | 'former_specialised_agency_head'; basis: string; successorMustBeEntered: boolean };
  /** Who follows up the implementation of the conclusion. */
  followUpBy: { who: 'issuing_body' | 'subordinate_unit_assigned' | 'provincial_inspectorate' | 'former_specialised_agency'; basis: string };
  explanation: string[];
}

/**
 * Transitional routing of Art 64: an inspection decided before 01/07/2025 keeps Luật 11/2022; if its conclusion was not
 * issued by then, the head of the body after the reorganisation (or the successor / former specialised agency) issues it
 * (Art 64(1) para 2–3). Follow-up of the conclusions of abolished bodies moves as Art 64(2) says. The successor itself is
 * never derived: it must be entered with its basis (spec §0.2).
 */
export function transitionalRouting(f: TransitionalFacts): TransitionalRouting {
  const rs = ruleSetForInspection(f.decisionIssuedOn);
  if (f.conclusionIssuedOn !== undefined) checkDate(f.conclusionIssuedOn, 'Ngày ban hành kết luận');
  const on = f.on ?? f.conclusionIssuedOn ?? f.decisionIssuedOn;
  checkDate(on, 'Ngày xem xét');
  const explanation = [...rs.explanation];
  const afterReform = on >= LTT_2025_FROM;
  const openAtReform = rs.ruleSet !== 'ltt_2025' && (f.conclusionIssuedOn === undefined || f.conclusionIssuedOn >= LTT_2025_FROM);

  let concludedBy: TransitionalRouting['concludedBy'] = null;
  if (f.conclusionIssuedOn === undefined || f.conclusionIssuedOn > on) {
    if (rs.ruleSet === 'ltt_2022' && openAtReform && afterReform && f.conductor !== 'continuing_body') {
      if (f.conductor === 'ceased_department_or_vss') {
        concludedBy = { who: 'successor_head', basis: ltt25('đoạn 3 khoản 1 Điều 64'), successorMustBeEntered: true };
        explanation.push(`Thanh tra Cục / Thanh tra Bảo hiểm xã hội Việt Nam đã kết thúc hoạt động: Thủ trưởng cơ quan tiếp nhận chức năng, nhiệm vụ xem xét, ban hành kết luận (${ltt25('đoạn 3 khoản 1 Điều 64')}).`);
      } else if (f.conductor === 'specialised_function_agency') {
        concludedBy = { who: 'former_specialised_agency_head', basis: ltt25('đoạn 3 khoản 1 Điều 64'), successorMustBeEntered: false };
        explanation.push(`Cuộc thanh tra của cơ quan được giao thực hiện chức năng thanh tra chuyên ngành: Thủ trưởng cơ quan trước đây được giao chức năng đó ban hành kết luận (${ltt25('đoạn 3 khoản 1 Điều 64')}).`);
      } else {
        concludedBy = { who: 'head_after_reorganisation', basis: ltt25('đoạn 2 khoản 1 Điều 64'), successorMustBeEntered: true };
        explanation.push(`Đoàn thanh tra tiếp tục nhiệm vụ, trình dự thảo kết luận để Thủ trưởng cơ quan thanh tra sau khi sắp xếp tổ chức bộ máy xem xét, ban hành (${ltt25('đoạn 2 khoản 1 Điều 64')}); người dùng phải nhập cơ quan kế thừa kèm căn cứ.`);
      }
    } else {
      concludedBy = { who: 'original_decision_maker', basis: rs.ruleSet === 'ltt_2025' ? ltt25('Điều 36') : ltt22('Điều 78'), successorMustBeEntered: false };
    }
  }

  let followUpBy: TransitionalRouting['followUpBy'] = { who: 'issuing_body', basis: rs.ruleSet === 'ltt_2025' ? ltt25('khoản 1 Điều 55') : ltt22('Điều 105') };
  if (afterReform && rs.ruleSet !== 'ltt_2025') {
    if (f.conductor === 'district_inspectorate') followUpBy = { who: 'provincial_inspectorate', basis: ltt25('điểm b khoản 2 Điều 64') };
    else if (f.conductor === 'specialised_function_agency') followUpBy = { who: 'former_specialised_agency', basis: ltt25('điểm c khoản 2 Điều 64') };
    else if (f.conductor !== 'continuing_body') followUpBy = { who: 'subordinate_unit_assigned', basis: ltt25('điểm a khoản 2 Điều 64') };
  }
  if (followUpBy.who !== 'issuing_body') explanation.push(`Theo dõi, đôn đốc, kiểm tra việc thực hiện kết luận: ${FOLLOW_UP_VI[followUpBy.who]} (${followUpBy.basis}).`);
  return { ruleSet: rs.ruleSet, concludedBy, followUpBy, explanation };
}

const FOLLOW_UP_VI: Record<TransitionalRouting['followUpBy']['who'], string> = {
  issuing_body: 'cơ quan ban hành kết luận',
  subordinate_unit_assigned: 'đơn vị trực thuộc do người đứng đầu cơ quan giao (cơ quan không còn tổ chức thanh tra)',
  provincial_inspectorate: 'Thanh tra tỉnh (kết luận của Thanh tra huyện)',
  former_specialised_agency: 'cơ quan trước đây được giao thực hiện chức năng thanh tra chuyên ngành',
};
