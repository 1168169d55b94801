// Sanctioning powers of inspectors and chief inspectors by title, effective-dated (sanctions.md §8): Luật XLVPHC
// Art 46 (2012 text [V]), widened by Luật Thanh tra 2022 Art 116(1) [V] from 01/07/2023, restructured by the 2025
// reform (titles of abolished bodies end on 30/06/2025 — interpretation; the post-reform titles are TO VERIFY).
import type { IsoDate } from '../calendar';

export const SANCTIONING_TITLES = [
  'thanh_tra_vien',
  'chanh_thanh_tra_so',
  'truong_doan_tt_chuyen_nganh_cap_so',
  'chanh_thanh_tra_tong_cuc_cuc',
  'chanh_thanh_tra_tinh',
  'truong_doan_tt_chuyen_nganh_cap_bo',
  'chanh_thanh_tra_bo',
  'chanh_thanh_tra_bqp_bca_nhnn',
  'truong_doan_kiem_tra_chuyen_nganh',
] as const;
export type SanctioningTitle = (typeof SANCTIONING_TITLES)[number];

export const TITLE_LABELS_VI: Readonly<Record<SanctioningTitle, string>> = {
  thanh_tra_vien: 'Thanh tra viên (người được giao nhiệm vụ thanh tra chuyên ngành) đang thi hành công vụ',
  chanh_thanh_tra_so: 'Chánh Thanh tra sở',
  truong_doan_tt_chuyen_nganh_cap_so: 'Trưởng đoàn thanh tra chuyên ngành cấp sở',
  chanh_thanh_tra_tong_cuc_cuc: 'Chánh Thanh tra Tổng cục, Cục thuộc Bộ',
  chanh_thanh_tra_tinh: 'Chánh Thanh tra tỉnh',
  truong_doan_tt_chuyen_nganh_cap_bo: 'Trưởng đoàn thanh tra chuyên ngành cấp bộ',
  chanh_thanh_tra_bo: 'Chánh Thanh tra bộ, cơ quan ngang bộ',
  chanh_thanh_tra_bqp_bca_nhnn: 'Chánh Thanh tra Bộ Quốc phòng, Bộ Công an, Ngân hàng Nhà nước',
  truong_doan_kiem_tra_chuyen_nganh: 'Trưởng đoàn kiểm tra chuyên ngành',
};

/** One effective-dated row of sanctioning power of a title. */
export interface PowerVersion {
  title: SanctioningTitle;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  /** Share of the field maximum fine (Art 24) the title may impose on an individual; null = no fine power configured. */
  ratio: number | null;
  /** Absolute cap for an individual (VND); null = none, or not confirmed in the current text. */
  capIndividual: number | null;
  licenceWithdrawal: boolean;
  /** Confiscation up to the fine cap (true) or without limit ('unlimited'). */
  confiscation: boolean | 'unlimited';
  basis: string;
  verification: 'V' | 'S' | 'TV' | 'INT';
  toVerify: boolean;
  noteVi?: string;
}

const A46 = (clause: string) => `Luật Xử lý vi phạm hành chính 2012, ${clause} Điều 46`;
const LTT22_116 = 'Luật Thanh tra 11/2022/QH15, khoản 1 Điều 116';
const REFORM_END: IsoDate = '2025-06-30';

/** Shipped power table; administrators add rows (e.g. post-2025 titles) with an effective date. */
export const POWER_VERSIONS: readonly PowerVersion[] = [
  { title: 'thanh_tra_vien', effectiveFrom: '2013-07-01', effectiveTo: '2021-12-31', ratio: 0.01, capIndividual: 500_000, licenceWithdrawal: false, confiscation: true, basis: A46('khoản 1'), verification: 'V', toVerify: false },
  { title: 'thanh_tra_vien', effectiveFrom: '2022-01-01', ratio: 0.01, capIndividual: 500_000, licenceWithdrawal: false, confiscation: true, basis: 'Luật Xử lý vi phạm hành chính (sửa đổi 2020), khoản 1 Điều 46; mức trong nghị định lĩnh vực (ví dụ Nghị định 168/2024/NĐ-CP Điều 44)', verification: 'S', toVerify: true },
  { title: 'chanh_thanh_tra_so', effectiveFrom: '2013-07-01', effectiveTo: '2021-12-31', ratio: 0.5, capIndividual: 50_000_000, licenceWithdrawal: true, confiscation: true, basis: A46('khoản 2'), verification: 'V', toVerify: false },
  { title: 'chanh_thanh_tra_so', effectiveFrom: '2022-01-01', effectiveTo: REFORM_END, ratio: 0.5, capIndividual: null, licenceWithdrawal: true, confiscation: true, basis: 'Luật Xử lý vi phạm hành chính (sửa đổi 2020), khoản 2 Điều 46', verification: 'S', toVerify: true, noteVi: 'Mức trần tuyệt đối 50.000.000 đồng của văn bản 2012 cần xác minh sau sửa đổi 2020; dùng mức trong nghị định lĩnh vực.' },
  { title: 'truong_doan_tt_chuyen_nganh_cap_so', effectiveFrom: '2013-07-01', effectiveTo: '2021-12-31', ratio: 0.5, capIndividual: 50_000_000, licenceWithdrawal: true, confiscation: true, basis: A46('khoản 5, khoản 2'), verification: 'V', toVerify: false },
  { title: 'truong_doan_tt_chuyen_nganh_cap_so', effectiveFrom: '2022-01-01', effectiveTo: REFORM_END, ratio: 0.5, capIndividual: null, licenceWithdrawal: true, confiscation: true, basis: 'Luật Xử lý vi phạm hành chính (sửa đổi 2020), khoản 5 Điều 46', verification: 'S', toVerify: true },
  { title: 'chanh_thanh_tra_tong_cuc_cuc', effectiveFrom: '2023-07-01', effectiveTo: REFORM_END, ratio: 0.5, capIndividual: null, licenceWithdrawal: true, confiscation: true, basis: `${LTT22_116} (bổ sung vào khoản 2 Điều 46 Luật Xử lý vi phạm hành chính)`, verification: 'V', toVerify: true, noteVi: 'Mức trần tuyệt đối theo văn bản sửa đổi 2020 cần xác minh.' },
  { title: 'chanh_thanh_tra_tinh', effectiveFrom: '2023-07-01', ratio: 0.7, capIndividual: null, licenceWithdrawal: true, confiscation: true, basis: `${LTT22_116} (bổ sung vào khoản 3 Điều 46 Luật Xử lý vi phạm hành chính)`, verification: 'V', toVerify: true, noteVi: 'Sau 01/07/2025 Luật Thanh tra 84/2025 không liệt kê xử phạt trong quyền hạn của Chánh Thanh tra tỉnh (Điều 17): thẩm quyền cần xác minh theo Luật 88/2025/QH15.' },
  { title: 'truong_doan_tt_chuyen_nganh_cap_bo', effectiveFrom: '2013-07-01', effectiveTo: '2021-12-31', ratio: 0.7, capIndividual: 250_000_000, licenceWithdrawal: true, confiscation: true, basis: A46('khoản 5, khoản 3'), verification: 'V', toVerify: false },
  { title: 'truong_doan_tt_chuyen_nganh_cap_bo', effectiveFrom: '2022-01-01', effectiveTo: REFORM_END, ratio: 0.7, capIndividual: null, licenceWithdrawal: true, confiscation: true, basis: 'Luật Xử lý vi phạm hành chính (sửa đổi 2020), khoản 5 Điều 46', verification: 'S', toVerify: true },
  { title: 'chanh_thanh_tra_bo', effectiveFrom: '2013-07-01', effectiveTo: '2021-12-31', ratio: 1, capIndividual: null, licenceWithdrawal: true, confiscation: 'unlimited', basis: A46('khoản 4'), verification: 'V', toVerify: false },
  { title: 'chanh_thanh_tra_bo', effectiveFrom: '2022-01-01', effectiveTo: REFORM_END, ratio: 1, capIndividual: null, licenceWithdrawal: true, confiscation: 'unlimited', basis: 'Luật Xử lý vi phạm hành chính (sửa đổi 2020), khoản 4 Điều 46', verification: 'S', toVerify: true },
  { title: 'chanh_thanh_tra_bqp_bca_nhnn', effectiveFrom: '2025-07-01', ratio: 1, capIndividual: null, licenceWithdrawal: true, confiscation: 'unlimited', basis: 'Luật Thanh tra 84/2025/QH15, khoản 4 Điều 14; Luật Xử lý vi phạm hành chính, khoản 4 Điều 46', verification: 'TV', toVerify: true, noteVi: 'Luật Thanh tra 2025 giao quyền xử phạt; mức theo Luật Xử lý vi phạm hành chính sau cải cách cần xác minh (giả định như Chánh Thanh tra bộ).' },
];

/** Vietnamese note on titles that ended with the 2025 reform (bodies abolished, Luật Thanh tra 84/2025 Art 7, 63). */
export const REFORM_BASIS = 'Luật Thanh tra 84/2025/QH15, Điều 7; khoản 1 Điều 63 (cơ quan thanh tra đã bị bãi bỏ — cách hiểu)';
