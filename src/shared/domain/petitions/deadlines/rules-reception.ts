// Citizen reception and letter-handling clocks (spec §2.5–§2.7, §4.4).
import { defineClock, type ClockEntry } from './define';
import type { ClockDefinition, ClockDirection, Verification } from './types';

const LTCD = 'Luật Tiếp công dân 2013 (42/2013/QH13)';
const LTCD_EN = 'Law on Citizen Reception 2013';
const LTCD_FROM = '2014-07-01';
const R2026_FROM = '2026-07-01';
const ND154 = 'Nghị định 154/2026/NĐ-CP';
const ND154_EN = 'Decree 154/2026';

type Head = Pick<ClockDefinition, 'id' | 'labelVi' | 'labelEn' | 'triggerVi'>;

interface Spec {
  direction: ClockDirection;
  length: number;
  from: string;
  basis: string;
  basisEn: string;
  verification: Verification;
}

/** A clock counted in working days with one shipped version. */
function wd(head: Head, s: Spec): ClockEntry {
  return defineClock({ ...head, domain: 'reception', direction: s.direction }, [
    { version: 1, effectiveFrom: s.from, unit: 'working_days', length: s.length, basis: s.basis, basisEn: s.basisEn, verification: s.verification },
  ]);
}

const ltcd = (direction: ClockDirection, length: number, article: string, articleEn: string): Spec => ({
  direction,
  length,
  from: LTCD_FROM,
  basis: `${LTCD}, ${article}`,
  basisEn: `${LTCD_EN}, ${articleEn}`,
  verification: 'V',
});

const nd154 = (direction: ClockDirection, length: number, article: string, articleEn: string): Spec => ({
  direction,
  length,
  from: R2026_FROM,
  basis: `${ND154}, ${article}`,
  basisEn: `${ND154_EN}, ${articleEn}`,
  verification: 'S',
});

/** Reception and letter-handling clocks and their shipped versions. */
export const RECEPTION_CLOCKS: readonly ClockEntry[] = [
  wd(
    { id: 'TCD_ANSWER', labelVi: 'Trả lời người đến trình bày tại nơi tiếp công dân', labelEn: 'Answer the person received', triggerVi: 'ngày nhận được nội dung khiếu nại, tố cáo, kiến nghị, phản ánh' },
    ltcd('after', 10, 'Điều 28 khoản 1', 'Art 28(1)'),
  ),
  wd(
    { id: 'TCD_TRANSFEROR_RESULT', labelVi: 'Thông báo kết quả cho cơ quan, đại biểu đã chuyển vụ việc', labelEn: 'Notify the forwarding body or deputy of the result', triggerVi: 'ngày vụ việc được giải quyết' },
    ltcd('after', 7, 'Điều 27 khoản 2', 'Art 27(2)'),
  ),
  wd(
    { id: 'TCD_CITIZEN_RELAY', labelVi: 'Thông báo kết quả cho công dân (khi có yêu cầu)', labelEn: 'Relay the result to the citizen on request', triggerVi: 'ngày nhận được thông báo kết quả' },
    ltcd('after', 5, 'Điều 28 khoản 2', 'Art 28(2)'),
  ),
  wd(
    { id: 'TCD_SCHEDULE_POSTING', labelVi: 'Niêm yết lịch tiếp công dân của lãnh đạo (trước ngày tiếp)', labelEn: "Post the leader's reception schedule (before the day)", triggerVi: 'ngày tiếp công dân' },
    ltcd('before', 5, 'Điều 24 khoản 4', 'Art 24(4)'),
  ),
  wd(
    { id: 'TCD_DEPUTY_SCHEDULE', labelVi: 'Thông báo lịch tiếp công dân của đại biểu Quốc hội (trước ngày tiếp)', labelEn: "Notify an NA deputy's reception schedule (before the day)", triggerVi: 'ngày tiếp công dân' },
    ltcd('before', 10, 'Điều 21 khoản 1', 'Art 21(1)'),
  ),
  wd(
    { id: 'TCD_DEPUTY_ABSENCE', labelVi: 'Báo vắng mặt của đại biểu Quốc hội (trước ngày tiếp)', labelEn: "Report an NA deputy's absence (before the day)", triggerVi: 'ngày tiếp công dân' },
    ltcd('before', 5, 'Điều 21 khoản 1', 'Art 21(1)'),
  ),
  wd(
    { id: 'TCD_REFUSAL_NOTICE', labelVi: 'Thông báo từ chối tiếp công dân bằng văn bản', labelEn: 'Written refusal of reception', triggerVi: 'ngày xác định có căn cứ từ chối' },
    nd154('after', 3, 'Điều 4 khoản 3', 'Art 4(3)'),
  ),
  wd(
    { id: 'TCD_ONLINE_NOTICE', labelVi: 'Thông báo tiếp công dân trực tuyến (trước buổi tiếp)', labelEn: 'Notify participants of an online reception (before the session)', triggerVi: 'ngày tiếp công dân trực tuyến' },
    nd154('before', 5, 'Điều 23 khoản 1', 'Art 23(1)'),
  ),
  wd(
    { id: 'TCD_ONLINE_TEST', labelVi: 'Kiểm tra đường truyền tiếp công dân trực tuyến (trước buổi tiếp)', labelEn: 'Test the online reception link (before the session)', triggerVi: 'ngày tiếp công dân trực tuyến' },
    nd154('before', 1, 'Điều 23 khoản 1', 'Art 23(1)'),
  ),
  // No time limit was found for processing complaint and petition letters (spec §4.4, §9 item 2): configuration only.
  defineClock(
    {
      id: 'XLD_PROCESS',
      domain: 'reception',
      labelVi: 'Xử lý đơn khiếu nại, kiến nghị, phản ánh',
      labelEn: 'Process complaint and petition letters',
      triggerVi: 'ngày nhận được đơn',
      direction: 'after',
      configurable: true,
    },
    [],
  ),
];
