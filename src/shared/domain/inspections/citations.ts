// Citation helpers: every rule names its article in Vietnamese.

/** Luật Thanh tra 84/2025/QH15 (rule set ltt_2025). */
export const ltt25 = (article: string): string => `Luật Thanh tra 84/2025/QH15, ${article}`;
/** Luật Thanh tra 11/2022/QH15 (rule set ltt_2022). */
export const ltt22 = (article: string): string => `Luật Thanh tra 11/2022/QH15, ${article}`;
/** Nghị định 217/2025/NĐ-CP on specialised checks (rule set ktcn_2025). */
export const nd217 = (article: string): string => `Nghị định 217/2025/NĐ-CP, ${article}`;
/** Bộ luật Dân sự 2015 (counting of time). */
export const blds = (article: string): string => `Bộ luật Dân sự 2015, ${article}`;
/** Joins citations with '; '. */
export const cite = (...parts: string[]): string => parts.join('; ');
