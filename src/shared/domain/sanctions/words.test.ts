import { describe, expect, it } from 'vitest';
import { vndInWords, vndWithWords } from './words';

describe('amounts in words', () => {
  it('reads amounts as a decision writes them', () => {
    expect(vndInWords(20_000_000)).toBe('Hai mươi triệu đồng');
    expect(vndInWords(1_500_000)).toBe('Một triệu năm trăm nghìn đồng');
    expect(vndInWords(1_005_000)).toBe('Một triệu không trăm linh năm nghìn đồng');
    expect(vndInWords(37_500_000)).toBe('Ba mươi bảy triệu năm trăm nghìn đồng');
    expect(vndInWords(215_000)).toBe('Hai trăm mười lăm nghìn đồng');
    expect(vndInWords(2_000_000_000)).toBe('Hai tỷ đồng');
    expect(vndInWords(21_000)).toBe('Hai mươi mốt nghìn đồng');
    expect(vndInWords(0)).toBe('Không đồng');
    expect(vndWithWords(500_000)).toBe('500.000 đồng (Năm trăm nghìn đồng)');
    expect(() => vndInWords(-1)).toThrow(RangeError);
  });
});
