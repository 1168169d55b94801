// Complaint clocks (spec §4.2, state machines §3.1–§3.3).
import { defineClock, type ClockEntry } from './define';

const LKN = 'Luật Khiếu nại 2011 (02/2011/QH13)';
const LKN_EN = 'Law on Complaints 2011';
const LKN_FROM = '2012-07-01';
const R2026_FROM = '2026-07-01';
const R2025_TO = '2026-06-30';
const ND155 = 'Nghị định 155/2026/NĐ-CP (sửa đổi Nghị định 124/2020/NĐ-CP)';
const ND155_EN = 'Decree 155/2026 amending Decree 124/2020';
// R2026 complaint suspension; NĐ 155/2026 Art 22 applies it to complaints accepted earlier and still open.
const COMPLAINT_PAUSES = {
  allowedFrom: R2026_FROM,
  basis: `${ND155}, Điều 28a, 28b mới của Nghị định 124/2020 (chuyển tiếp: Điều 22)`,
};

const lkn = (article: string) => `${LKN}, ${article}`;

/** Complaint clocks and their shipped versions. */
export const COMPLAINT_CLOCKS: readonly ClockEntry[] = [
  defineClock(
    {
      id: 'KN_LIMITATION',
      domain: 'complaint',
      labelVi: 'Thời hiệu khiếu nại',
      labelEn: 'Limitation period to complain',
      triggerVi: 'ngày nhận được hoặc biết được quyết định hành chính, hành vi hành chính',
      direction: 'after',
      limitation: { basis: lkn('Điều 9') },
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 90, basis: lkn('Điều 9; Điều 11 khoản 6'), basisEn: `${LKN_EN}, Arts 9, 11(6)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_LIMITATION_DISC_1',
      domain: 'complaint',
      labelVi: 'Thời hiệu khiếu nại lần đầu quyết định kỷ luật',
      labelEn: 'Limitation, first complaint against a disciplinary decision',
      triggerVi: 'ngày nhận được quyết định kỷ luật',
      direction: 'after',
      limitation: { basis: lkn('Điều 48') },
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 15, basis: lkn('Điều 48'), basisEn: `${LKN_EN}, Art 48`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_LIMITATION_DISC_2',
      domain: 'complaint',
      labelVi: 'Thời hiệu khiếu nại lần hai quyết định kỷ luật',
      labelEn: 'Limitation, second complaint against a disciplinary decision',
      triggerVi: 'ngày nhận được quyết định giải quyết khiếu nại lần đầu',
      direction: 'after',
      limitation: { basis: lkn('Điều 48') },
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        unit: 'calendar_days',
        length: 10,
        variants: { dismissal: 30 },
        basis: lkn('Điều 48'),
        basisEn: `${LKN_EN}, Art 48`,
        verification: 'V',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_ACCEPT',
      domain: 'complaint',
      labelVi: 'Thụ lý giải quyết khiếu nại (lần đầu, lần hai)',
      labelEn: 'Accept a complaint (first or second instance)',
      triggerVi: 'ngày nhận được khiếu nại thuộc thẩm quyền',
      direction: 'after',
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        effectiveTo: R2025_TO,
        unit: 'calendar_days',
        length: 10,
        warningOnly: true,
        basis: lkn('Điều 27; Điều 36 khoản 1'),
        basisEn: `${LKN_EN}, Arts 27, 36(1)`,
        verification: 'V',
        noteVi: 'Luật ghi "10 ngày" (ngày lịch): chỉ dùng làm mốc cảnh báo cho đến khi xác nhận Điều 16 khoản 1 Nghị định 124/2020.',
      },
      {
        version: 2,
        effectiveFrom: LKN_FROM,
        effectiveTo: R2025_TO,
        unit: 'working_days',
        length: 10,
        basis: 'Thông tư 07/2013/TT-TTCP, Điều 5 khoản 1 (sửa đổi bởi Thông tư 02/2016/TT-TTCP); Nghị định 124/2020/NĐ-CP, Điều 16 khoản 1 (chưa đối chiếu)',
        basisEn: 'Circular 07/2013 Art 5(1) as amended by Circular 02/2016; Decree 124/2020 Art 16(1) (not checked)',
        verification: 'V-old',
      },
      {
        version: 3,
        effectiveFrom: R2026_FROM,
        unit: 'working_days',
        length: 7,
        basis: `${ND155}, Điều 10`,
        basisEn: `${ND155_EN}, Art 10`,
        verification: 'S',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_ACCEPT_DISC',
      domain: 'complaint',
      labelVi: 'Thụ lý khiếu nại quyết định kỷ luật',
      labelEn: 'Accept a complaint against a disciplinary decision',
      triggerVi: 'ngày nhận được đơn khiếu nại thuộc thẩm quyền',
      direction: 'after',
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 10, basis: lkn('Điều 50'), basisEn: `${LKN_EN}, Art 50`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_RESOLVE_1',
      domain: 'complaint',
      labelVi: 'Giải quyết khiếu nại lần đầu',
      labelEn: 'Resolve a first-instance complaint',
      triggerVi: 'ngày thụ lý',
      direction: 'after',
      pauses: COMPLAINT_PAUSES,
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        unit: 'calendar_days',
        length: 30,
        variants: { complex: 45, remote: 45, remoteComplex: 60 },
        basis: lkn('Điều 28'),
        basisEn: `${LKN_EN}, Art 28`,
        verification: 'V',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_RESOLVE_2',
      domain: 'complaint',
      labelVi: 'Giải quyết khiếu nại lần hai',
      labelEn: 'Resolve a second-instance complaint',
      triggerVi: 'ngày thụ lý',
      direction: 'after',
      pauses: COMPLAINT_PAUSES,
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        unit: 'calendar_days',
        length: 45,
        variants: { complex: 60, remote: 60, remoteComplex: 70 },
        basis: lkn('Điều 37'),
        basisEn: `${LKN_EN}, Art 37`,
        verification: 'V',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_RESOLVE_DISC',
      domain: 'complaint',
      labelVi: 'Giải quyết khiếu nại quyết định kỷ luật (mỗi lần)',
      labelEn: 'Resolve a complaint against a disciplinary decision (each instance)',
      triggerVi: 'ngày thụ lý',
      direction: 'after',
      pauses: COMPLAINT_PAUSES,
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 30, variants: { complex: 45 }, basis: lkn('Điều 50'), basisEn: `${LKN_EN}, Art 50`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_SEND_1',
      domain: 'complaint',
      labelVi: 'Gửi quyết định giải quyết khiếu nại lần đầu',
      labelEn: 'Send the first-instance decision',
      triggerVi: 'ngày có quyết định giải quyết khiếu nại',
      direction: 'after',
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'working_days', length: 3, basis: lkn('Điều 32'), basisEn: `${LKN_EN}, Art 32`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_SEND_2',
      domain: 'complaint',
      labelVi: 'Gửi quyết định giải quyết khiếu nại lần hai',
      labelEn: 'Send the second-instance decision',
      triggerVi: 'ngày có quyết định giải quyết khiếu nại lần hai',
      direction: 'after',
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 7, basis: lkn('Điều 41 khoản 1'), basisEn: `${LKN_EN}, Art 41(1)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_SEND_DISC_2',
      domain: 'complaint',
      labelVi: 'Gửi quyết định giải quyết khiếu nại kỷ luật lần hai',
      labelEn: 'Send the second-instance discipline decision',
      triggerVi: 'ngày ban hành quyết định',
      direction: 'after',
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 7, basis: lkn('Điều 56 khoản 2'), basisEn: `${LKN_EN}, Art 56(2)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_PUBLICITY_2',
      domain: 'complaint',
      labelVi: 'Công khai quyết định giải quyết khiếu nại lần hai',
      labelEn: 'Publicise the second-instance decision',
      triggerVi: 'ngày có quyết định giải quyết khiếu nại lần hai',
      direction: 'after',
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        unit: 'calendar_days',
        length: 15,
        basis: `${lkn('Điều 41 khoản 2, 3')}; Nghị định 75/2012/NĐ-CP, Điều 12 khoản 1 (đã hết hiệu lực; Nghị định 124/2020/NĐ-CP chưa đối chiếu)`,
        basisEn: `${LKN_EN}, Art 41(2)–(3); Decree 75/2012 Art 12(1) (repealed; Decree 124/2020 not checked)`,
        verification: 'V-old',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_SECOND_WINDOW',
      domain: 'complaint',
      labelVi: 'Thời hạn khiếu nại lần hai',
      labelEn: 'Window to file the second complaint',
      triggerVi: 'ngày hết thời hạn giải quyết lần đầu mà chưa được giải quyết, hoặc ngày nhận được quyết định giải quyết lần đầu',
      direction: 'after',
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        unit: 'calendar_days',
        length: 30,
        variants: { remote: 45 },
        basis: lkn('Điều 33 khoản 1'),
        basisEn: `${LKN_EN}, Art 33(1)`,
        verification: 'V',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_EFFECT_1',
      domain: 'complaint',
      labelVi: 'Hiệu lực quyết định giải quyết khiếu nại lần đầu',
      labelEn: 'First-instance decision becomes legally effective',
      triggerVi: 'ngày ban hành quyết định',
      direction: 'after',
      effect: { basis: lkn('Điều 44 khoản 1'), conditionVi: 'nếu người khiếu nại không khiếu nại lần hai' },
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 30, variants: { remote: 45 }, basis: lkn('Điều 44 khoản 1, 4'), basisEn: `${LKN_EN}, Art 44(1), (4)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_EFFECT_2',
      domain: 'complaint',
      labelVi: 'Hiệu lực quyết định giải quyết khiếu nại lần hai',
      labelEn: 'Second-instance decision becomes legally effective',
      triggerVi: 'ngày ban hành quyết định',
      direction: 'after',
      effect: { basis: lkn('Điều 44 khoản 2') },
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 30, variants: { remote: 45 }, basis: lkn('Điều 44 khoản 2, 4'), basisEn: `${LKN_EN}, Art 44(2), (4)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_EFFECT_DISC',
      domain: 'complaint',
      labelVi: 'Hiệu lực quyết định giải quyết khiếu nại kỷ luật',
      labelEn: 'Discipline complaint decision becomes legally effective',
      triggerVi: 'ngày ban hành quyết định',
      direction: 'after',
      effect: { basis: lkn('Điều 57'), conditionVi: 'đối với quyết định lần đầu: nếu không có khiếu nại lần hai' },
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 30, basis: lkn('Điều 57 khoản 1, 2'), basisEn: `${LKN_EN}, Art 57(1)–(2)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_REFILE_AFTER_TERMINATION',
      domain: 'complaint',
      labelVi: 'Tiếp tục khiếu nại sau thông báo đình chỉ',
      labelEn: 'Continue complaining after a termination notice',
      triggerVi: 'ngày có văn bản thông báo đình chỉ việc giải quyết khiếu nại',
      direction: 'after',
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 30, basis: lkn('Điều 11 khoản 8'), basisEn: `${LKN_EN}, Art 11(8)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_INFO_REQUEST',
      domain: 'complaint',
      labelVi: 'Cung cấp thông tin, tài liệu theo yêu cầu',
      labelEn: 'Answer a request for information or documents',
      triggerVi: 'ngày có yêu cầu',
      direction: 'after',
    },
    [
      {
        version: 1,
        effectiveFrom: LKN_FROM,
        unit: 'calendar_days',
        length: 7,
        basis: lkn('Điều 12 khoản 1 điểm đ; Điều 13 khoản 1 điểm c, khoản 2 điểm c; Điều 14 khoản 1 điểm a; Điều 15 khoản 1 điểm a'),
        basisEn: `${LKN_EN}, Arts 12(1)(đ), 13(1)(c), 13(2)(c), 14(1)(a), 15(1)(a)`,
        verification: 'V',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_MTTQ_RESULT',
      domain: 'complaint',
      labelVi: 'Thông báo kết quả cho Mặt trận Tổ quốc đã chuyển khiếu nại',
      labelEn: 'Inform the forwarding Fatherland Front body of the result',
      triggerVi: 'ngày có quyết định giải quyết khiếu nại',
      direction: 'after',
    },
    [{ version: 1, effectiveFrom: LKN_FROM, unit: 'calendar_days', length: 7, basis: lkn('Điều 66 khoản 2'), basisEn: `${LKN_EN}, Art 66(2)`, verification: 'V' }],
  ),
  defineClock(
    {
      id: 'KN_DIALOGUE_NOTICE',
      domain: 'complaint',
      labelVi: 'Thông báo tổ chức đối thoại (trước ngày đối thoại)',
      labelEn: 'Dialogue invitation (before the dialogue)',
      triggerVi: 'ngày đối thoại',
      direction: 'before',
    },
    [
      {
        version: 1,
        effectiveFrom: R2026_FROM,
        unit: 'calendar_days',
        length: 5,
        basis: `${ND155}, Điều 28 khoản 1 mới của Nghị định 124/2020`,
        basisEn: `${ND155_EN}, new Art 28(1) of Decree 124/2020`,
        verification: 'S',
      },
    ],
  ),
  defineClock(
    {
      id: 'KN_SUSPEND_NOTICE',
      domain: 'complaint',
      labelVi: 'Gửi quyết định tạm đình chỉ, đình chỉ, tiếp tục giải quyết khiếu nại',
      labelEn: 'Send suspension / termination / continuation decisions',
      triggerVi: 'ngày ban hành quyết định',
      direction: 'after',
    },
    [
      {
        version: 1,
        effectiveFrom: R2026_FROM,
        unit: 'working_days',
        length: 3,
        basis: `${ND155}, Điều 28b mới của Nghị định 124/2020`,
        basisEn: `${ND155_EN}, new Art 28b of Decree 124/2020`,
        verification: 'S',
      },
    ],
  ),
];
