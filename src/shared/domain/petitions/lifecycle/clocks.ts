// Clock ids used by the transition tables (§4). Lengths and day counting belong to the deadlines module;
// here only what the lifecycle needs: a label and the regimes in which the clock exists.
import type { ClockEffects, ClockId, RegimeId } from './types';

export interface ClockInfo {
  labelVi: string;
  /** Only in these regimes (absent = all). */
  regimes?: readonly RegimeId[];
}

const R26: readonly RegimeId[] = ['R2026'];

/** Label and regime validity of every clock id. */
export const CLOCKS: Readonly<Record<ClockId, ClockInfo>> = {
  KN_LIMITATION: { labelVi: 'Thời hiệu khiếu nại' },
  KN_LIMITATION_DISC_1: { labelVi: 'Thời hiệu khiếu nại lần đầu quyết định kỷ luật' },
  KN_LIMITATION_DISC_2: { labelVi: 'Thời hiệu khiếu nại lần hai quyết định kỷ luật' },
  KN_ACCEPT: { labelVi: 'Thời hạn thụ lý khiếu nại' },
  KN_ACCEPT_DISC: { labelVi: 'Thời hạn thụ lý khiếu nại quyết định kỷ luật' },
  KN_RESOLVE_1: { labelVi: 'Thời hạn giải quyết khiếu nại lần đầu' },
  KN_RESOLVE_2: { labelVi: 'Thời hạn giải quyết khiếu nại lần hai' },
  KN_RESOLVE_DISC: { labelVi: 'Thời hạn giải quyết khiếu nại quyết định kỷ luật' },
  KN_SEND_1: { labelVi: 'Gửi quyết định giải quyết khiếu nại lần đầu' },
  KN_SEND_2: { labelVi: 'Gửi quyết định giải quyết khiếu nại lần hai' },
  KN_SEND_DISC_2: { labelVi: 'Gửi quyết định giải quyết khiếu nại kỷ luật lần hai' },
  KN_PUBLICITY_2: { labelVi: 'Công khai quyết định giải quyết khiếu nại lần hai' },
  KN_SECOND_WINDOW: { labelVi: 'Thời hạn khiếu nại lần hai' },
  KN_EFFECT_1: { labelVi: 'Quyết định lần đầu có hiệu lực pháp luật' },
  KN_EFFECT_2: { labelVi: 'Quyết định lần hai có hiệu lực pháp luật' },
  KN_EFFECT_DISC: { labelVi: 'Quyết định giải quyết khiếu nại kỷ luật có hiệu lực' },
  KN_REFILE_AFTER_TERMINATION: { labelVi: 'Thời hạn tiếp tục khiếu nại sau khi đình chỉ' },
  KN_INFO_REQUEST: { labelVi: 'Thời hạn cung cấp thông tin, tài liệu' },
  KN_MTTQ_RESULT: { labelVi: 'Thông báo kết quả cho cơ quan Mặt trận đã chuyển đơn' },
  KN_ENFORCEMENT_SUSPENSION: { labelVi: 'Tạm đình chỉ thi hành quyết định hành chính bị khiếu nại' },
  KN_DIALOGUE_NOTICE: { labelVi: 'Thông báo đối thoại trước ít nhất 05 ngày', regimes: R26 },
  KN_SUSPEND_NOTICE: { labelVi: 'Gửi quyết định tạm đình chỉ, tiếp tục, đình chỉ giải quyết khiếu nại', regimes: R26 },
  TC_INITIAL: { labelVi: 'Xử lý ban đầu thông tin tố cáo' },
  TC_TRANSFER: { labelVi: 'Chuyển tố cáo không thuộc thẩm quyền' },
  TC_ACCEPT_NOTICE: { labelVi: 'Thông báo thụ lý tố cáo' },
  TC_RESOLVE: { labelVi: 'Thời hạn giải quyết tố cáo' },
  TC_DECISION_NOTICE: { labelVi: 'Gửi quyết định tạm đình chỉ, đình chỉ giải quyết tố cáo' },
  TC_CONCLUSION_SEND: { labelVi: 'Gửi kết luận nội dung tố cáo' },
  TC_HANDLE: { labelVi: 'Xử lý kết luận nội dung tố cáo' },
  TC_HANDLE_REPORT: { labelVi: 'Báo cáo kết quả xử lý kiến nghị' },
  TC_PUBLICITY: { labelVi: 'Công khai kết luận nội dung tố cáo' },
  TC_PRESS_RESULT: { labelVi: 'Thông báo kết quả cho cơ quan báo chí, cơ quan đã chuyển tố cáo' },
  TC_REDENOUNCE_REVIEW: { labelVi: 'Xem xét tố cáo tiếp' },
  TC_OVERDUE_REQUEST: { labelVi: 'Yêu cầu báo cáo việc giải quyết tố cáo quá hạn' },
  TC_OVERDUE_REPORT: { labelVi: 'Báo cáo quá trình giải quyết tố cáo quá hạn' },
  TC_CRIME_REFERRAL: { labelVi: 'Chuyển ngay tin báo có dấu hiệu tội phạm' },
  TC_MONITOR_REPORT: { labelVi: 'Báo cáo theo dõi việc thực hiện kết luận' },
  TCD_ANSWER: { labelVi: 'Trả lời người đến khiếu nại, tố cáo, kiến nghị, phản ánh' },
  TCD_TRANSFEROR_RESULT: { labelVi: 'Thông báo kết quả cho cơ quan đã chuyển vụ việc' },
  TCD_CITIZEN_RELAY: { labelVi: 'Thông báo kết quả cho công dân (cơ quan đã chuyển vụ việc)' },
  TCD_SCHEDULE_POSTING: { labelVi: 'Niêm yết lịch tiếp công dân của lãnh đạo' },
  TCD_DEPUTY_SCHEDULE: { labelVi: 'Thông báo lịch tiếp công dân của đại biểu Quốc hội' },
  TCD_DEPUTY_ABSENCE: { labelVi: 'Báo vắng mặt buổi tiếp công dân của đại biểu' },
  TCD_REFUSAL_NOTICE: { labelVi: 'Ban hành thông báo từ chối tiếp công dân', regimes: R26 },
  TCD_ONLINE_NOTICE: { labelVi: 'Thông báo tiếp công dân trực tuyến', regimes: R26 },
  TCD_ONLINE_TEST: { labelVi: 'Kiểm tra đường truyền tiếp công dân trực tuyến', regimes: R26 },
  XLD_PROCESS: { labelVi: 'Thời hạn xử lý đơn (chưa xác định — cần đối chiếu)' },
  XLD_ARCHIVE_RETENTION: { labelVi: 'Thời hạn lưu đơn' },
};

/** The clock effects that apply in a regime (clocks that do not exist in the regime are dropped). */
export function clockEffectsIn(effects: ClockEffects, regime: RegimeId): ClockEffects {
  const keep = (ids: readonly ClockId[] | undefined): ClockId[] => (ids ?? []).filter((id) => CLOCKS[id].regimes?.includes(regime) ?? true);
  const out: { start?: ClockId[]; stop?: ClockId[]; pause?: ClockId[]; resume?: ClockId[]; extend?: ClockId[] } = {};
  for (const k of ['start', 'stop', 'pause', 'resume', 'extend'] as const) {
    const ids = keep(effects[k]);
    if (ids.length) out[k] = ids;
  }
  return out;
}
