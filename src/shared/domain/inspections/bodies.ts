// Inspection bodies and checking authorities, and the time-limit tier each one selects per rule set
// (inspections.md §3.1; inspections-2025.md §3.1, §29.3). A body without a tier gets no default: never guess one.
import { ltt22, ltt25, nd217 } from './citations';
import type { RuleSetId } from './rule-sets';

/** Inspection bodies of Luật 11/2022 (Art 9). */
export const BODIES_2022 = [
  'gov_inspectorate',
  'provincial_inspectorate',
  'district_inspectorate',
  'special_zone_inspectorate',
  'ministry_inspectorate',
  'general_dept_inspectorate',
  'department_inspectorate',
  'gov_agency_inspectorate',
  'sector_special_inspectorate',
  'specialised_function_agency',
] as const;
/** Inspection bodies of Luật 84/2025 (Art 7). */
export const BODIES_2025 = [
  'gov_inspectorate',
  'provincial_inspectorate',
  'defence_ministry_inspectorate',
  'public_security_ministry_inspectorate',
  'state_bank_inspectorate',
  'cipher_inspectorate',
  'treaty_inspectorate',
  'armed_forces_sbv_other_inspectorate',
] as const;
/** Checking authorities of NĐ 217/2025 (Art 6). */
export const CHECK_AUTHORITIES = [
  'ministry_head',
  'ministry_unit',
  'ministry_unit_branch',
  'pc_chairman',
  'provincial_specialised_agency',
  'provincial_agency_branch',
  'commune_specialised_agency',
] as const;

export type Body2022 = (typeof BODIES_2022)[number];
export type Body2025 = (typeof BODIES_2025)[number];
export type InspectionBody = Body2022 | Body2025;
export type CheckAuthority = (typeof CHECK_AUTHORITIES)[number];
/** T1–T3: rows of the inspection time-limit articles; C1–C3: rows of NĐ 217 Art 13(2). */
export type Tier = 'T1' | 'T2' | 'T3' | 'C1' | 'C2' | 'C3';

/** Vietnamese names. */
export const BODY_LABELS_VI: Readonly<Record<InspectionBody | CheckAuthority, string>> = {
  gov_inspectorate: 'Thanh tra Chính phủ',
  provincial_inspectorate: 'Thanh tra tỉnh',
  district_inspectorate: 'Thanh tra huyện',
  special_zone_inspectorate: 'Cơ quan thanh tra tại đơn vị hành chính – kinh tế đặc biệt',
  ministry_inspectorate: 'Thanh tra Bộ',
  general_dept_inspectorate: 'Thanh tra Tổng cục, Cục',
  department_inspectorate: 'Thanh tra sở',
  gov_agency_inspectorate: 'Cơ quan thanh tra ở cơ quan thuộc Chính phủ',
  sector_special_inspectorate: 'Thanh tra trong Quân đội, Công an, Ngân hàng Nhà nước, Cơ yếu',
  specialised_function_agency: 'Cơ quan được giao thực hiện chức năng thanh tra chuyên ngành',
  defence_ministry_inspectorate: 'Thanh tra Bộ Quốc phòng',
  public_security_ministry_inspectorate: 'Thanh tra Bộ Công an',
  state_bank_inspectorate: 'Thanh tra Ngân hàng Nhà nước',
  cipher_inspectorate: 'Thanh tra Cơ yếu',
  treaty_inspectorate: 'Thanh tra được thành lập theo điều ước quốc tế',
  armed_forces_sbv_other_inspectorate: 'Cơ quan thanh tra khác trong Quân đội, Công an, Ngân hàng Nhà nước',
  ministry_head: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ',
  ministry_unit: 'Người đứng đầu đơn vị thuộc bộ, cơ quan ngang bộ',
  ministry_unit_branch: 'Chi cục trưởng và tương đương thuộc đơn vị của bộ',
  pc_chairman: 'Chủ tịch Ủy ban nhân dân',
  provincial_specialised_agency: 'Người đứng đầu cơ quan chuyên môn thuộc UBND cấp tỉnh',
  provincial_agency_branch: 'Chi cục trưởng và tương đương thuộc cơ quan chuyên môn cấp tỉnh',
  commune_specialised_agency: 'Người đứng đầu cơ quan chuyên môn thuộc UBND cấp xã',
};

/** Which tier attribute a clock reads: the duration tier (Art 20) or the closing tier (Art 33(4), 34(5)). */
export type TierKind = 'duration' | 'closing';

interface TierRow {
  duration?: Tier;
  closing?: Tier;
  appraisalMandatory: boolean | 'administrative_only';
}

// ltt_2022: one tier per body (2022 Art 47, 73(4), 75(5)); appraisal 2022 Art 77(1).
const TIERS_2022: Partial<Record<InspectionBody, TierRow>> = {
  gov_inspectorate: { duration: 'T1', closing: 'T1', appraisalMandatory: true },
  ministry_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: 'administrative_only' },
  general_dept_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: false },
  provincial_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: 'administrative_only' },
  department_inspectorate: { duration: 'T3', closing: 'T3', appraisalMandatory: false },
  district_inspectorate: { duration: 'T3', closing: 'T3', appraisalMandatory: false },
};

// ltt_2025: Thanh tra Cơ yếu is T3 for the duration but T2 for the report and the draft (Art 20(1)(c), 33(4)(b), 34(5)(b)).
const TIERS_2025: Partial<Record<InspectionBody, TierRow>> = {
  gov_inspectorate: { duration: 'T1', closing: 'T1', appraisalMandatory: true },
  provincial_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: true },
  defence_ministry_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: true },
  public_security_ministry_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: true },
  state_bank_inspectorate: { duration: 'T2', closing: 'T2', appraisalMandatory: true },
  cipher_inspectorate: { duration: 'T3', closing: 'T2', appraisalMandatory: false },
  treaty_inspectorate: { duration: 'T3', closing: 'T3', appraisalMandatory: false },
  armed_forces_sbv_other_inspectorate: { duration: 'T3', closing: 'T3', appraisalMandatory: false },
};

// ktcn_2025: only three authorities have a row in NĐ 217 Art 13(2).
const CHECK_TIERS: Partial<Record<CheckAuthority, Tier>> = { ministry_unit: 'C1', provincial_specialised_agency: 'C2', commune_specialised_agency: 'C3' };

/** Tier article by rule set, for explanations. */
export const TIER_BASIS: Readonly<Record<'ltt_2022' | 'ltt_2025' | 'ktcn_2025', string>> = {
  ltt_2022: ltt22('khoản 1 Điều 47; khoản 4 Điều 73; khoản 5 Điều 75'),
  ltt_2025: ltt25('khoản 1 Điều 20; khoản 4 Điều 33; khoản 5 Điều 34'),
  ktcn_2025: nd217('khoản 2 Điều 13'),
};

/** True when the body may decide an inspection under the rule set (validation V-01: Art 7 for ltt_2025). */
export function bodyValidFor(ruleSet: RuleSetId, body: string): boolean {
  if (ruleSet === 'ltt_2025') return (BODIES_2025 as readonly string[]).includes(body);
  if (ruleSet === 'ltt_2022') return (BODIES_2022 as readonly string[]).includes(body);
  if (ruleSet === 'ktcn_2025') return (CHECK_AUTHORITIES as readonly string[]).includes(body);
  return false;
}

/** The tier of a body for a clock kind under a rule set; undefined when the law gives it none (TO VERIFY). */
export function tierOf(ruleSet: RuleSetId, body: string, kind: TierKind = 'duration'): Tier | undefined {
  if (ruleSet === 'ktcn_2025') return CHECK_TIERS[body as CheckAuthority];
  const table = ruleSet === 'ltt_2025' ? TIERS_2025 : ruleSet === 'ltt_2022' ? TIERS_2022 : undefined;
  return table?.[body as InspectionBody]?.[kind];
}

/**
 * Whether the draft conclusion must be appraised before signing: ltt_2025 by body (Art 35(1)); ltt_2022 by body and
 * kind (2022 Art 77(1): Thanh tra Bộ and tỉnh only for administrative inspections).
 */
export function appraisalMandatory(ruleSet: RuleSetId, body: string, kind?: 'administrative' | 'specialised'): boolean {
  const row = ruleSet === 'ltt_2025' ? TIERS_2025[body as InspectionBody] : ruleSet === 'ltt_2022' ? TIERS_2022[body as InspectionBody] : undefined;
  if (!row) return false;
  return row.appraisalMandatory === 'administrative_only' ? kind === 'administrative' : row.appraisalMandatory;
}

/** Article of the appraisal rule by rule set. */
export const APPRAISAL_BASIS: Readonly<Record<'ltt_2022' | 'ltt_2025', string>> = { ltt_2022: ltt22('khoản 1 Điều 77'), ltt_2025: ltt25('khoản 1 Điều 35') };
