// The resolver's written determination that a case is complex (or in a remote area), which selects the longer
// time limits (spec §4.2–§4.3) and allows the extensions of a denunciation (LTC Art 30(2)–(3)). Pure.
import { cite, lkn, ltc, nd155, nd31 } from './citations';
import { complexityLevel } from './eligibility';
import type { CxCode } from './ids';
import type { ComplexityLevel, MachineId, RegimeId } from './types';

export type ComplexityInput = {
  /** The criteria the resolver finds met (NĐ 31/2019 Art 3(2); complaints from 01/07/2026: the same list). */
  criteria: readonly CxCode[];
  /** Complaints before 01/07/2026, which no criterion defines: the resolver's own finding, with written reasons. */
  complex?: boolean;
  /** The written reasons kept in the file. */
  reasonText: string;
};

export type ComplexityOutcome =
  | { ok: true; level: ComplexityLevel; basis: string }
  | { ok: false; code: 'NOT_APPLICABLE' | 'CRITERIA_REQUIRED' | 'REASON_REQUIRED'; messageVi: string; basis: string };

const isComplaint = (m: string) => m.startsWith('complaint');
/** Only complaints and denunciations have time limits that depend on complexity (LKN Arts 28, 37, 50; LTC Art 30). */
export const hasComplexVariants = (machine: string) => isComplaint(machine) || machine === 'denunciation';

/** Level of complexity of a case from the criteria (or, for an older complaint, the resolver's finding), with its basis. */
export function determineComplexity(machine: MachineId, regime: RegimeId, input: ComplexityInput): ComplexityOutcome {
  const criteria = [...new Set(input.criteria)];
  if (machine === 'denunciation') {
    const basis = regime === 'R2026' ? `${nd31('khoản 2, 3 Điều 3')} (được sửa đổi bởi Nghị định 156/2026/NĐ-CP — cần đối chiếu)` : nd31('khoản 2, 3 Điều 3');
    if (input.complex && criteria.length === 0) {
      return { ok: false, code: 'CRITERIA_REQUIRED', messageVi: 'Vụ việc tố cáo chỉ là phức tạp khi đáp ứng ít nhất một tiêu chí; hãy chọn các tiêu chí đáp ứng.', basis };
    }
    if (input.reasonText.trim().length < 10) return { ok: false, code: 'REASON_REQUIRED', messageVi: 'Việc xác định tính chất vụ việc phải được ghi rõ lý do bằng văn bản (ít nhất 10 ký tự).', basis };
    return { ok: true, level: complexityLevel(criteria), basis };
  }
  if (isComplaint(machine)) {
    // From 01/07/2026 a complaint is complex when it meets any of the criteria, determined in writing (NĐ 155/2026,
    // new NĐ 124/2020 Art 3a); before, no text defines it: the resolver's written reasons (spec §4.2 [INT]).
    const basis = regime === 'R2026' ? nd155('Điều 3a mới của Nghị định 124/2020/NĐ-CP') : `${lkn('Điều 28, Điều 37')} (không có tiêu chí luật định: người giải quyết ghi rõ lý do)`;
    if (input.reasonText.trim().length < 10) return { ok: false, code: 'REASON_REQUIRED', messageVi: 'Việc xác định vụ việc phức tạp phải được ghi rõ lý do bằng văn bản (ít nhất 10 ký tự).', basis };
    if (regime === 'R2026') {
      if (input.complex && criteria.length === 0) return { ok: false, code: 'CRITERIA_REQUIRED', messageVi: 'Từ 01/7/2026, khiếu nại chỉ là phức tạp khi đáp ứng ít nhất một tiêu chí; hãy chọn các tiêu chí đáp ứng.', basis };
      return { ok: true, level: criteria.length > 0 ? 'complex' : 'normal', basis };
    }
    return { ok: true, level: input.complex || criteria.length > 0 ? 'complex' : 'normal', basis };
  }
  return { ok: false, code: 'NOT_APPLICABLE', messageVi: 'Chỉ vụ việc khiếu nại, tố cáo mới có thời hạn riêng cho vụ việc phức tạp.', basis: cite(lkn('Điều 28'), ltc('Điều 30')) };
}
