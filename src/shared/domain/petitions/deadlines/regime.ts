import { isIsoDate, type IsoDate } from '../../calendar';
import { formatViDate } from './format';
import { DeadlineRuleError, type Regime } from './types';

/** First day of R2025 (two-level local government, Luật Thanh tra 84/2025/QH15). */
export const R2025_FROM: IsoDate = '2025-07-01';
/** First day of R2026 (Luật 136/2025/QH15; Nghị định 154, 155, 156/2026/NĐ-CP). */
export const R2026_FROM: IsoDate = '2026-07-01';

/** The three regimes of spec §0.3 with their periods (inclusive). */
export const REGIME_PERIODS: readonly { regime: Regime; from?: IsoDate; to?: IsoDate; labelVi: string }[] = [
  { regime: 'R2024', to: '2025-06-30', labelVi: 'Luật Khiếu nại, Luật Tố cáo, Luật Tiếp công dân (chính quyền ba cấp)' },
  { regime: 'R2025', from: R2025_FROM, to: '2026-06-30', labelVi: 'Chính quyền địa phương hai cấp; Luật Thanh tra 2025' },
  { regime: 'R2026', from: R2026_FROM, labelVi: 'Luật 136/2025/QH15 và Nghị định 154, 155, 156/2026/NĐ-CP' },
];

/** The regime a date falls in, by date alone (DR-0.1). */
export function regimeOfDate(date: IsoDate): Regime {
  if (date >= R2026_FROM) return 'R2026';
  if (date >= R2025_FROM) return 'R2025';
  return 'R2024';
}

/** Kinds of case for regime selection. */
export type CaseKind = 'complaint' | 'discipline_complaint' | 'denunciation' | 'petition' | 'reception';

/** Milestone dates of a case; `on` is the date of the step being evaluated (defaults to the latest milestone). */
export interface RegimeDates {
  receivedOn?: IsoDate;
  acceptedOn?: IsoDate;
  /** Resolution decision (complaints) or conclusion (denunciations). */
  decidedOn?: IsoDate;
  on?: IsoDate;
}

/** The regime that governs a case at a given step, and the date to pass as `eventDateForRegime`. */
export interface RegimeDecision {
  regime: Regime;
  regimeDate: IsoDate;
  /** Set when a transitional clause moved the case to the new regime. */
  transitional?: { basis: string; scopeVi: string };
  explanation: string[];
}

interface Transition {
  basis: string;
  scopeVi: string;
  noteVi?: string;
}

// Spec §0.3: cases accepted before 01/07/2026 and still open at that date follow parts of the new texts.
const TRANSITIONS: Partial<Record<CaseKind, Transition>> = {
  complaint: {
    basis: 'Nghị định 155/2026/NĐ-CP, Điều 22',
    scopeVi: 'quy định mới về rút khiếu nại, tạm đình chỉ, đình chỉ và đối thoại',
  },
  discipline_complaint: {
    basis: 'Nghị định 155/2026/NĐ-CP, Điều 22',
    scopeVi: 'quy định mới về rút khiếu nại, tạm đình chỉ, đình chỉ và đối thoại',
  },
  denunciation: {
    basis: 'Nghị định 156/2026/NĐ-CP, Điều 10',
    scopeVi: 'quy định đã sửa đổi về giải quyết tố cáo',
    noteVi: 'Về xử lý kỷ luật áp dụng quy định có lợi hơn cho người bị xử lý: cần người giải quyết so sánh, phần mềm không tự xác định.',
  },
};

const MILESTONES = [
  ['receivedOn', 'ngày tiếp nhận'],
  ['acceptedOn', 'ngày thụ lý'],
  ['decidedOn', 'ngày ra quyết định/kết luận'],
] as const;

/**
 * Regime of a case at the step dated `on`: by default the regime of the latest milestone reached by then (DR-0.1);
 * a complaint (NĐ 155/2026 Art 22) or denunciation (NĐ 156/2026 Art 10) accepted before 01/07/2026 and not yet
 * decided follows R2026 for steps on or after 01/07/2026.
 */
export function regimeFor(kind: CaseKind, dates: RegimeDates): RegimeDecision {
  const known: [label: string, date: IsoDate][] = [];
  for (const [key, label] of MILESTONES) {
    const d = dates[key];
    if (d === undefined) continue;
    if (!isIsoDate(d)) throw new DeadlineRuleError('INVALID_DATE', `Ngày "${d}" (${label}) không hợp lệ (định dạng YYYY-MM-DD).`);
    const prev = known[known.length - 1];
    if (prev && d < prev[1]) {
      throw new DeadlineRuleError('INVALID_RANGE', `${label} (${formatViDate(d)}) không thể trước ${prev[0]} (${formatViDate(prev[1])}).`);
    }
    known.push([label, d]);
  }
  if (dates.on !== undefined && !isIsoDate(dates.on)) throw new DeadlineRuleError('INVALID_DATE', `Ngày "${dates.on}" không hợp lệ (định dạng YYYY-MM-DD).`);
  const latest = known[known.length - 1];
  const on = dates.on ?? latest?.[1];
  if (on === undefined) throw new DeadlineRuleError('INVALID_RANGE', 'Cần ít nhất một mốc ngày (tiếp nhận, thụ lý hoặc quyết định) để xác định chế độ pháp lý.');

  const reached = known.filter(([, d]) => d <= on);
  const anchor = reached[reached.length - 1];
  const transition = TRANSITIONS[kind];
  const { acceptedOn, decidedOn } = dates;
  const stillOpen = decidedOn === undefined || decidedOn > on;
  if (transition && acceptedOn !== undefined && acceptedOn < R2026_FROM && stillOpen && on >= R2026_FROM) {
    return {
      regime: 'R2026',
      regimeDate: on,
      transitional: { basis: transition.basis, scopeVi: transition.scopeVi },
      explanation: [
        `Thụ lý ngày ${formatViDate(acceptedOn)} (trước ${formatViDate(R2026_FROM)}) và chưa có quyết định/kết luận vào ngày ${formatViDate(on)}: áp dụng ${transition.scopeVi} theo quy định chuyển tiếp (${transition.basis}).`,
        'Thời hạn đã bắt đầu chạy trước ngày chuyển tiếp giữ nguyên phiên bản theo ngày của sự kiện làm phát sinh thời hạn.',
        ...(transition.noteVi ? [transition.noteVi] : []),
      ],
    };
  }
  const regimeDate = anchor?.[1] ?? on;
  const regime = regimeOfDate(regimeDate);
  return {
    regime,
    regimeDate,
    explanation: [
      anchor
        ? `Chế độ ${regime} theo ${anchor[0]} ${formatViDate(anchor[1])} (áp dụng quy định có hiệu lực vào ngày của sự kiện làm phát sinh thời hạn).`
        : `Chế độ ${regime} theo ngày ${formatViDate(on)} (chưa có mốc nào trước ngày này).`,
    ],
  };
}
