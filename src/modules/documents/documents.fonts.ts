import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

/** Where the shipped fonts live (Liberation Serif 2.1.5, SIL OFL 1.1 — data/fonts/README.md). */
export const FONTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/fonts');

/** The four faces of the body font, by style. */
export const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

/** A face of the body font. */
export type FontStyle = keyof typeof FONT_FILES;

/** The font DOCX files name: the official font of ND 30/2020 (Word has it; LibreOffice maps it to Liberation Serif). */
export const DOCX_FONT = 'Times New Roman';

/** Absolute path of a face. */
export function fontPath(style: FontStyle): string {
  return path.join(FONTS_DIR, FONT_FILES[style]);
}

const cache = new Map<FontStyle, fontkit.Font>();

/** The parsed face (read once from data/fonts; never from the system or the network). */
export function loadFont(style: FontStyle): fontkit.Font {
  let font = cache.get(style);
  if (!font) {
    font = fontkit.create(fs.readFileSync(fontPath(style)));
    cache.set(style, font);
  }
  return font;
}

/**
 * Width in points of `text` set in `size` pt. Liberation Serif has the metrics of Times New Roman, so the width
 * is also right for the DOCX (where rules under the motto must be as long as the motto).
 */
export function textWidth(text: string, size: number, style: FontStyle = 'normal'): number {
  const font = loadFont(style);
  return (font.layout(text).advanceWidth * size) / font.unitsPerEm;
}
