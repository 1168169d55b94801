/**
 * VSIC 2018 level-1 section (A–U) of a code by its 2-digit division (Quyết định 27/2018/QĐ-TTg, Phụ lục I).
 * Null for an unknown or missing code.
 */
export function vsicSection(code: string | null | undefined): string | null {
  if (!code || !/^\d{2}/.test(code)) return null;
  const d = Number(code.slice(0, 2));
  for (const [from, to, s] of RANGES) if (d >= from && d <= to) return s;
  return null;
}

const RANGES: [number, number, string][] = [
  [1, 3, 'A'], [5, 9, 'B'], [10, 33, 'C'], [35, 35, 'D'], [36, 39, 'E'], [41, 43, 'F'], [45, 47, 'G'], [49, 53, 'H'], [55, 56, 'I'],
  [58, 63, 'J'], [64, 66, 'K'], [68, 68, 'L'], [69, 75, 'M'], [77, 82, 'N'], [84, 84, 'O'], [85, 85, 'P'], [86, 88, 'Q'], [90, 93, 'R'],
  [94, 96, 'S'], [97, 98, 'T'], [99, 99, 'U'],
];

/** Vietnamese names of the VSIC 2018 sections. */
export const VSIC_SECTIONS: Record<string, string> = {
  A: 'Nông nghiệp, lâm nghiệp và thuỷ sản', B: 'Khai khoáng', C: 'Công nghiệp chế biến, chế tạo', D: 'Sản xuất và phân phối điện, khí đốt',
  E: 'Cung cấp nước; quản lý và xử lý rác thải, nước thải', F: 'Xây dựng', G: 'Bán buôn và bán lẻ', H: 'Vận tải kho bãi', I: 'Dịch vụ lưu trú và ăn uống',
  J: 'Thông tin và truyền thông', K: 'Tài chính, ngân hàng và bảo hiểm', L: 'Kinh doanh bất động sản', M: 'Chuyên môn, khoa học và công nghệ',
  N: 'Hành chính và dịch vụ hỗ trợ', O: 'Đảng, đoàn thể, quản lý nhà nước', P: 'Giáo dục và đào tạo', Q: 'Y tế và trợ giúp xã hội',
  R: 'Nghệ thuật, vui chơi và giải trí', S: 'Hoạt động dịch vụ khác', T: 'Hộ gia đình', U: 'Tổ chức quốc tế',
};
