// Denunciation clocks (spec §4.3, state machine §3.4, re-denunciation §3.5).
import { defineClock, type ClockEntry, type VersionSpec } from './define';
import type { ClockDefinition } from './types';

const LTC = 'Luật Tố cáo 2018 (25/2018/QH14)';
const LTC_EN = 'Law on Denunciations 2018';
const LTC_FROM = '2019-01-01';
const ND31 = 'Nghị định 31/2019/NĐ-CP';

const ltc = (article: string) => `${LTC}, ${article}`;

type Simple = Pick<ClockDefinition, 'id' | 'labelVi' | 'labelEn' | 'triggerVi'>;

/** A clock with one version in force since LTC 2018 and no variants. */
function simple(clock: Simple, unit: VersionSpec['unit'], length: number, article: string, articleEn: string, extra = ''): ClockEntry {
  return defineClock({ ...clock, domain: 'denunciation', direction: 'after' }, [
    { version: 1, effectiveFrom: LTC_FROM, unit, length, basis: ltc(article) + extra, basisEn: `${LTC_EN}, ${articleEn}`, verification: 'V' },
  ]);
}

/** Denunciation clocks and their shipped versions. */
export const DENUNCIATION_CLOCKS: readonly ClockEntry[] = [
  defineClock(
    {
      id: 'TC_INITIAL',
      domain: 'denunciation',
      labelVi: 'Xử lý ban đầu thông tin tố cáo',
      labelEn: 'Initial processing of a denunciation',
      triggerVi: 'ngày nhận được tố cáo',
      direction: 'after',
    },
    [
      {
        version: 1,
        effectiveFrom: LTC_FROM,
        unit: 'working_days',
        length: 7,
        variants: { extended: 10 },
        basis: ltc('Điều 24 khoản 1'),
        basisEn: `${LTC_EN}, Art 24(1)`,
        verification: 'V',
      },
    ],
  ),
  simple(
    { id: 'TC_TRANSFER', labelVi: 'Chuyển tố cáo không thuộc thẩm quyền và thông báo cho người tố cáo', labelEn: 'Transfer a denunciation outside competence', triggerVi: 'ngày nhận được tố cáo' },
    'working_days',
    5,
    'Điều 24 khoản 2',
    'Art 24(2)',
    '; Thông tư 05/2021/TT-TTCP, Điều 14 khoản 1',
  ),
  simple(
    { id: 'TC_ACCEPT_NOTICE', labelVi: 'Thông báo thụ lý tố cáo và nội dung tố cáo', labelEn: 'Notify acceptance to the denouncer and content to the accused', triggerVi: 'ngày ra quyết định thụ lý' },
    'working_days',
    5,
    'Điều 29 khoản 3',
    'Art 29(3)',
    `; ${ND31}, Điều 9 khoản 2`,
  ),
  defineClock(
    {
      id: 'TC_RESOLVE',
      domain: 'denunciation',
      labelVi: 'Giải quyết tố cáo',
      labelEn: 'Resolve a denunciation',
      triggerVi: 'ngày ra quyết định thụ lý tố cáo',
      direction: 'after',
      pauses: { allowedFrom: LTC_FROM, basis: `${ltc('Điều 34 khoản 2')}; ${ND31}, Điều 15 khoản 4` },
    },
    [
      {
        version: 1,
        effectiveFrom: LTC_FROM,
        unit: 'calendar_days',
        length: 30,
        maxExtensions: { complex: 1, especiallyComplex: 2 },
        extensionLength: 30,
        extensionBasis: ltc('Điều 30 khoản 2, 3, 4'),
        basis: `${ltc('Điều 30')}; ${ND31}, Điều 3`,
        basisEn: `${LTC_EN}, Art 30; Decree 31/2019 Art 3`,
        verification: 'V',
      },
    ],
  ),
  simple(
    { id: 'TC_DECISION_NOTICE', labelVi: 'Gửi quyết định tạm đình chỉ, đình chỉ giải quyết tố cáo', labelEn: 'Send suspension / termination decisions', triggerVi: 'ngày ban hành quyết định' },
    'working_days',
    5,
    'Điều 34 khoản 4',
    'Art 34(4)',
  ),
  simple(
    { id: 'TC_CONCLUSION_SEND', labelVi: 'Gửi kết luận nội dung tố cáo, thông báo cho người tố cáo', labelEn: 'Send the conclusion and notify the denouncer', triggerVi: 'ngày ban hành kết luận' },
    'working_days',
    5,
    'Điều 35 khoản 3',
    'Art 35(3)',
  ),
  simple(
    { id: 'TC_HANDLE', labelVi: 'Xử lý kết luận nội dung tố cáo', labelEn: 'Handle the conclusion', triggerVi: 'ngày ban hành kết luận' },
    'working_days',
    7,
    'Điều 36 khoản 1',
    'Art 36(1)',
  ),
  simple(
    { id: 'TC_HANDLE_REPORT', labelVi: 'Báo cáo kết quả xử lý kiến nghị', labelEn: 'Report the handling result to the resolver', triggerVi: 'ngày có kết quả xử lý' },
    'working_days',
    5,
    'Điều 36 khoản 3',
    'Art 36(3)',
  ),
  simple(
    { id: 'TC_PUBLICITY', labelVi: 'Công khai kết luận nội dung tố cáo, quyết định xử lý', labelEn: 'Publicise the conclusion and the sanction decision', triggerVi: 'ngày ban hành kết luận / quyết định xử lý' },
    'working_days',
    7,
    'Điều 40 khoản 1',
    'Art 40(1); Decree 31/2019 Art 6(2)',
    `; ${ND31}, Điều 6 khoản 2`,
  ),
  simple(
    { id: 'TC_PRESS_RESULT', labelVi: 'Thông báo kết quả cho cơ quan báo chí, cơ quan đã chuyển tố cáo', labelEn: 'Inform the transferring press body of the result', triggerVi: 'ngày nhận được tố cáo do cơ quan báo chí, cơ quan khác chuyển đến' },
    'calendar_days',
    20,
    'Điều 26 khoản 2',
    'Art 26(2)',
  ),
  simple(
    { id: 'TC_REDENOUNCE_REVIEW', labelVi: 'Xem xét tố cáo tiếp', labelEn: 'Review a re-denunciation', triggerVi: 'ngày nhận được tố cáo tiếp' },
    'calendar_days',
    20,
    'Điều 37 khoản 2',
    'Art 37(2)',
  ),
  simple(
    { id: 'TC_OVERDUE_REQUEST', labelVi: 'Yêu cầu người giải quyết quá hạn báo cáo', labelEn: 'Ask the late resolver for a report', triggerVi: 'ngày nhận được tố cáo do quá hạn giải quyết' },
    'working_days',
    5,
    'Điều 38 khoản 2',
    'Art 38(2)',
  ),
  simple(
    { id: 'TC_OVERDUE_REPORT', labelVi: 'Báo cáo quá trình giải quyết tố cáo quá hạn', labelEn: 'Late resolver reports to the superior', triggerVi: 'ngày nhận được yêu cầu của cấp trên' },
    'working_days',
    5,
    'Điều 38 khoản 3',
    'Art 38(3)',
  ),
];
