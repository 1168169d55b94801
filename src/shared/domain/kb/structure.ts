// The structure of a Vietnamese legal normative document and a parser for its plain-text layout.
//
// Law on Promulgation of Legal Normative Documents (Luật Ban hành VBQPPL 2015, Art 61; ND 34/2016 Art 62-63, kept by
// Luật 64/2025/QH15): a document is divided into parts (phần), chapters (chương), sections (mục), articles (điều),
// clauses (khoản, numbered "1.") and points (điểm, lettered "a)"). Articles are numbered across the whole document;
// the article is the unit that is cited ("khoản 2 Điều 15 Luật Khiếu nại").
import { findCrossRefs, type CrossRef } from './refs';

export const UNIT_KINDS = ['part', 'chapter', 'section', 'article', 'clause', 'point'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const DOC_TYPES = ['constitution', 'code', 'law', 'resolution', 'decree', 'decision', 'circular', 'other'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** One structural unit with its own text (not its children's) and its children in document order. */
export type LawUnit = {
  kind: UnitKind;
  /** "II" for a chapter, "15" or "15a" for an article, "2" for a clause, "a" for a point. */
  number: string;
  /** Title of a part/chapter/section/article ("Phạm vi điều chỉnh"); null for clauses and points. */
  heading: string | null;
  /** The unit's own paragraphs (a clause's lead-in before its points), joined by "\n". */
  text: string;
  children: LawUnit[];
  /** References to other articles found in `text` (offsets are into `text`). */
  refs: CrossRef[];
  /** Identifier in the source, e.g. the Pháp điển article id "18.5.LQ.1". */
  sourceRef?: string;
};

export type ParsedLaw = {
  number: string | null;
  title: string | null;
  docType: DocType | null;
  issuer: string | null;
  /** ISO dates (yyyy-mm-dd). */
  issuedOn: string | null;
  effectiveOn: string | null;
  /** Top-level units: parts/chapters when the document has them, otherwise articles. */
  units: LawUnit[];
};

const TYPE_WORDS: [RegExp, DocType][] = [
  [/^HIẾN PHÁP$/u, 'constitution'],
  [/^BỘ LUẬT$/u, 'code'],
  [/^LUẬT$/u, 'law'],
  [/^NGHỊ QUYẾT$/u, 'resolution'],
  [/^NGHỊ ĐỊNH$/u, 'decree'],
  [/^QUYẾT ĐỊNH$/u, 'decision'],
  [/^THÔNG TƯ( LIÊN TỊCH)?$/u, 'circular'],
];

/** The Vietnamese name of a document type, as it starts a document's title. */
export const DOC_TYPE_NAME: Record<DocType, string> = {
  constitution: 'Hiến pháp',
  code: 'Bộ luật',
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  other: 'Văn bản',
};

/** Document type from the type word of a number's suffix or a title ("NĐ-CP" → decree, "TT-TTCP" → circular). */
export function docTypeOfNumber(number: string): DocType {
  const suffix = number.split('/').slice(2).join('/').toUpperCase();
  if (/^QH\d+$/u.test(suffix)) return 'law';
  if (suffix.startsWith('NĐ-') || suffix.startsWith('ND-')) return 'decree';
  if (suffix.startsWith('TTLT-') || suffix.startsWith('TT-')) return 'circular';
  if (suffix.startsWith('QĐ-') || suffix.startsWith('QD-')) return 'decision';
  if (suffix.startsWith('NQ-')) return 'resolution';
  return 'other';
}

/** "25 tháng 6 năm 2025" / "25/06/2025" → "2025-06-25" (null when not a real date). */
export function isoDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Sentence case for an all-capitals title line ("THANH TRA" → "thanh tra"); other lines unchanged. */
function titleCase(upper: string): string {
  return upper === upper.toLocaleUpperCase('vi') ? upper.toLocaleLowerCase('vi') : upper;
}

const NUMBER_RE = /^(?:Luật |Bộ luật |Nghị định |Thông tư |Quyết định |Nghị quyết )?[Ss]ố\s*:?\s*(\d+\/\d{4}\/[\p{Lu}\d-]+g?)/u;
const DATE_RE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const ISSUERS: [RegExp, string][] = [
  [/^QUỐC HỘI/u, 'Quốc hội'],
  [/^ỦY BAN THƯỜNG VỤ QUỐC HỘI/u, 'Ủy ban Thường vụ Quốc hội'],
  [/^CHÍNH PHỦ/u, 'Chính phủ'],
  [/^THỦ TƯỚNG CHÍNH PHỦ/u, 'Thủ tướng Chính phủ'],
  [/^THANH TRA CHÍNH PHỦ/u, 'Thanh tra Chính phủ'],
  [/^BỘ /u, ''],
];

// Line patterns of the body. Headings may carry their title on the same line ("Mục 1. THẨM QUYỀN …") or the next one.
const PART_RE = /^(?:PHẦN|Phần)\s+(thứ\s+[\p{L}]+|THỨ\s+[\p{L}]+|[IVXLC]+|\d+)\s*[.:]?\s*(.*)$/u;
const CHAPTER_RE = /^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\s*[.:]?\s*(.*)$/u;
const SECTION_RE = /^(?:MỤC|Mục)\s+(\d+|[IVXLC]+)\s*[.:]?\s*(.*)$/u;
const ARTICLE_RE = /^Điều\s+(\d+[a-zđ]?)\s*[.:]\s*(.*)$/u;
const CLAUSE_RE = /^(\d+[a-zđ]?)\.\s+(.*)$/u;
const POINT_RE = /^([a-zđ]\d?)\)\s*(.*)$/u;
/** Lines that end the body: the adoption formula of a law, the signature block, the distribution list. */
const END_RE = /^(?:(?:Luật|Bộ luật|Pháp lệnh|Nghị quyết) này (?:đã )?được Quốc hội|Nơi nhận\s*:|TM\.\s|KT\.\s|CHỦ TỊCH QUỐC HỘI)/u;

type Builder = { unit: LawUnit; depth: number };
const DEPTH: Record<UnitKind, number> = { part: 0, chapter: 1, section: 2, article: 3, clause: 4, point: 5 };

/** Creates a unit and the refs of its text. */
export function makeUnit(kind: UnitKind, number: string, heading: string | null, text = ''): LawUnit {
  return { kind, number, heading, text, children: [], refs: [] };
}

/**
 * Incremental builder of the unit tree from lines of body text: headings open units at their depth, other lines are
 * paragraphs of the deepest open unit. Shared by the plain-text and the Pháp điển parsers.
 */
export class UnitTreeBuilder {
  readonly roots: LawUnit[] = [];
  private stack: Builder[] = [];
  /** A heading ("Chương II") whose title is on the next line. */
  private awaitingTitle: LawUnit | null = null;

  open(unit: LawUnit): LawUnit {
    const depth = DEPTH[unit.kind];
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.depth >= depth) this.stack.pop();
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.unit.children : this.roots).push(unit);
    this.stack.push({ unit, depth });
    this.awaitingTitle = (unit.kind === 'part' || unit.kind === 'chapter' || unit.kind === 'section') && !unit.heading ? unit : null;
    return unit;
  }

  /** The innermost open article, if any. */
  currentArticle(): LawUnit | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i]!.unit.kind === 'article') return this.stack[i]!.unit;
    return null;
  }

  private innermost(): LawUnit | null {
    return this.stack[this.stack.length - 1]?.unit ?? null;
  }

  /** Feeds one body line (already trimmed, non-empty). Returns false when the line was not placed (text before any unit). */
  line(line: string): boolean {
    if (this.awaitingTitle && !ARTICLE_RE.test(line) && !CHAPTER_RE.test(line) && !SECTION_RE.test(line)) {
      this.awaitingTitle.heading = line;
      this.awaitingTitle = null;
      return true;
    }
    this.awaitingTitle = null;
    let m: RegExpMatchArray | null;
    if ((m = line.match(PART_RE))) {
      this.open(makeUnit('part', m[1]!.toLocaleLowerCase('vi'), m[2] ? m[2] : null));
      return true;
    }
    if ((m = line.match(CHAPTER_RE))) {
      this.open(makeUnit('chapter', m[1]!, m[2] ? m[2] : null));
      return true;
    }
    if ((m = line.match(SECTION_RE))) {
      this.open(makeUnit('section', m[1]!, m[2] ? m[2] : null));
      return true;
    }
    if ((m = line.match(ARTICLE_RE))) {
      this.open(makeUnit('article', m[1]!, m[2]!.trim() || null));
      return true;
    }
    const article = this.currentArticle();
    if (!article) return false;
    const inner = this.innermost()!;
    if ((m = line.match(CLAUSE_RE))) {
      this.open(makeUnit('clause', m[1]!, null, m[2]!));
      return true;
    }
    // A lettered line is a point only inside an article; it belongs to the open clause, or to the article itself.
    if ((m = line.match(POINT_RE)) && m[2]) {
      this.open(makeUnit('point', m[1]!, null, m[2]));
      return true;
    }
    inner.text = inner.text ? `${inner.text}\n${line}` : line;
    return true;
  }
}

/** Adds cross-references to every unit of a tree (after its text is complete). */
export function attachRefs(units: LawUnit[]): void {
  for (const u of units) {
    u.refs = findCrossRefs(u.text);
    attachRefs(u.children);
  }
}

/** Splits text into trimmed non-empty lines (NFC; non-breaking spaces as spaces). */
export function textLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\u00a0/gu, ' ')
    .split(/\r?\n/u)
    .map((l) => l.replace(/\s+/gu, ' ').trim())
    .filter((l) => l.length > 0);
}

/**
 * Parses the plain-text layout of a document (an official Word file's paragraphs, a gazette or web copy): header
 * (issuer, "Luật số: 84/2025/QH15", "Hà Nội, ngày … tháng … năm …", type and title in capitals, "Căn cứ …"),
 * then parts, chapters, sections, articles, clauses and points, up to the adoption formula or signature block.
 */
export function parseLawText(text: string): ParsedLaw {
  const lines = textLines(text);
  const law: ParsedLaw = { number: null, title: null, docType: null, issuer: null, issuedOn: null, effectiveOn: null, units: [] };
  let i = 0;
  // Header: everything before the first part/chapter/article line.
  const titleLines: string[] = [];
  let inTitle = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (PART_RE.test(line) || CHAPTER_RE.test(line) || ARTICLE_RE.test(line)) break;
    if (!law.issuer && i < 3) {
      const issuer = ISSUERS.find(([re]) => re.test(line));
      if (issuer) law.issuer = issuer[1] || titleCase(line.replace(/[-–—_]+$/u, '').replace(/CỘNG HÒA.*$/u, '').trim()).replace(/^bộ/u, 'Bộ');
    }
    const num = line.match(NUMBER_RE);
    if (num && !law.number && !law.docType) law.number = num[1]!;
    const date = line.match(DATE_RE);
    if (date && !law.issuedOn && !inTitle && titleLines.length === 0) law.issuedOn = isoDate(date[1]!, date[2]!, date[3]!);
    const type = TYPE_WORDS.find(([re]) => re.test(line));
    if (type && !law.docType) {
      law.docType = type[1];
      inTitle = true;
      continue;
    }
    if (inTitle) {
      if (/^(Căn cứ|Theo đề nghị|Quốc hội ban hành|Chính phủ ban hành)/u.test(line)) inTitle = false;
      else titleLines.push(line);
    }
  }
  if (law.docType) {
    law.title = composeTitle(law.docType, titleCase(titleLines.join(' ')).trim());
  }
  if (!law.docType && law.number) law.docType = docTypeOfNumber(law.number);
  const builder = new UnitTreeBuilder();
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (END_RE.test(line)) break;
    builder.line(line);
  }
  law.units = builder.roots;
  attachRefs(law.units);
  const effective = findEffectiveDate(law.units, law.issuedOn);
  law.effectiveOn = effective;
  return law;
}

/**
 * A document's title from its type and the description that follows the type word: a law's name is capitalised
 * ("Luật Thanh tra"), other types carry a lower-case description ("Nghị định về hoạt động kiểm tra chuyên ngành").
 * A description that repeats the type word ("Thông tư hướng dẫn …" after "Thông tư") is not doubled.
 */
export function composeTitle(docType: DocType, description: string): string {
  const typeName = DOC_TYPE_NAME[docType];
  let rest = description.trim();
  if (rest.toLocaleLowerCase('vi').startsWith(typeName.toLocaleLowerCase('vi') + ' ')) rest = rest.slice(typeName.length + 1);
  if (!rest) return typeName;
  const first = docType === 'law' || docType === 'code' ? rest.charAt(0).toLocaleUpperCase('vi') : rest.charAt(0).toLocaleLowerCase('vi');
  return `${typeName} ${first}${rest.slice(1)}`;
}

/** Walks a tree in document order. */
export function* walkUnits(units: LawUnit[]): Generator<LawUnit> {
  for (const u of units) {
    yield u;
    yield* walkUnits(u.children);
  }
}

/** All articles of a tree in document order. */
export function articlesOf(units: LawUnit[]): LawUnit[] {
  return [...walkUnits(units)].filter((u) => u.kind === 'article');
}

/** The full text of a unit with its descendants, one paragraph per line, with clause and point labels. */
export function fullText(unit: LawUnit): string {
  const parts: string[] = [];
  const label = unit.kind === 'clause' ? `${unit.number}. ` : unit.kind === 'point' ? `${unit.number}) ` : '';
  if (unit.text) parts.push(label + unit.text);
  for (const c of unit.children) parts.push(fullText(c));
  return parts.join('\n');
}

/**
 * The entry-into-force date from the document's own article ("Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm
 * 2025"); "có hiệu lực … kể từ ngày ký" gives the date of issue.
 */
function findEffectiveDate(units: LawUnit[], issuedOn: string | null): string | null {
  // The entry-into-force article is among the last ones; earlier articles may speak of other acts taking effect.
  for (const u of [...walkUnits(units)].reverse()) {
    if (!/có hiệu lực/u.test(u.text)) continue;
    const m = u.text.match(/có hiệu lực(?: thi hành)?(?: kể)? từ ngày\s+(\d{1,2})\s*(?:tháng\s*|\/)(\d{1,2})\s*(?:năm\s*|\/)(\d{4})/u);
    if (m) return isoDate(m[1]!, m[2]!, m[3]!);
    if (/có hiệu lực(?: thi hành)?(?: kể)? từ ngày ký/u.test(u.text)) return issuedOn;
  }
  return null;
}
