import { textWidth, type FontStyle } from './documents.fonts';

/**
 * Page geometry and type sizes of ND 30/2020 Phụ lục I used by both renderers (PDF in points, DOCX in twips):
 * A4 portrait; margins top/bottom 20 mm (20–25), left 30 mm (30–35), right 15 mm (15–20); Times New Roman metrics.
 */

/** Points per millimetre. */
export const PT_PER_MM = 72 / 25.4;
/** Twips (1/20 pt) per point. */
export const TWIPS_PER_PT = 20;

/** A4 in millimetres. */
export const PAGE_MM = { width: 210, height: 297 } as const;
/** Page margins in millimetres (inside the ND 30 ranges). */
export const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
/** Width of the text area in points. */
export const CONTENT_WIDTH_PT = (PAGE_MM.width - MARGIN_MM.left - MARGIN_MM.right) * PT_PER_MM;
/** Share of the text width taken by the left header column (agency, number); the rest holds the national name. */
export const HEADER_LEFT_SHARE = 0.42;
/** Share of the text width taken by the "Nơi nhận" column beside the signature. */
export const SIGNATURE_LEFT_SHARE = 0.45;

/** Type sizes in points, per element (Phụ lục I, Mục II and the table of Mục V). */
export const SIZE = {
  nationalName: 12,
  motto: 13,
  parentName: 12,
  issuerName: 12,
  number: 13,
  letterSummary: 12,
  placeDate: 13,
  stamp: 13,
  title: 14,
  summary: 14,
  body: 14,
  table: 13,
  signer: 14,
  recipientsLabel: 12,
  recipients: 11,
  pageNumber: 13,
} as const;

/** First-line indent of body paragraphs: 1.27 cm. */
export const FIRST_LINE_INDENT_PT = 12.7 * PT_PER_MM;
/** Space after each body paragraph (at least 6 pt). */
export const PARAGRAPH_AFTER_PT = 6;
/** Blank height left for the handwritten signature and the seal between the signer's title and name. */
export const SIGNATURE_SPACE_PT = 24 * PT_PER_MM;
/** Thickness of the rules under the agency name, the motto and the summary. */
export const RULE_PT = 0.6;

/** Length of the rule under a line of text: the whole text (motto) or a share of it (1/3–1/2 for the agency name and summary). */
export function ruleLength(text: string, size: number, style: FontStyle, columnWidth: number, share: number): number {
  return Math.min(textWidth(text, size, style), columnWidth) * share;
}

/** The rule under the motto: as long as the motto (Phụ lục I, II.1.b). */
export const MOTTO_RULE_SHARE = 1;
/** The rules under the agency name and the summary: 1/3 to 1/2 of the text (Phụ lục I, II.2.b and II.5.b). */
export const SHORT_RULE_SHARE = 0.4;
