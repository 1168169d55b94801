import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, FONTS_DIR, loadFont, textWidth, type FontStyle } from './documents.fonts';

/** Every letter of Vietnamese: the 12 base vowels with their 6 tones (both cases), đ/Đ, and the consonants. */
function vietnameseLetters(): string[] {
  const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
  const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323']; // huyền, sắc, hỏi, ngã, nặng
  const lower = [...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))), ...'bcdđghklmnpqrstvx'];
  return [...lower, ...lower.map((c) => c.toLocaleUpperCase('vi'))];
}

describe('shipped fonts (data/fonts, SIL OFL 1.1)', () => {
  it('ship with their licence and provenance', () => {
    expect(fs.readFileSync(path.join(FONTS_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    expect(fs.readFileSync(path.join(FONTS_DIR, 'README.md'), 'utf8')).toContain('fonts-liberation2');
  });

  it.each(Object.keys(FONT_FILES) as FontStyle[])('%s has a glyph for every Vietnamese letter and the punctuation used', (style) => {
    const font = loadFont(style);
    expect(font.familyName).toBe('Liberation Serif');
    const letters = vietnameseLetters();
    expect(letters).toHaveLength(2 * (72 + 17));
    const missing = [...letters, ...'—–…/.,;:()"“”‘’-'].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('measures text with the metrics of Times New Roman', () => {
    // Times New Roman bold 12 pt: the national name is about 88 mm wide.
    const mm = textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 12, 'bold') / (72 / 25.4);
    expect(mm).toBeGreaterThan(85);
    expect(mm).toBeLessThan(91);
  });
});
