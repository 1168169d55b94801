import type { IndicatorSetDef } from './definitions';

/**
 * The indicator set shipped with the software (version 1 of a new installation; an administrator publishes new
 * versions). Facts only from sanctions.md §9.1; the numbers are a starting point for the inspectorate to tune, each
 * with its reason. Thresholds calibrated with all four sources wired (110 weight points): a subject without any
 * sanction, letter or overdue recommendation stays under "cảnh báo" whatever its sector and inspection history
 * (at most 29 of 110 ≈ 26 points); two counted sanctions, or one with an overdue fine, on top of a long time without
 * inspection reach it.
 */
export const DEFAULT_INDICATOR_SET: IndicatorSetDef = {
  indicators: [
    {
      key: 'sanctions_3y', kind: 'sanctions_in_window', params: { windowYears: 3 }, weight: 25, cap: 3,
      nameVi: 'Vi phạm hành chính bị xử phạt trong 3 năm', nameEn: 'Sanctioned violations in the last 3 years',
      justification: 'Vi phạm đã bị xử phạt là dấu hiệu trực tiếp nhất (sanction_history). Không tính quyết định đã "được coi là chưa bị xử lý" (Luật XLVPHC 2012, Điều 7). Bão hoà ở 3 quyết định.',
    },
    {
      key: 'unpaid_fines', kind: 'unpaid_fines', params: {}, weight: 15, cap: 50_000_000,
      nameVi: 'Tiền phạt quá hạn chưa nộp', nameEn: 'Overdue unpaid fines',
      justification: 'Không chấp hành quyết định xử phạt (Luật XLVPHC, Điều 73, 86). Không tính khi hết thời hiệu thi hành (Điều 74) hay được nộp nhiều lần/hoãn (Điều 76, 79). Bão hoà ở 50 triệu đồng.',
    },
    {
      key: 'overdue_recommendations', kind: 'overdue_recommendations', params: { graceDays: 0 }, weight: 20, cap: 3,
      nameVi: 'Kiến nghị thanh tra quá hạn chưa thực hiện', nameEn: 'Overdue inspection recommendations',
      justification: 'Không thực hiện kết luận thanh tra (Luật Thanh tra 2022, Điều 104–106). Chỉ kết luận đã công khai (Điều 79; khoản 5 Điều 8). Bão hoà ở 3 kiến nghị.',
    },
    {
      key: 'petitions_12m', kind: 'petitions_weighted', params: { windowMonths: 12, weights: { petition: 1, reflection: 1, complaint: 2, denunciation: 3 } }, weight: 20, cap: 4,
      nameVi: 'Đơn về tổ chức trong 12 tháng (theo loại)', nameEn: 'Letters about the organisation in 12 months (by kind)',
      justification: 'Phản ánh, kiến nghị của người dân về tổ chức là tín hiệu sớm. Tố cáo chỉ tính khi đã kết luận đúng/đúng một phần, khiếu nại chỉ khi quyết định bị khiếu nại là sai (Luật Tố cáo 2018, Điều 11, 35; Luật Khiếu nại 2011). Bão hoà ở 4 điểm.',
    },
    {
      key: 'years_since_inspection', kind: 'years_since_inspection', params: {}, weight: 15, cap: 8,
      nameVi: 'Số năm từ lần thanh tra gần nhất', nameEn: 'Years since the last inspection',
      justification: 'Tần suất thanh tra (inspection_frequency, Luật Thanh tra 2022, khoản 3 Điều 4). Bằng 0 nếu đã thanh tra trong năm (không quá 01 lần/năm — Nghị quyết 198/2025/QH15, Điều 4). Bão hoà ở 8 năm.',
    },
    {
      key: 'sector_base_risk', kind: 'sector_base_risk', weight: 10, cap: 1,
      params: { sections: { A: 0.3, B: 0.9, C: 0.6, D: 0.5, E: 0.8, F: 0.8, G: 0.4, H: 0.5, I: 0.5, J: 0.3, K: 0.6, L: 0.7, M: 0.3, N: 0.3, O: 0.4, P: 0.3, Q: 0.6, R: 0.4, S: 0.3, T: 0.1, U: 0.1 }, otherwise: 0.4 },
      nameVi: 'Rủi ro nền của ngành (VSIC cấp 1)', nameEn: 'Sector base risk (VSIC section)',
      justification: 'Ngành có nhiều lĩnh vực kiểm tra chuyên ngành và tác động môi trường, an toàn (khai khoáng, xây dựng, xử lý chất thải, bất động sản) cao hơn. Giá trị ban đầu do cơ quan điều chỉnh.',
    },
    {
      key: 'registry_status', kind: 'registry_status', params: { values: { active: 0, suspended: 0.5, revoked: 1 } }, weight: 5, cap: 1,
      nameVi: 'Tình trạng đăng ký', nameEn: 'Registry status',
      justification: 'Bị thu hồi giấy chứng nhận đăng ký (thường do vi phạm) hoặc tạm ngừng kinh doanh vẫn còn nghĩa vụ. Tổ chức đã giải thể, phá sản không tính điểm.',
    },
  ],
  thresholds: { watch: 25, warning: 40, serious: 60, warnFrom: 'warning' },
  excludedStatuses: ['dissolved', 'bankrupt'],
};

/**
 * Earlier shipped sets. An installation whose newest version is one of these, published by the software itself, gets
 * the current shipped set as a new version at start (old scores keep naming and reproducing with their version).
 */
export const PREVIOUS_DEFAULT_SETS: IndicatorSetDef[] = [
  // Shipped while only petitions and inspections were wired (50 weight points available): 40 / 55 / 70.
  { ...DEFAULT_INDICATOR_SET, thresholds: { watch: 40, warning: 55, serious: 70, warnFrom: 'warning' } },
];
