// Versions of Luật Xử lý vi phạm hành chính chosen by the date of the procedural act (sanctions.md §0): procedure
// follows the law in force when the act is done (Luật Ban hành VBQPPL 2015 Art 156(1)).
import { isIsoDate, type IsoDate } from '../calendar';

export type XlvphcVersion = 'xlvphc_2012' | 'xlvphc_2020';

/** First day of the original law (Art 141) and of Luật 67/2020/QH14. Luật 88/2025/QH15: effective date TO VERIFY. */
export const XLVPHC_2012_FROM: IsoDate = '2013-07-01';
export const XLVPHC_2020_FROM: IsoDate = '2022-01-01';

export const XLVPHC_LABELS_VI: Readonly<Record<XlvphcVersion, string>> = {
  xlvphc_2012: 'Luật Xử lý vi phạm hành chính 15/2012/QH13 (văn bản gốc)',
  xlvphc_2020: 'Luật Xử lý vi phạm hành chính sửa đổi bởi Luật 67/2020/QH14',
};

/** The version governing an act dated `on`. Throws for a date before 01/07/2013 (not configured). */
export function xlvphcVersionOn(on: IsoDate): XlvphcVersion {
  if (!isIsoDate(on)) throw new RangeError(`Ngày "${on}" không hợp lệ (định dạng YYYY-MM-DD).`);
  if (on < XLVPHC_2012_FROM) throw new RangeError(`Nền tảng không cấu hình quy định xử phạt trước ${XLVPHC_2012_FROM}.`);
  return on < XLVPHC_2020_FROM ? 'xlvphc_2012' : 'xlvphc_2020';
}

/** 'Luật Xử lý vi phạm hành chính 2012, Điều N' / '… (sửa đổi 2020), Điều N'. */
export function xl(version: XlvphcVersion, article: string): string {
  return version === 'xlvphc_2012' ? `Luật Xử lý vi phạm hành chính 2012, ${article}` : `Luật Xử lý vi phạm hành chính (sửa đổi, bổ sung năm 2020), ${article}`;
}
