/**
 * Legal bases cited by the templates ("Căn cứ …" lines), written as ND 30 Phụ lục I, II.6.a asks: laws by name and
 * date of passing only; decrees and circulars with number, date, issuer and title. Instruments amended by the 2025
 * reform (petitions spec §0.3 regimes R2025/R2026) are cited in their base version: the caller adds the amending
 * instruments in force on the document's date through the template's `extraBasis` (their texts are TO VERIFY).
 */
export const LEGAL_BASIS = {
  /** Luật Tố cáo 25/2018/QH14. */
  denunciationLaw: 'Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018',
  /** NĐ 31/2019/NĐ-CP (forms: Mẫu 04 decision, 05 notice to the denouncer, 06 notice to the accused). */
  denunciationDecree:
    'Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10 tháng 4 năm 2019 của Chính phủ quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo',
  /** Luật Khiếu nại 02/2011/QH13. */
  complaintLaw: 'Căn cứ Luật Khiếu nại ngày 11 tháng 11 năm 2011',
  /** NĐ 124/2020/NĐ-CP. */
  complaintDecree:
    'Căn cứ Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Khiếu nại',
  /** Luật Tiếp công dân 42/2013/QH13. */
  receptionLaw: 'Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013',
  /** TT 05/2021/TT-TTCP (letter handling; Mẫu 03 transfer slip). */
  letterHandlingCircular:
    'Căn cứ Thông tư số 05/2021/TT-TTCP ngày 01 tháng 10 năm 2021 của Thanh tra Chính phủ quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh',
  /** Luật Thanh tra 84/2025/QH15 (in force 01/07/2025). */
  inspectionLaw: 'Căn cứ Luật Thanh tra ngày 25 tháng 6 năm 2025',
  /** NĐ 217/2025/NĐ-CP on specialised checks (in force from signing, 05/08/2025, Art 18(1)). */
  checkDecree: 'Căn cứ Nghị định số 217/2025/NĐ-CP ngày 05 tháng 8 năm 2025 của Chính phủ quy định về kiểm tra chuyên ngành',
  /** Luật Xử lý vi phạm hành chính 15/2012/QH13 as amended by Luật 67/2020/QH14 (later amendments: TO VERIFY, sanctions spec §0). */
  sanctionLaw:
    'Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ngày 13 tháng 11 năm 2020',
} as const;

/** Kinds of letters the petition templates speak of, with the words used in sentences. */
export const LETTER_KINDS = {
  complaint: { letter: 'đơn khiếu nại', act: 'khiếu nại' },
  denunciation: { letter: 'đơn tố cáo', act: 'tố cáo' },
  petition: { letter: 'đơn kiến nghị, phản ánh', act: 'kiến nghị, phản ánh' },
} as const;
/** A kind of letter. */
export type LetterKind = keyof typeof LETTER_KINDS;
/** The ids of the letter kinds, for zod enums. */
export const LETTER_KIND_IDS = ['complaint', 'denunciation', 'petition'] as const;
