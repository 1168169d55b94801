// Minimal typing of fontkit 2 (the font engine pdfmake/pdfkit use), for measuring text and checking glyph coverage.
declare module 'fontkit' {
  /** A parsed TrueType/OpenType font. */
  export interface Font {
    unitsPerEm: number;
    familyName: string;
    subfamilyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  /** Parses a font file (a collection or WOFF2 is not used here). */
  export function create(buffer: Buffer): Font;
  export function openSync(path: string): Font;
}
