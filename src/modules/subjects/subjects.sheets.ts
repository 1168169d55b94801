// Reading and writing the spreadsheet files of the registry: rows out of a CSV or XLSX stream (for imports), and
// CSV/XLSX streams out of rows (exports and error reports). Streams all the way: a million rows never sit in memory.
import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvError, CsvParser, csvLine, type Cell } from '../../shared/domain/subjects';

/** A data error in the file itself (not UTF-8, broken quotes, not a readable workbook): the import fails with it. */
export class SheetError extends Error {}

export type SheetFormat = 'csv' | 'xlsx';
export type SheetRow = { row: number; cells: Cell[] };

/** Counts the records of a CSV stream (line breaks outside quotes), for the progress bar's total. */
export async function countCsvRecords(stream: Readable): Promise<number> {
  let quoted = false;
  let lines = 0;
  let last = 10;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 34) quoted = !quoted;
      else if (b === 10 && !quoted) lines++;
    }
    if (chunk.length) last = chunk[chunk.length - 1]!;
  }
  return last === 10 ? lines : lines + 1;
}

/** The rows of a CSV stream (UTF-8; row 1 is the header). `onBytes` reports the bytes read so far. */
export async function* readCsvRows(stream: Readable, onBytes: (n: number) => void = () => undefined): AsyncGenerator<SheetRow> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parser = new CsvParser();
  let bytes = 0;
  let row = 0;
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new SheetError(`Tệp CSV không phải văn bản UTF-8 (lỗi gần dòng ${row + 1}). Hãy lưu lại tệp với bảng mã UTF-8.`);
    }
  };
  const parse = (fn: () => string[][]) => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof CsvError) throw new SheetError(err.message);
      throw err;
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    const text = decode(chunk);
    for (const cells of parse(() => parser.push(text))) yield { row: ++row, cells };
    onBytes(bytes);
  }
  const tail = decode();
  for (const cells of parse(() => [...parser.push(tail), ...parser.end()])) yield { row: ++row, cells };
}

/** A cell of exceljs as a plain value: rich text and hyperlinks as text, formulas as their result, errors as empty. */
function plainCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return plainCell(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.error) return null;
  }
  return String(v);
}

/** The rows of the first worksheet of an XLSX stream (row numbers as in the sheet). */
export async function* readXlsxRows(stream: Readable, onBytes: (n: number) => void = () => undefined): AsyncGenerator<SheetRow> {
  let bytes = 0;
  stream.on('data', (c: Buffer) => {
    bytes += c.length;
    onBytes(bytes);
  });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' });
  try {
    for await (const sheet of reader) {
      for await (const r of sheet) {
        const values = (r.values as unknown[]) ?? [];
        yield { row: r.number, cells: values.slice(1).map(plainCell) };
      }
      return; // first worksheet only
    }
  } catch (err) {
    if (err instanceof SheetError) throw err;
    throw new SheetError(`Không đọc được tệp XLSX (${err instanceof Error ? err.message.slice(0, 120) : 'tệp hỏng'}). Hãy mở và lưu lại tệp bằng Excel hoặc xuất ra CSV UTF-8.`);
  } finally {
    stream.destroy();
  }
}

/** The rows of a spreadsheet stream. */
export function readRows(format: SheetFormat, stream: Readable, onBytes?: (n: number) => void): AsyncGenerator<SheetRow> {
  return format === 'csv' ? readCsvRows(stream, onBytes) : readXlsxRows(stream, onBytes);
}

/** True when a row has no value at all (spreadsheets often keep empty formatted rows at the end). */
export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''));
}

/** Writes rows as a CSV byte stream (UTF-8 with BOM, so Excel shows Vietnamese correctly; CRLF). */
export function csvStream(header: readonly string[], rows: AsyncIterable<readonly (string | number | null)[]>): Readable {
  return Readable.from(
    (async function* () {
      yield Buffer.from(`\ufeff${csvLine(header)}`, 'utf8');
      let buf = '';
      for await (const r of rows) {
        buf += csvLine(r);
        if (buf.length > 64 * 1024) {
          yield Buffer.from(buf, 'utf8');
          buf = '';
        }
      }
      if (buf) yield Buffer.from(buf, 'utf8');
    })(),
  );
}

/** Writes rows as an XLSX byte stream (one sheet, bold header, every cell as text so codes keep their leading zeros). */
export function xlsxStream(sheetName: string, header: readonly string[], rows: AsyncIterable<readonly (string | number | null)[]>, onError: (err: unknown) => void): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet(sheetName);
  ws.columns = header.map((h) => ({ header: h, width: Math.min(60, Math.max(12, h.length + 4)), style: { numFmt: '@' } }));
  ws.getRow(1).font = { bold: true };
  void (async () => {
    try {
      let n = 0;
      for await (const r of rows) {
        ws.addRow(r.map((v) => (v === null ? null : String(v)))).commit();
        // Let a slow client set the pace: the rows are not read from the database faster than they are sent.
        if (++n % 1000 === 0 && out.writableNeedDrain && !out.destroyed) await once(out, 'drain');
      }
      ws.commit();
      await wb.commit();
    } catch (err) {
      onError(err);
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return out;
}
