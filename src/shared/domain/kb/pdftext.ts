// Text of a PDF law (as `pdftotext -layout` prints it) turned into the plain-text layout the law parser reads: one
// paragraph per line. A PDF keeps lines, not paragraphs: a clause wraps over several lines, pages repeat a running
// header or footer and a page number, and a word may be hyphenated at the line end. The two-column header of a
// Vietnamese document (issuer | national name, number | place and date — ND 30/2020 Phụ lục I) comes out on one line
// with a wide gap; it is split into its columns.

/** Lines that start a unit of a legal text (Luật Ban hành VBQPPL 2025: phần, chương, mục, điều, khoản, điểm). */
const STRUCTURAL_RE = /^(?:(?:PHẦN|Phần)\s+\S|(?:CHƯƠNG|Chương)\s+[IVXLC\d]+\b|(?:MỤC|Mục)\s+[IVXLC\d]+\b|Điều\s+\d+[a-zđ]?\s*[.:]|\d+[a-zđ]?\.\s|[a-zđ]\d?\)\s)/u;
/** A heading whose title may follow on the next line ("Chương II" then "THANH TRA TỈNH"). */
const BARE_HEADING_RE = /^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+\S+\s*$/u;
/** A page number alone: "3", "- 3 -", "Trang 3", "Trang 3/12", "3/12". */
const PAGE_NUMBER_RE = /^(?:[-–—]\s*)?(?:Trang\s+)?\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
/** A line ending a sentence or a list item. */
const ENDS_SENTENCE_RE = /[.:;!?…]["”’)\]]*$/u;

const isUpper = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
const startsLower = (s: string) => /^\p{Ll}/u.test(s);
const indentOf = (raw: string) => raw.length - raw.trimStart().length;
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();
/** A running header or footer with its page number blanked, to recognise it on every page. */
const shape = (s: string) => squash(s).replace(/\d+/gu, '#');

/** The pages' lines with running headers, footers and page numbers removed. */
function stripPageFurniture(pages: string[][]): string[][] {
  const edge = (lines: string[], top: boolean) => {
    const filled = lines.filter((l) => l.trim());
    return (top ? filled.slice(0, 2) : filled.slice(-2)).map(shape);
  };
  // A line at the top or bottom of most pages (at least 2, at least half of them) is the running header or footer.
  const repeated = new Set<string>();
  if (pages.length >= 2) {
    for (const top of [true, false]) {
      const counts = new Map<string, number>();
      for (const p of pages) for (const s of new Set(edge(p, top))) counts.set(s, (counts.get(s) ?? 0) + 1);
      for (const [s, n] of counts) if (n >= 2 && n >= pages.length / 2 && !STRUCTURAL_RE.test(s)) repeated.add(s);
    }
  }
  return pages.map((lines) => {
    const filledAt = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
    const edges = new Set([...filledAt.slice(0, 2), ...filledAt.slice(-2)]);
    return lines.filter((l, i) => {
      if (!edges.has(i)) return true;
      const s = squash(l);
      return !(PAGE_NUMBER_RE.test(s) || repeated.has(shape(s)));
    });
  });
}

/** The widest lines' length: a line much shorter than it ended its paragraph. */
function typicalWidth(lines: string[]): number {
  const lengths = lines.map((l) => squash(l).length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/**
 * Joins wrapped lines into paragraphs. A line starts a new paragraph when it opens a unit (Điều, khoản "1.", điểm
 * "a)", Chương…), follows a blank line or a bare heading, is indented more than the text's left margin (a first-line
 * indent), or follows a line that ended a sentence and was short or is followed by a capital; capitals after
 * capitals continue a title. A hyphen at the line end before a lower-case letter is removed.
 */
function unwrap(lines: string[]): string[] {
  const filled = lines.filter((l) => l.trim());
  const margin = Math.min(...filled.map(indentOf));
  const width = typicalWidth(filled);
  const out: string[] = [];
  let prevRaw: string | null = null;
  for (const raw of lines) {
    if (!raw.trim()) {
      prevRaw = null;
      continue;
    }
    const line = squash(raw);
    const prev = out[out.length - 1];
    let fresh = prevRaw === null || prev === undefined || STRUCTURAL_RE.test(line) || BARE_HEADING_RE.test(prev);
    if (!fresh && prev !== undefined && prevRaw !== null) {
      const indented = indentOf(raw) > margin + 1 && indentOf(raw) > indentOf(prevRaw);
      const prevLast = squash(prevRaw);
      const prevShort = prevLast.length < width * 0.75;
      if (isUpper(line) && isUpper(prevLast)) fresh = false;
      else if (isUpper(prevLast) !== isUpper(line) && !startsLower(line)) fresh = true;
      else if (indented && !startsLower(line)) fresh = true;
      else if (ENDS_SENTENCE_RE.test(prevLast) && (prevShort || !startsLower(line))) fresh = true;
      else if (prevShort && !startsLower(line)) fresh = true;
    }
    if (fresh || prev === undefined) out.push(line);
    else if (/\p{L}-$/u.test(prev) && startsLower(line)) out[out.length - 1] = prev.slice(0, -1) + line;
    else out[out.length - 1] = `${prev} ${line}`;
    prevRaw = raw;
  }
  return out;
}

/**
 * The plain text of a PDF law from `pdftotext -layout` output (pages separated by form feeds): page furniture
 * removed, the header's columns split, wrapped lines joined into paragraphs. The result feeds `parseLawText`.
 */
export function cleanPdfText(layoutText: string): string {
  const pages = layoutText
    .normalize('NFC')
    .replace(/\u00a0/gu, ' ')
    .replace(/\r\n?/gu, '\n')
    .split('\f')
    .map((p) => p.split('\n').map((l) => l.replace(/\s+$/u, '')));
  while (pages.length > 1 && pages[pages.length - 1]!.every((l) => !l.trim())) pages.pop();
  const lines = stripPageFurniture(pages).flatMap((p) => p);
  // The header (before the first part, chapter or article) is laid out in two columns: one line per column cell.
  const bodyAt = lines.findIndex((l) => /^(?:(?:PHẦN|Phần|CHƯƠNG|Chương)\s+\S|Điều\s+\d+[a-zđ]?\s*[.:])/u.test(l.trim()));
  const headerEnd = bodyAt < 0 ? 0 : bodyAt;
  const header = lines.slice(0, headerEnd).flatMap((l) => (l.trim() ? l.trim().split(/\s{3,}/u).map((cell) => cell.trim()) : ['']));
  const headerParas = header.flatMap((l, i) => (l ? [l] : i > 0 && header[i - 1] ? [''] : []));
  return [...unwrapHeader(headerParas), ...unwrap(lines.slice(headerEnd))].join('\n');
}

/** Header cells: kept one per line, except that a sentence ("Căn cứ …") wrapped over lines is joined. */
function unwrapHeader(cells: string[]): string[] {
  const out: string[] = [];
  let joinable = false;
  for (const cell of cells) {
    if (!cell) {
      joinable = false;
      continue;
    }
    const prev = out[out.length - 1];
    if (joinable && prev !== undefined && startsLower(cell)) out[out.length - 1] = /\p{L}-$/u.test(prev) ? prev.slice(0, -1) + cell : `${prev} ${cell}`;
    else out.push(cell);
    joinable = /^(?:Căn cứ|Theo đề nghị)/u.test(out[out.length - 1]!) && !ENDS_SENTENCE_RE.test(out[out.length - 1]!);
  }
  return out;
}

/** Whether extracted text is too thin to be a text layer (a scan gives nothing, or a few stray characters per page). */
export function lacksTextLayer(layoutText: string): boolean {
  const chunks = layoutText.split('\f');
  if (chunks.length > 1 && !chunks[chunks.length - 1]!.trim()) chunks.pop();
  const pages = Math.max(1, chunks.length);
  const letters = (layoutText.match(/\p{L}/gu) ?? []).length;
  return letters < 40 * pages;
}
