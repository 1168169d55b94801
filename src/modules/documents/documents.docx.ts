import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { documentParts, listMarker, type Block, type DocumentParts, type OfficialDocument, type RichText } from '../../shared/domain/documents';
import { DOCX_FONT, textWidth, type FontStyle } from './documents.fonts';
import {
  CONTENT_WIDTH_PT,
  FIRST_LINE_INDENT_PT,
  HEADER_LEFT_SHARE,
  MARGIN_MM,
  MOTTO_RULE_SHARE,
  PAGE_MM,
  PARAGRAPH_AFTER_PT,
  PT_PER_MM,
  ruleLength,
  SHORT_RULE_SHARE,
  SIGNATURE_LEFT_SHARE,
  SIGNATURE_SPACE_PT,
  SIZE,
  TWIPS_PER_PT,
} from './documents.layout';

/** Points → twips (DOCX measures lengths in twentieths of a point). */
const tw = (pt: number) => Math.round(pt * TWIPS_PER_PT);
const CONTENT = tw(CONTENT_WIDTH_PT);
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];
type Child = Paragraph | Table;

/** A run in Times New Roman (`size` in points; DOCX wants half-points). */
function run(text: string, size: number, opts: Omit<IRunOptions, 'text' | 'size' | 'font'> = {}): TextRun {
  return new TextRun({ text, size: size * 2, font: DOCX_FONT, ...opts });
}

/** Runs of rich text. */
function runs(text: RichText, size: number, italics = false): TextRun[] {
  if (typeof text === 'string') return [run(text, size, { italics })];
  return text.map((r) => run(r.text, size, { bold: r.bold ?? false, italics: r.italic ?? italics }));
}

/** A single-spaced paragraph. */
function p(children: TextRun[], opts: { align?: Align; before?: number; after?: number; firstLine?: boolean; left?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: opts.align ?? AlignmentType.CENTER,
    spacing: { before: tw(opts.before ?? 0), after: tw(opts.after ?? 0), line: 240, lineRule: LineRuleType.AUTO },
    indent: { firstLine: opts.firstLine ? tw(FIRST_LINE_INDENT_PT) : 0, left: tw(opts.left ?? 0) },
  });
}

/** A body paragraph: justified, first-line indent 1.27 cm, 6 pt after. */
function body(children: TextRun[], opts: { align?: Align; firstLine?: boolean } = {}): Paragraph {
  return p(children, { align: opts.align ?? AlignmentType.JUSTIFIED, after: PARAGRAPH_AFTER_PT, firstLine: opts.firstLine ?? true });
}

/** A centred rule of `lengthPt` in a column of `widthPt`: an empty 1-pt paragraph with a bottom border between indents. */
function rule(lengthPt: number, widthPt: number, beforePt = 3): Paragraph {
  const side = tw(Math.max(0, (widthPt - lengthPt) / 2));
  return new Paragraph({
    children: [run('', 1)],
    spacing: { before: tw(beforePt), after: 0, line: 20, lineRule: LineRuleType.EXACT },
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
  });
}

/** A boxed stamp ("MẬT", "KHẨN", "DỰ THẢO") as a one-cell bordered table. */
function stamp(text: string, align: Align): Table {
  const line = { style: BorderStyle.SINGLE, size: 8, color: '000000' };
  const width = tw(textWidth(text, SIZE.stamp, 'bold') + 14);
  return new Table({
    rows: [new TableRow({ children: [new TableCell({ children: [p([run(text, SIZE.stamp, { bold: true })])], margins: { left: 100, right: 100 }, width: { size: width, type: WidthType.DXA } })] })],
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    alignment: align,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

/** A borderless table of fixed columns (header and signature blocks). */
function grid(widthsPt: number[], rows: Child[][][]): Table {
  const widths = widthsPt.map(tw);
  return new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true, // the signature block never breaks across pages
          children: cells.map(
            (children, i) => new TableCell({ children, width: { size: widths[i]!, type: WidthType.DXA }, margins: { top: 0, bottom: 0, left: 0, right: 0 } }),
          ),
        }),
    ),
    width: { size: CONTENT, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
  });
}

/** Ô 1–4, 5b, 10: agency and number on the left, national name and place-date on the right. */
function header(parts: DocumentParts): Child[] {
  const left = CONTENT_WIDTH_PT * HEADER_LEFT_SHARE;
  const right = CONTENT_WIDTH_PT - left;
  const bold: FontStyle = 'bold';
  const agency: Child[] = [
    ...(parts.parentName ? [p([run(parts.parentName, SIZE.parentName)])] : []),
    p([run(parts.issuerName, SIZE.issuerName, { bold: true })]),
    rule(ruleLength(parts.issuerName, SIZE.issuerName, bold, left, SHORT_RULE_SHARE), left),
  ];
  const national: Child[] = [
    p([run(parts.nationalName, SIZE.nationalName, { bold: true })]),
    p([run(parts.motto, SIZE.motto, { bold: true })]),
    rule(ruleLength(parts.motto, SIZE.motto, bold, right, MOTTO_RULE_SHARE), right),
  ];
  const numberCell: Child[] = [
    p([run(parts.numberLine, SIZE.number)], { before: 6 }),
    ...(parts.letterSummary ? [p([run(parts.letterSummary, SIZE.letterSummary)], { before: 6 })] : []),
    ...[parts.confidentiality, parts.urgency].flatMap((s) => (s ? [p([], { before: 3 }), stamp(s, AlignmentType.CENTER)] : [])),
  ];
  const draft = parts.draftMark ? [stamp(parts.draftMark, AlignmentType.RIGHT), p([])] : [];
  return [...draft, grid([left, right], [[agency, national], [numberCell, [p([run(parts.placeDate, SIZE.placeDate, { italics: true })], { before: 6 })]]])];
}

/** Ô 5a, "Kính gửi" and the preamble of a decision. */
function opening(parts: DocumentParts): Child[] {
  const out: Child[] = [];
  if (parts.title && parts.summary) {
    out.push(p([run(parts.title, SIZE.title, { bold: true })], { before: 18 }), p([run(parts.summary, SIZE.summary, { bold: true })]));
    out.push(rule(ruleLength(parts.summary, SIZE.summary, 'bold', CONTENT_WIDTH_PT, SHORT_RULE_SHARE), CONTENT_WIDTH_PT, 4));
  }
  if (parts.addressees) {
    const top = parts.title ? 12 : 18;
    if (parts.addressees.length === 1) out.push(p([run(`Kính gửi: ${parts.addressees[0]}`, SIZE.body)], { before: top, after: 12 }));
    else {
      out.push(p([run('Kính gửi:', SIZE.body)], { before: top }));
      parts.addressees.forEach((a, i) => out.push(p([run(a, SIZE.body)], { align: AlignmentType.LEFT, left: CONTENT_WIDTH_PT / 3, after: i === parts.addressees!.length - 1 ? 12 : 0 })));
    }
  }
  if (parts.authority) out.push(p([run(parts.authority, SIZE.body, { bold: true })], { before: 12, after: 6 }));
  else if (parts.title && !parts.addressees) out.push(p([], { after: 6 }));
  out.push(...parts.basis.map((b) => body([run(b, SIZE.body, { italics: true })])));
  if (parts.enacting) out.push(p([run(parts.enacting, SIZE.body, { bold: true })], { before: 6, after: PARAGRAPH_AFTER_PT }));
  return out;
}

/** One block of the body (ô 6). */
function block(b: Block): Child[] {
  switch (b.kind) {
    case 'paragraph': {
      const align = { justify: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT }[b.align ?? 'justify'];
      return [body(runs(b.text, SIZE.body, b.italic ?? false), { align, firstLine: b.indent !== false })];
    }
    case 'article':
      return [body([run(`Điều ${b.number}. `, SIZE.body, { bold: true }), ...(b.title ? [run(`${b.title} `, SIZE.body, { bold: true })] : []), ...(b.text === undefined ? [] : runs(b.text, SIZE.body))])];
    case 'heading':
      return [p([run(b.text, SIZE.body, { bold: true })], { align: b.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER, before: 6, after: PARAGRAPH_AFTER_PT })];
    case 'list':
      return b.items.map((item, i) => body([run(`${listMarker(b.style, i)} `, SIZE.body), ...runs(item, SIZE.body)]));
    case 'table': {
      const cols = b.header?.length ?? b.rows[0]?.length ?? 1;
      const weights = b.widths && b.widths.length === cols ? b.widths : Array<number>(cols).fill(1);
      const total = weights.reduce((a, w) => a + w, 0);
      const widths = weights.map((w) => Math.floor((w / total) * CONTENT));
      const cell = (text: string, bold: boolean, i: number) =>
        new TableCell({ children: [p([run(text, SIZE.table, { bold })], { align: bold ? AlignmentType.CENTER : AlignmentType.LEFT })], width: { size: widths[i]!, type: WidthType.DXA } });
      const rows = [...(b.header ? [new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, true, i)) })] : []), ...b.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, false, i)) }))];
      return [new Table({ rows, width: { size: CONTENT, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED }), p([], { after: PARAGRAPH_AFTER_PT })];
    }
  }
}

/** Ô 9b beside ô 7: "Nơi nhận" and the signer's title, space for signature and seal, name. */
function signature(parts: DocumentParts): Child[] {
  const left = CONTENT_WIDTH_PT * SIGNATURE_LEFT_SHARE;
  const recipients: Child[] = [
    p([run('Nơi nhận:', SIZE.recipientsLabel, { bold: true, italics: true })], { align: AlignmentType.LEFT }),
    ...parts.recipients.map((r) => p([run(r, SIZE.recipients)], { align: AlignmentType.LEFT })),
  ];
  const signer: Child[] = [
    ...parts.signerLines.map((l) => p([run(l, SIZE.signer, { bold: true })])),
    p([], { after: SIGNATURE_SPACE_PT - 12 }),
    p([run(parts.signerName, SIZE.signer, { bold: true })]),
  ];
  return [p([], { after: 0 }), grid([left, CONTENT_WIDTH_PT - left], [[recipients, signer]])];
}

/** The docx Document of an official document (Times New Roman, A4, ND 30 margins, page numbers from page 2). */
export function docxDocument(doc: OfficialDocument): Document {
  const parts = documentParts(doc);
  const mm = (v: number) => Math.round(v * PT_PER_MM * TWIPS_PER_PT);
  return new Document({
    creator: 'Thanh tra số',
    title: `${doc.meta.title}${doc.draft ? ' (dự thảo)' : ''}`,
    subject: doc.summary,
    styles: { default: { document: { run: { font: DOCX_FONT, size: SIZE.body * 2, language: { value: 'vi-VN' } } } } },
    sections: [
      {
        properties: {
          page: { size: { width: mm(PAGE_MM.width), height: mm(PAGE_MM.height) }, margin: { top: mm(MARGIN_MM.top), bottom: mm(MARGIN_MM.bottom), left: mm(MARGIN_MM.left), right: mm(MARGIN_MM.right), header: mm(MARGIN_MM.top / 2) } },
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [p([])] }),
          default: new Header({ children: [p([new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber * 2, font: DOCX_FONT })])] }),
        },
        children: [...header(parts), ...opening(parts), ...parts.body.flatMap(block), ...signature(parts)],
      },
    ],
  });
}

/** Renders a document to DOCX bytes (editable in Word; the signed final is uploaded back as the record). */
export async function renderDocx(doc: OfficialDocument): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(doc));
}
