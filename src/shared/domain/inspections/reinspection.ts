// Re-inspection (thanh tra lại): grounds, who may re-inspect whose conclusion, and the 02-year limitation
// (2025 Art 25, 10(1)(m), 11(2)(h), 13(1)(e); 2022 Art 56, 11(1)(i), 12(2)(e), 15(1)(g), 16(4), 23(1)(g), 24(4)).
import type { IsoDate, WorkingCalendar } from '../calendar';
import { formatViDate } from '../petitions/deadlines/format';
import type { Refusal } from '../workflow';
import { BODY_LABELS_VI, type InspectionBody } from './bodies';
import { ltt22, ltt25 } from './citations';
import type { InspectionRuleVersion } from './clocks';
import { computeInspectionDeadline } from './compute';
import { ruleSetForInspection } from './rule-sets';

/** Grounds of Art 25(1) (2025) / Art 56(1) (2022); 'serious_competence_or_procedure_breach' covers competence only from 2025. */
export const REINSPECTION_GROUNDS = ['serious_competence_or_procedure_breach', 'law_application_error', 'conclusion_contradicts_evidence', 'deliberate_falsification', 'undetected_serious_violation'] as const;
export type ReinspectionGround = (typeof REINSPECTION_GROUNDS)[number];

/** Input of a re-inspection decision check. */
export interface ReinspectionInput {
  decisionIssuedOn: IsoDate;
  decidingBody: string;
  original: { body: string; conclusionIssuedOn: IsoDate; kind?: 'administrative' | 'specialised' };
  grounds: readonly ReinspectionGround[];
  /** For a conclusion of the Government Inspectorate: the Prime Minister decided (2025 Art 25(3)). */
  primeMinisterDecided?: boolean;
}

const SUPERIOR_2025: Partial<Record<string, readonly string[]>> = {
  gov_inspectorate: ['defence_ministry_inspectorate', 'public_security_ministry_inspectorate', 'state_bank_inspectorate', 'cipher_inspectorate', 'treaty_inspectorate', 'provincial_inspectorate'],
  defence_ministry_inspectorate: ['armed_forces_sbv_other_inspectorate'],
  public_security_ministry_inspectorate: ['armed_forces_sbv_other_inspectorate'],
  state_bank_inspectorate: ['armed_forces_sbv_other_inspectorate'],
};
const SUPERIOR_2022: Partial<Record<string, readonly string[]>> = {
  gov_inspectorate: ['ministry_inspectorate', 'gov_agency_inspectorate', 'provincial_inspectorate'],
  ministry_inspectorate: ['general_dept_inspectorate', 'department_inspectorate'],
  provincial_inspectorate: ['department_inspectorate', 'district_inspectorate'],
};
const ABOLISHED = ['ministry_inspectorate', 'general_dept_inspectorate', 'department_inspectorate', 'district_inspectorate', 'gov_agency_inspectorate', 'specialised_function_agency', 'special_zone_inspectorate'];
const label = (b: string) => BODY_LABELS_VI[b as InspectionBody] ?? b;

/**
 * Checks a re-inspection decision: at least one ground, the deciding body is the superior of the body that concluded
 * (TTCP conclusions: the Prime Minister decides), and the decision is issued within 02 years of the conclusion
 * (REINSPECTION_LIMITATION). The rule set follows the re-inspection's own decision date (spec §0.1, interpretation).
 */
export function checkReinspection(input: ReinspectionInput, calendar: WorkingCalendar, overrides: readonly InspectionRuleVersion[] = []): { ok: boolean; refusals: Refusal[]; warnings: string[]; limitationEnd: IsoDate } {
  const rs = ruleSetForInspection(input.decisionIssuedOn).ruleSet;
  const is25 = rs === 'ltt_2025';
  const refusals: Refusal[] = [];
  const warnings: string[] = [];
  const groundsBasis = is25 ? ltt25('khoản 1 Điều 25') : ltt22('khoản 1 Điều 56');
  if (input.grounds.length === 0)
    refusals.push({ code: 'GROUND_REQUIRED', messageVi: 'Thanh tra lại phải có ít nhất một căn cứ luật định (vi phạm nghiêm trọng trình tự, sai lầm áp dụng pháp luật, kết luận không phù hợp chứng cứ, cố ý làm sai lệch, vi phạm nghiêm trọng chưa được phát hiện).', messageEn: 'At least one ground is required.', basis: groundsBasis });
  else if (!is25 && input.grounds.includes('serious_competence_or_procedure_breach')) warnings.push(`Theo Luật 2022 căn cứ điểm a chỉ gồm vi phạm nghiêm trọng về trình tự, thủ tục (${ltt22('điểm a khoản 1 Điều 56')}); vi phạm về thẩm quyền ban hành quyết định là căn cứ mới của Luật 2025.`);

  const { body: orig } = input.original;
  if (is25 && orig === 'gov_inspectorate') {
    if (!input.primeMinisterDecided)
      refusals.push({ code: 'PRIME_MINISTER_DECIDES', messageVi: 'Thanh tra lại kết luận của Thanh tra Chính phủ do Thủ tướng Chính phủ xem xét, quyết định trên cơ sở báo cáo của Tổng Thanh tra Chính phủ.', messageEn: 'The Prime Minister decides.', basis: ltt25('khoản 3 Điều 25') });
  } else if (is25 && ABOLISHED.includes(orig)) {
    warnings.push(`Kết luận của ${label(orig)} (cơ quan đã bị bãi bỏ): luật chưa xác định cơ quan cấp trên được thanh tra lại — cần xác minh (${ltt25('khoản 6 Điều 25')}).`);
  } else {
    const table = is25 ? SUPERIOR_2025 : SUPERIOR_2022;
    if (!(table[input.decidingBody] ?? []).includes(orig))
      refusals.push({
        code: 'NOT_SUPERIOR',
        messageVi: `${label(input.decidingBody)} không phải cơ quan thanh tra cấp trên có thẩm quyền thanh tra lại kết luận của ${label(orig)}.`,
        messageEn: 'The deciding body may not re-inspect this conclusion.',
        basis: is25 ? ltt25('khoản 3 Điều 25; điểm m khoản 1 Điều 10; điểm e khoản 1 Điều 13') : ltt22('điểm i khoản 1 Điều 11; điểm g khoản 1 Điều 15; điểm g khoản 1 Điều 23'),
      });
    else if (!is25 && input.decidingBody === 'provincial_inspectorate' && input.original.kind !== 'administrative')
      warnings.push(`Thanh tra tỉnh chỉ thanh tra lại vụ việc thanh tra hành chính theo ${ltt22('điểm g khoản 1 Điều 23')}; khoản 4 Điều 24 không nhắc lại giới hạn này — cấu hình theo cách đọc chặt hơn, cần xác minh.`);
  }

  const lim = computeInspectionDeadline({ clockId: 'REINSPECTION_LIMITATION', startDate: input.original.conclusionIssuedOn, ruleDate: input.decisionIssuedOn }, calendar, overrides);
  const end = lim.dueDate!;
  if (input.decisionIssuedOn > end)
    refusals.push({ code: 'REINSPECTION_TIME_BARRED', messageVi: `Đã hết thời hiệu thanh tra lại (02 năm kể từ ngày ban hành kết luận ${formatViDate(input.original.conclusionIssuedOn)}, hết ngày ${formatViDate(end)}).`, messageEn: 'Re-inspection limitation expired.', basis: lim.basis });
  return { ok: refusals.length === 0, refusals, warnings, limitationEnd: end };
}
