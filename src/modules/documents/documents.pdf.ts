import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content, ContentText, CustomTableLayout, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentParts, listMarker, type Block, type DocumentParts, type OfficialDocument, type RichText } from '../../shared/domain/documents';
import { FONTS_DIR, fontPath } from './documents.fonts';
import {
  CONTENT_WIDTH_PT,
  FIRST_LINE_INDENT_PT,
  HEADER_LEFT_SHARE,
  MARGIN_MM,
  MOTTO_RULE_SHARE,
  PARAGRAPH_AFTER_PT,
  PT_PER_MM,
  RULE_PT,
  ruleLength,
  SHORT_RULE_SHARE,
  SIGNATURE_LEFT_SHARE,
  SIGNATURE_SPACE_PT,
  SIZE,
} from './documents.layout';

// pdfmake is a CommonJS singleton (module.exports = instance): load it through require so its methods are bound.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake');

const FONT = 'Serif';
pdfmake.setFonts({ [FONT]: { normal: fontPath('normal'), bold: fontPath('bold'), italics: fontPath('italics'), bolditalics: fontPath('bolditalics') } });
// Documents never reference images, attachments or URLs: no network at all, and of the disk only the shipped fonts.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === FONTS_DIR);

const NO_LINES: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
  paddingTop: () => 0,
  paddingBottom: () => 0,
};
const BOX: CustomTableLayout = { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingLeft: () => 6, paddingRight: () => 6, paddingTop: () => 1, paddingBottom: () => 1 };

/** A horizontal rule of `length` centred in a column of `width`. */
function rule(length: number, width: number, marginTop = 4): Content {
  const x1 = Math.max(0, (width - length) / 2);
  return { canvas: [{ type: 'line', x1, y1: 0, x2: x1 + length, y2: 0, lineWidth: RULE_PT }], margin: [0, marginTop, 0, 0] };
}

/** Content centred horizontally at its natural width (pdfmake centres text, not tables). */
function centred(content: Content): Content {
  return { columns: [{ width: '*', text: '' }, { width: 'auto', stack: [content] }, { width: '*', text: '' }], columnGap: 0 };
}

/** A boxed stamp ("MẬT", "KHẨN", "DỰ THẢO"). */
function stamp(text: string): Content {
  return { table: { body: [[{ text, bold: true, fontSize: SIZE.stamp }]] }, layout: BOX };
}

/** pdfmake text runs of rich text. */
function runs(text: RichText): ContentText['text'] {
  return typeof text === 'string' ? text : text.map((r) => ({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false }));
}

/** A body paragraph: justified, first-line indent, 6 pt after. */
function para(text: ContentText['text'], opts: Partial<ContentText> = {}): ContentText {
  return { text, fontSize: SIZE.body, alignment: 'justify', leadingIndent: FIRST_LINE_INDENT_PT, margin: [0, 0, 0, PARAGRAPH_AFTER_PT], ...opts };
}

/** The header: agency and number on the left, national name and place-date on the right, rows aligned (ô 1–4, 5b, 10). */
function header(p: DocumentParts): Content {
  const left = CONTENT_WIDTH_PT * HEADER_LEFT_SHARE;
  const right = CONTENT_WIDTH_PT - left;
  const agency: Content[] = [
    ...(p.parentName ? [{ text: p.parentName, fontSize: SIZE.parentName, alignment: 'center' as const }] : []),
    { text: p.issuerName, fontSize: SIZE.issuerName, bold: true, alignment: 'center' },
    rule(ruleLength(p.issuerName, SIZE.issuerName, 'bold', left, SHORT_RULE_SHARE), left),
  ];
  const national: Content[] = [
    { text: p.nationalName, fontSize: SIZE.nationalName, bold: true, alignment: 'center' },
    { text: p.motto, fontSize: SIZE.motto, bold: true, alignment: 'center' },
    rule(ruleLength(p.motto, SIZE.motto, 'bold', right, MOTTO_RULE_SHARE), right),
  ];
  const numberCell: Content[] = [
    { text: p.numberLine, fontSize: SIZE.number, alignment: 'center' },
    ...(p.letterSummary ? [{ text: p.letterSummary, fontSize: SIZE.letterSummary, alignment: 'center' as const, margin: [0, 6, 0, 0] as [number, number, number, number] }] : []),
    ...[p.confidentiality, p.urgency].filter((s): s is NonNullable<typeof s> => s !== null).map((s) => ({ ...(centred(stamp(s)) as object), margin: [0, 6, 0, 0] }) as Content),
  ];
  return {
    table: {
      widths: [left, right],
      body: [
        [{ stack: agency }, { stack: national }],
        [
          { stack: numberCell, margin: [0, 6, 0, 0] },
          { text: p.placeDate, fontSize: SIZE.placeDate, italics: true, alignment: 'center', margin: [0, 6, 0, 0] },
        ],
      ],
    },
    layout: NO_LINES,
  };
}

/** Tên loại, trích yếu and its rule (ô 5a). */
function title(p: DocumentParts): Content[] {
  if (!p.title || !p.summary) return [];
  return [
    { text: p.title, fontSize: SIZE.title, bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: p.summary, fontSize: SIZE.summary, bold: true, alignment: 'center' },
    rule(ruleLength(p.summary, SIZE.summary, 'bold', CONTENT_WIDTH_PT, SHORT_RULE_SHARE), CONTENT_WIDTH_PT, 5),
  ];
}

/** "Kính gửi:" — one addressee on the same line; several on their own lines below the colon (ô 9a). */
function addressees(p: DocumentParts): Content[] {
  if (!p.addressees) return [];
  const top = p.title ? 12 : 18;
  if (p.addressees.length === 1) return [{ text: `Kính gửi: ${p.addressees[0]}`, fontSize: SIZE.body, alignment: 'center', margin: [0, top, 0, 12] }];
  const label = 'Kính gửi:';
  return [
    {
      ...(centred({ stack: [{ text: label }, ...p.addressees.map((a) => ({ text: a, margin: [56, 0, 0, 0] as [number, number, number, number] }))], fontSize: SIZE.body }) as object),
      margin: [0, top, 0, 12],
    } as Content,
  ];
}

/** Thẩm quyền ban hành, bases (italic) and the enacting word of a decision. */
function preamble(p: DocumentParts): Content[] {
  const out: Content[] = [];
  if (p.authority) out.push({ text: p.authority, fontSize: SIZE.body, bold: true, alignment: 'center', margin: [0, 12, 0, 6] });
  else if (p.basis.length > 0) out.push({ text: '', margin: [0, 6, 0, 0] });
  out.push(...p.basis.map((b) => para(b, { italics: true })));
  if (p.enacting) out.push({ text: p.enacting, fontSize: SIZE.body, bold: true, alignment: 'center', margin: [0, 6, 0, PARAGRAPH_AFTER_PT] });
  else if (p.title && !p.addressees && p.basis.length === 0) out.push({ text: '', margin: [0, 6, 0, 0] });
  return out;
}

/** One block of the body. */
function block(b: Block): Content[] {
  switch (b.kind) {
    case 'paragraph':
      return [para(runs(b.text), { alignment: b.align ?? 'justify', leadingIndent: b.indent === false ? 0 : FIRST_LINE_INDENT_PT, italics: b.italic ?? false })];
    case 'article': {
      const rest = b.text === undefined ? [] : typeof b.text === 'string' ? [{ text: b.text }] : (runs(b.text) as ContentText[]);
      return [para([{ text: `Điều ${b.number}. `, bold: true }, ...(b.title ? [{ text: `${b.title} `, bold: true }] : []), ...rest])];
    }
    case 'heading':
      return [{ text: b.text, fontSize: SIZE.body, bold: true, alignment: b.align ?? 'center', margin: [0, 6, 0, PARAGRAPH_AFTER_PT] }];
    case 'list':
      return b.items.map((item, i) => para([{ text: `${listMarker(b.style, i)} ` }, ...(typeof item === 'string' ? [{ text: item }] : (runs(item) as ContentText[]))]));
    case 'table': {
      const cols = b.header?.length ?? b.rows[0]?.length ?? 1;
      const weights = b.widths && b.widths.length === cols ? b.widths : Array<number>(cols).fill(1);
      const total = weights.reduce((a, w) => a + w, 0);
      const widths = weights.map((w) => `${((w / total) * 100).toFixed(2)}%`);
      const head = b.header ? [b.header.map((h) => ({ text: h, bold: true, alignment: 'center' as const }))] : [];
      return [{ table: { headerRows: head.length, widths, body: [...head, ...b.rows.map((r) => r.map((c) => ({ text: c })))] }, fontSize: SIZE.table, margin: [0, 0, 0, PARAGRAPH_AFTER_PT] }];
    }
  }
}

/** "Nơi nhận" (ô 9b) beside the signer's title, the space for signature and seal, and the name (ô 7). */
function signature(p: DocumentParts): Content {
  const left = CONTENT_WIDTH_PT * SIGNATURE_LEFT_SHARE;
  return {
    table: {
      widths: [left, CONTENT_WIDTH_PT - left],
      body: [
        [
          { stack: [{ text: 'Nơi nhận:', bold: true, italics: true, fontSize: SIZE.recipientsLabel }, ...p.recipients.map((r) => ({ text: r, fontSize: SIZE.recipients }))] },
          {
            stack: [
              ...p.signerLines.map((l) => ({ text: l, bold: true, fontSize: SIZE.signer, alignment: 'center' as const })),
              { text: '', margin: [0, SIGNATURE_SPACE_PT, 0, 0] as [number, number, number, number] },
              { text: p.signerName, bold: true, fontSize: SIZE.signer, alignment: 'center' as const },
            ],
          },
        ],
      ],
    },
    layout: NO_LINES,
    margin: [0, 6, 0, 0],
    unbreakable: true,
  };
}

/** The pdfmake definition of a document (exported for tests of the layout). */
export function pdfDefinition(doc: OfficialDocument): TDocumentDefinitions {
  const p = documentParts(doc);
  const mm = (v: number) => v * PT_PER_MM;
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mm(MARGIN_MM.left), mm(MARGIN_MM.top), mm(MARGIN_MM.right), mm(MARGIN_MM.bottom)],
    // Page numbers centred in the top margin, from page 2 (Phụ lục I, I.7).
    header: (page) => (page > 1 ? { text: String(page), fontSize: SIZE.pageNumber, alignment: 'center', margin: [mm(MARGIN_MM.left), mm(MARGIN_MM.top) / 2 - 6, mm(MARGIN_MM.right), 0] } : null),
    defaultStyle: { font: FONT, fontSize: SIZE.body, lineHeight: 1 },
    language: 'vi-VN',
    info: { title: `${doc.meta.title}${doc.draft ? ' (dự thảo)' : ''}`, author: doc.issuer.name, subject: doc.summary, creator: 'Thanh tra số', producer: 'Thanh tra số' },
    content: [
      ...(p.draftMark ? [{ columns: [{ width: '*', text: '' }, { width: 'auto', ...(stamp(p.draftMark) as object) }], margin: [0, -mm(8), 0, 2] } as Content] : []),
      header(p),
      ...title(p),
      ...addressees(p),
      ...preamble(p),
      ...p.body.flatMap(block),
      signature(p),
    ],
  };
}

/** Renders a document to PDF bytes (fonts embedded and subset, text extractable with its Vietnamese diacritics). */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}
