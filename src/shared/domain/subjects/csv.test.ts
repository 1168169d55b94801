import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvError, CsvParser, csvField, csvLine, detectDelimiter, parseCsv, quoteCsv } from './csv';

/** Feeds `text` to a parser in pieces cut at `cuts` (positions), as a stream would. */
function parseInPieces(text: string, cuts: number[]): string[][] {
  const p = new CsvParser();
  const out: string[][] = [];
  let from = 0;
  for (const at of [...new Set(cuts)].sort((a, b) => a - b)) {
    out.push(...p.push(text.slice(from, at)));
    from = at;
  }
  out.push(...p.push(text.slice(from)), ...p.end());
  return out;
}

describe('CSV parser', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const text = 'ten,dia_chi,ghi_chu\r\n"Công ty TNHH ""Hoà Bình""","Số 1, phố Huế","dòng 1\r\ndòng 2"\r\nHTX Tân Phú,,x\r\n';
    expect(parseCsv(text)).toEqual([
      ['ten', 'dia_chi', 'ghi_chu'],
      ['Công ty TNHH "Hoà Bình"', 'Số 1, phố Huế', 'dòng 1\r\ndòng 2'],
      ['HTX Tân Phú', '', 'x'],
    ]);
  });

  it('strips the BOM, accepts LF, CR and a missing final line break, and skips blank lines', () => {
    expect(parseCsv('\ufeffa,b\n1,2\n\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
    expect(parseCsv('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
    expect(parseCsv('')).toEqual([]);
  });

  it('takes the separator Excel used in the locale from the header line', () => {
    expect(detectDelimiter('Tên;Mã số thuế;Địa chỉ')).toBe(';');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(parseCsv('ten;mst\n"A, B";0100233488\n')).toEqual([['ten', 'mst'], ['A, B', '0100233488']]);
  });

  it('keeps a stray quote inside an unquoted field as written', () => {
    expect(parseCsv('a,b\n12" ống,x\n')).toEqual([['a', 'b'], ['12" ống', 'x']]);
  });

  it('refuses an unterminated quoted field with its record number', () => {
    expect(() => parseCsv('a,b\n1,"không đóng\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n1,"không đóng\n')).toThrow(/Dòng 2/);
  });

  it('gives the same records whatever the chunk boundaries (CR|LF, ""|", BOM, header split)', () => {
    const text = '\ufeffa;b\r\n"x""y";"1\r\n2"\r\nz;w\r\n';
    const expected = parseCsv(text);
    for (let cut = 0; cut <= text.length; cut++) expect(parseInPieces(text, [cut])).toEqual(expected);
  });

  it('property: written records read back identically under any chunking', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ă', 'Đ', ' ', ',', ';', '"', '\n', '\r', '1', 'x') });
    const records = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(records, fc.array(fc.nat(), { maxLength: 6 }), (rows, cutSeeds) => {
        // Every record has the same width as the header, and no record is a lone empty field (a blank line).
        const width = rows[0]!.length;
        const table = [Array.from({ length: width }, (_, i) => `c${i}`), ...rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''))];
        const text = table.map((r) => r.map((v) => quoteCsv(v)).join(',')).join('\r\n');
        const cuts = cutSeeds.map((s) => s % (text.length + 1));
        expect(parseInPieces(text, cuts)).toEqual(table);
      }),
    );
  });

  it('writes fields safely: quotes when needed and neutralises formulas', () => {
    expect(csvField('Số 1, phố Huế')).toBe('"Số 1, phố Huế"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(null)).toBe('');
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
