// A streaming CSV reader (RFC 4180) for spreadsheet exports: text arrives in chunks of any size, complete records
// come out. Handles quoted fields with doubled quotes and line breaks inside, CRLF / LF / CR line ends, a UTF-8 BOM,
// and the separator Excel uses in the user's locale (comma or semicolon, decided from the header line; tab too).
// Pure and synchronous so it runs the same in the server's import job and in the browser.

/** Why a CSV text cannot be read (Vietnamese), with the 1-based record number where it happened. */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Picks the separator from the first line (outside quotes): the most frequent of `,` `;` and tab (comma on a tie). */
export function detectDelimiter(firstLine: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/**
 * Incremental parser: `push(chunk)` returns the records completed by that chunk, `end()` the last one.
 * Blank lines are skipped. Each record is an array of field strings (not trimmed: the caller decides).
 */
export class CsvParser {
  private delimiter: number | undefined;
  private field = '';
  private record: string[] = [];
  private quoted = false;
  /** Inside a quoted field, the previous character was a quote (closing quote or the first of a doubled one). */
  private quotePending = false;
  /** The field began with a quote. */
  private inQuotedField = false;
  private afterCr = false;
  private started = false;
  private pending = '';
  /** Records emitted so far (including the header), for error messages. */
  records = 0;

  constructor(opts: { delimiter?: string } = {}) {
    if (opts.delimiter) this.delimiter = opts.delimiter.charCodeAt(0);
  }

  /** The separator in use (known after the first line). */
  get separator(): string | undefined {
    return this.delimiter === undefined ? undefined : String.fromCharCode(this.delimiter);
  }

  /** Parses a chunk of text and returns the records it completed. */
  push(chunk: string): string[][] {
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.delimiter === undefined) {
      // Hold text back until the first line is complete, to choose the separator from it.
      this.pending += chunk;
      const nl = this.pending.search(/[\r\n]/);
      if (nl < 0) return [];
      this.delimiter = detectDelimiter(this.pending.slice(0, nl)).charCodeAt(0);
      chunk = this.pending;
      this.pending = '';
    }
    return this.scan(chunk);
  }

  /** Ends the text: returns the last record if the text did not end with a line break; throws on an open quote. */
  end(): string[][] {
    if (this.delimiter === undefined) {
      this.delimiter = detectDelimiter(this.pending).charCodeAt(0);
      const out = this.scan(this.pending);
      this.pending = '';
      return [...out, ...this.finish()];
    }
    return this.finish();
  }

  private finish(): string[][] {
    if (this.quoted && !this.quotePending) throw new CsvError(`Dòng ${this.records + 1}: thiếu dấu ngoặc kép (") đóng trường dữ liệu.`, this.records + 1);
    const out: string[][] = [];
    this.quoted = false;
    this.quotePending = false;
    if (this.field !== '' || this.record.length > 0 || this.inQuotedField) this.emit(out);
    return out;
  }

  private emit(out: string[][]): void {
    this.record.push(this.field);
    this.field = '';
    this.inQuotedField = false;
    const r = this.record;
    this.record = [];
    // A blank line is not a record.
    if (r.length === 1 && r[0] === '') return;
    this.records++;
    out.push(r);
  }

  private scan(text: string): string[][] {
    const out: string[][] = [];
    const d = this.delimiter!;
    const n = text.length;
    let i = 0;
    let start = 0; // start of the run of plain characters not yet copied into `field`
    while (i < n) {
      const c = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (c === LF) {
          i++;
          start = i;
          continue;
        }
      }
      if (this.quoted) {
        if (this.quotePending) {
          this.quotePending = false;
          if (c === QUOTE) {
            // A doubled quote: one literal quote.
            this.field += '"';
            i++;
            start = i;
            continue;
          }
          // The quote closed the field; this character is handled as outside quotes.
          this.quoted = false;
          start = i;
          continue;
        }
        if (c === QUOTE) {
          this.field += text.slice(start, i);
          this.quotePending = true;
          i++;
          start = i;
          continue;
        }
        i++;
        continue;
      }
      if (c === d) {
        this.field += text.slice(start, i);
        this.record.push(this.field);
        this.field = '';
        this.inQuotedField = false;
        i++;
        start = i;
        continue;
      }
      if (c === LF || c === CR) {
        this.field += text.slice(start, i);
        this.emit(out);
        if (c === CR) this.afterCr = true;
        i++;
        start = i;
        continue;
      }
      if (c === QUOTE && this.field === '' && start === i && !this.inQuotedField) {
        // A quote opening a field.
        this.quoted = true;
        this.inQuotedField = true;
        i++;
        start = i;
        continue;
      }
      // Any other character, including a stray quote inside an unquoted field (kept as written).
      i++;
    }
    if (start < n && !(this.quoted && this.quotePending)) this.field += text.slice(start, n);
    return out;
  }
}

/** Parses a whole CSV text (for tests and small files). */
export function parseCsv(text: string, opts: { delimiter?: string } = {}): string[][] {
  const p = new CsvParser(opts);
  return [...p.push(text), ...p.end()];
}

/** Quotes one field for writing when it holds the separator, a quote or a line break (or begins with a formula sign). */
export function csvField(value: string | number | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  // A cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet (CSV injection).
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+([.,]\d+)?$/.test(s)) s = `'${s}`;
  return quoteCsv(s, delimiter);
}

/** Quotes a field exactly (no formula guard) when it holds the separator, a quote or a line break. */
export function quoteCsv(s: string, delimiter = ','): string {
  return s.includes(delimiter) || /["\r\n]/.test(s) || s.startsWith('"') ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (CRLF-terminated, as spreadsheet programs write). */
export function csvLine(values: readonly (string | number | null | undefined)[], delimiter = ','): string {
  return `${values.map((v) => csvField(v, delimiter)).join(delimiter)}\r\n`;
}
