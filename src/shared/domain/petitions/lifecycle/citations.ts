// Citation builders: every rule carries a Vietnamese citation string (spec §0.1 abbreviations).

/** Luật Khiếu nại 02/2011/QH13. */
export const lkn = (part: string): string => `Luật Khiếu nại 2011, ${part}`;
/** Luật Tố cáo 25/2018/QH14. */
export const ltc = (part: string): string => `Luật Tố cáo 2018, ${part}`;
/** Luật Tiếp công dân 42/2013/QH13. */
export const ltcd = (part: string): string => `Luật Tiếp công dân 2013, ${part}`;
/** Nghị định 31/2019/NĐ-CP (detailing LTC). */
export const nd31 = (part: string): string => `Nghị định 31/2019/NĐ-CP, ${part}`;
/** Nghị định 155/2026/NĐ-CP (amending NĐ 124/2020) — secondary transcription only [S]. */
export const nd155 = (part: string): string => `Nghị định 155/2026/NĐ-CP, ${part} (bản sao thứ cấp — cần đối chiếu)`;
/** Nghị định 154/2026/NĐ-CP (detailing LTCD from R2026) — secondary transcription only [S]. */
export const nd154 = (part: string): string => `Nghị định 154/2026/NĐ-CP, ${part} (bản sao thứ cấp — cần đối chiếu)`;
/** Nghị định 156/2026/NĐ-CP (amending NĐ 31/2019) — secondary transcription only [S]. */
export const nd156 = (part: string): string => `Nghị định 156/2026/NĐ-CP, ${part} (bản sao thứ cấp — cần đối chiếu)`;
/** Thông tư 05/2021/TT-TTCP (letter handling). */
export const tt05 = (part: string): string => `Thông tư 05/2021/TT-TTCP, ${part}`;
/** Thông tư 07/2014/TT-TTCP — superseded; rule believed carried into TT 05/2021 [V-old]. */
export const tt07_2014 = (part: string): string => `Thông tư 07/2014/TT-TTCP, ${part} (văn bản đã thay thế — cần đối chiếu)`;
/** Thông tư 07/2013/TT-TTCP as amended by TT 02/2016 — superseded [V-old]. */
export const tt07_2013 = (part: string): string => `Thông tư 07/2013/TT-TTCP, ${part} (văn bản đã thay thế — cần đối chiếu)`;
/** Thông tư 06/2014/TT-TTCP (reception procedure) — superseded [V-old]. */
export const tt06 = (part: string): string => `Thông tư 06/2014/TT-TTCP, ${part} (văn bản đã thay thế — cần đối chiếu)`;
/** Bộ luật Tố tụng hình sự 2015. */
export const blthts = (part: string): string => `Bộ luật Tố tụng hình sự 2015, ${part}`;
/** Luật Tố tụng hành chính 2015. */
export const ltthc = (part: string): string => `Luật Tố tụng hành chính 2015, ${part}`;
/** Luật 136/2025/QH15 (amending LTCD, LKN, LTC; in force 01/07/2026) — text not found. */
export const l136 = (part: string): string => `Luật 136/2025/QH15, ${part} (chưa có văn bản chính thức — cần đối chiếu)`;
/** Joins several citations. */
export const cite = (...parts: string[]): string => parts.join('; ');
