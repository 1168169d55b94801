import { describe, expect, it } from 'vitest';
import { headerKey, mapHeader, readDate, readSubjectRow, type Cell, type ImportRefs } from './import-row';

const refs: ImportRefs = {
  // 00004 Phường Ba Đình (Hà Nội, 01); 26734 Phường Sài Gòn (TP HCM, 79)
  communeProvince: new Map([
    ['00004', '01'],
    ['26734', '79'],
    ['00008', '01'],
  ]),
  provinces: new Set(['01', '79']),
  oldCommunes: new Map<string, string[]>([
    ['00001', ['00004']],
    ['00007', ['00004', '00008']],
  ]),
  agenciesByCode: new Map([['TT-01', 'agency-hn']]),
  defaultAgencyId: 'agency-default',
  today: '2026-11-25',
};

const HEADER = ['Mã số thuế', 'Tên tổ chức', 'Loại hình', 'Địa chỉ', 'Mã tỉnh', 'Mã xã', 'Mã xã cũ (trước 01/07/2025)', 'Ngành nghề chính (mã VSIC)', 'Mã cơ quan quản lý', 'Người đại diện theo pháp luật', 'Chức danh người đại diện', 'Trạng thái', 'Ngày thành lập'];
const header = mapHeader(HEADER);
const row = (over: Record<number, Cell>): Cell[] => {
  const base: Cell[] = ['0100233488', 'Công ty TNHH Hoà Bình', 'Doanh nghiệp', 'Số 1 phố Huế', '01', '00004', '', '4711', '', 'Nguyễn Văn A', 'Giám đốc', 'Đang hoạt động', '15/03/2010'];
  for (const [i, v] of Object.entries(over)) base[Number(i)] = v;
  return base;
};

describe('import header', () => {
  it('matches headers whatever the accents, case, underscores and brackets', () => {
    expect(headerKey('Mã_số_thuế')).toBe(headerKey('ma so thue'));
    const m = mapHeader(['MST', 'ten_doanh_nghiep', 'Ghi chú', 'MÃ XÃ']);
    expect(m.index).toEqual({ taxCode: 0, name: 1, communeCode: 3 });
    expect(m.missing).toEqual([]);
    expect(header.missing).toEqual([]);
    expect(Object.keys(header.index)).toHaveLength(13);
  });
  it('lists missing required columns and duplicated ones', () => {
    expect(mapHeader(['Tên', 'Địa chỉ']).missing).toEqual(['taxCode']);
    expect(mapHeader(['MST', 'Mã số thuế', 'Tên']).duplicated).toEqual(['Mã số thuế']);
  });
});

describe('import row', () => {
  it('reads a complete row', () => {
    const r = readSubjectRow(row({}), header, refs);
    expect(r).toEqual({
      ok: true,
      subject: { taxCode: '0100233488', name: 'Công ty TNHH Hoà Bình', kind: 'enterprise', address: 'Số 1 phố Huế', provinceCode: '01', communeCode: '00004', oldCommuneCode: null, vsicCode: '4711', managingAgencyId: 'agency-default', legalRepName: 'Nguyễn Văn A', legalRepTitle: 'Giám đốc', status: 'active', establishedOn: '2010-03-15' },
    });
  });

  it('takes XLSX numbers and dates: a dropped leading zero, numeric codes, a real date', () => {
    const r = readSubjectRow(row({ 0: 100233488, 4: 1, 5: 4, 12: new Date(Date.UTC(2010, 2, 15)) }), header, refs);
    expect(r).toMatchObject({ ok: true, subject: { taxCode: '0100233488', provinceCode: '01', communeCode: '00004', establishedOn: '2010-03-15' } });
    expect(readDate(40252)).toEqual({ value: '2010-03-15' }); // Excel serial
  });

  it('maps an old commune code to the 2025 commune and its province', () => {
    expect(readSubjectRow(row({ 4: '', 5: '', 6: '1' }), header, refs)).toMatchObject({ ok: true, subject: { provinceCode: '01', communeCode: '00004', oldCommuneCode: '00001' } });
    const split = readSubjectRow(row({ 4: '', 5: '', 6: '00007' }), header, refs);
    expect(split).toMatchObject({ ok: false, errors: [{ column: 'Mã xã cũ (trước 01/07/2025)', message: expect.stringMatching(/2 xã mới \(00004, 00008\)/) }] });
  });

  it('refuses an address outside the 2025 units, or a commune of another province', () => {
    expect(readSubjectRow(row({ 5: '99999' }), header, refs)).toMatchObject({ ok: false, errors: [{ column: 'Mã xã' }] });
    expect(readSubjectRow(row({ 4: '79' }), header, refs)).toMatchObject({ ok: false, errors: [{ column: 'Mã tỉnh', message: expect.stringMatching(/thuộc tỉnh mã 01/) }] });
    expect(readSubjectRow(row({ 4: '', 5: '' }), header, refs)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/Chưa có địa chỉ/) }] });
  });

  it('reports wrong cell types and bad values, each with its column', () => {
    const r = readSubjectRow(row({ 0: new Date(), 1: true, 7: 'bán lẻ', 11: 'đang ngủ đông', 12: '31/02/2020', 8: 'X-99' }), header, refs);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.column)).toEqual(['Mã số thuế', 'Tên tổ chức', 'Trạng thái', 'Ngành nghề chính (mã VSIC)', 'Mã cơ quan quản lý', 'Ngày thành lập']);
    expect(r.errors[0]!.message).toMatch(/Sai kiểu dữ liệu/);
    expect(r.errors[1]!.message).toMatch(/Sai kiểu dữ liệu/);
    expect(r.errors[5]!.message).toMatch(/không có thật/);
  });

  it('reads kinds, statuses and agencies by their Vietnamese names and codes', () => {
    expect(readSubjectRow(row({ 2: 'HTX', 11: 'Tạm ngừng kinh doanh', 8: 'TT-01' }), header, refs)).toMatchObject({ ok: true, subject: { kind: 'cooperative', status: 'suspended', managingAgencyId: 'agency-hn' } });
    expect(readSubjectRow(row({ 2: 'don vi su nghiep cong lap', 11: 'giải thể' }), header, refs)).toMatchObject({ ok: true, subject: { kind: 'public_service_unit', status: 'dissolved' } });
    expect(readSubjectRow(row({ 12: '01/01/2030' }), header, refs)).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/sau ngày hôm nay/) }] });
  });
});
