// Reading one row of an import file (CSV or XLSX) into a subject: header matching, cell types, tax code, address
// coded to the 2025 administrative units (an old commune code is mapped through the old→new table), kind, status,
// dates. Pure: the caller passes the reference data, so a million rows are checked without a database round trip.

import { vsicCodeProblem } from './vsic-2018';
import { foldKey, normalizeVi } from '../text/vi';
import { checkTaxCode } from './tax-code';
import {
  REQUIRED_IMPORT_COLUMNS,
  SUBJECT_COLUMNS,
  SUBJECT_KIND_LABELS,
  SUBJECT_KINDS,
  SUBJECT_STATUS_LABELS,
  SUBJECT_STATUSES,
  type SubjectColumnKey,
  type SubjectKind,
  type SubjectStatus,
} from './subject';

/** A cell as a CSV (always text) or XLSX reader gives it. */
export type Cell = string | number | boolean | Date | null | undefined;

/** Where each known column is in the file. */
export type HeaderMap = { index: Partial<Record<SubjectColumnKey, number>>; missing: SubjectColumnKey[]; duplicated: string[] };

/** Header text reduced to a matching key: no diacritics, case, brackets or underscores ("Mã số thuế" = "ma_so_thue"). */
export function headerKey(h: string): string {
  return foldKey(h.replace(/_/g, ' '))
    .replace(/[^a-z0-9/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const HEADER_LOOKUP = new Map<string, SubjectColumnKey>();
for (const c of SUBJECT_COLUMNS) for (const h of [c.header, c.key, ...c.aliases]) HEADER_LOOKUP.set(headerKey(h), c.key);

/** Matches the header row to the known columns; unknown columns are ignored, missing required ones are listed. */
export function mapHeader(headers: readonly Cell[]): HeaderMap {
  const index: HeaderMap['index'] = {};
  const duplicated: string[] = [];
  headers.forEach((h, i) => {
    const key = HEADER_LOOKUP.get(headerKey(cellText(h)));
    if (!key) return;
    if (index[key] !== undefined) duplicated.push(columnLabel(key));
    else index[key] = i;
  });
  return { index, missing: REQUIRED_IMPORT_COLUMNS.filter((k) => index[k] === undefined), duplicated };
}

/** The Vietnamese header of a column. */
export function columnLabel(key: SubjectColumnKey): string {
  return SUBJECT_COLUMNS.find((c) => c.key === key)!.header;
}

/** Reference data a row is checked against. */
export type ImportRefs = {
  /** 2025 commune code → its province code. */
  communeProvince: ReadonlyMap<string, string>;
  /** 2025 province codes. */
  provinces: ReadonlySet<string>;
  /** Pre-2025 commune code → the 2025 commune code(s) it became. */
  oldCommunes: ReadonlyMap<string, readonly string[]>;
  /** Agencies the importer may assign subjects to: code → id. */
  agenciesByCode: ReadonlyMap<string, string>;
  /** Managing agency of rows that name none. */
  defaultAgencyId: string;
  /** Today (YYYY-MM-DD, Vietnam time): no establishment date after it. */
  today: string;
};

/** A subject as read from a row, ready to store. */
export type SubjectDraft = {
  taxCode: string;
  name: string;
  kind: SubjectKind;
  address: string | null;
  provinceCode: string;
  communeCode: string | null;
  oldCommuneCode: string | null;
  vsicCode: string | null;
  managingAgencyId: string;
  legalRepName: string | null;
  legalRepTitle: string | null;
  status: SubjectStatus;
  establishedOn: string | null;
};

export type RowError = { column: string; message: string };
export type RowResult = { ok: true; subject: SubjectDraft } | { ok: false; errors: RowError[]; taxCode: string; name: string };

/** Text of a cell for text columns (numbers as written, dates refused by the caller). */
function cellText(c: Cell): string {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return Number.isInteger(c) ? String(c) : String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  return c.toISOString();
}

const pad = (s: string, width: number) => (/^\d+$/.test(s) && s.length < width ? s.padStart(width, '0') : s);

const fold = (s: string) => headerKey(s);
const KIND_LOOKUP = new Map<string, SubjectKind>();
for (const k of SUBJECT_KINDS) {
  KIND_LOOKUP.set(fold(k), k);
  KIND_LOOKUP.set(fold(SUBJECT_KIND_LABELS[k]), k);
}
for (const [alias, k] of [
  ['cong ty', 'enterprise'],
  ['cong ty tnhh', 'enterprise'],
  ['cong ty co phan', 'enterprise'],
  ['doanh nghiep tu nhan', 'enterprise'],
  ['chi nhanh', 'enterprise'],
  ['htx', 'cooperative'],
  ['co quan', 'state_agency'],
  ['co quan hanh chinh', 'state_agency'],
  ['don vi su nghiep', 'public_service_unit'],
  ['hoi', 'association'],
  ['hiep hoi', 'association'],
  ['khac', 'other'],
] as const)
  KIND_LOOKUP.set(alias, k);

const STATUS_LOOKUP = new Map<string, SubjectStatus>();
for (const s of SUBJECT_STATUSES) {
  STATUS_LOOKUP.set(fold(s), s);
  STATUS_LOOKUP.set(fold(SUBJECT_STATUS_LABELS[s]), s);
}
for (const [alias, s] of [
  ['hoat dong', 'active'],
  ['dang hoat dong (da duoc cap gcn dkt)', 'active'],
  ['nnt dang hoat dong', 'active'],
  ['tam ngung', 'suspended'],
  ['tam ngung hoat dong', 'suspended'],
  ['thu hoi', 'revoked'],
  ['bi thu hoi', 'revoked'],
  ['giai the', 'dissolved'],
  ['pha san', 'bankrupt'],
] as const)
  STATUS_LOOKUP.set(alias, s);

/** Memo of kind/status cells by their raw text (a file repeats a handful of values a million times). */
function memoLookup<T>(lookup: ReadonlyMap<string, T>): (raw: string) => T | undefined {
  const memo = new Map<string, T | undefined>();
  return (raw) => {
    if (memo.has(raw)) return memo.get(raw);
    const found = lookup.get(fold(raw));
    if (memo.size < 1000) memo.set(raw, found);
    return found;
  };
}
const kindOf = memoLookup(KIND_LOOKUP);
const statusOf = memoLookup(STATUS_LOOKUP);

/** Text already in display form (printable ASCII and precomposed Latin/Vietnamese letters, single inner spaces) skips normalizeVi. */
const NEEDS_NORMALIZING = /[^\x21-\x7e\u00c0-\u02ff\u1e00-\u1eff ]|^ | $| {2}/;
const clean = (s: string): string => (NEEDS_NORMALIZING.test(s) ? normalizeVi(s) : s);

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell (Date, Excel serial number, dd/mm/yyyy or yyyy-mm-dd) as YYYY-MM-DD, or an error message. */
export function readDate(c: Cell): { value: string | null } | { error: string } {
  if (c === null || c === undefined || c === '') return { value: null };
  let y: number, m: number, d: number;
  if (c instanceof Date) {
    if (Number.isNaN(c.getTime())) return { error: 'Ngày không hợp lệ.' };
    // Spreadsheet dates carry no time zone: readers give them as UTC midnight.
    [y, m, d] = [c.getUTCFullYear(), c.getUTCMonth() + 1, c.getUTCDate()];
  } else if (typeof c === 'number') {
    if (!Number.isFinite(c) || c < 1 || c > 2958465) return { error: `"${c}" không phải là ngày.` };
    const t = new Date(EXCEL_EPOCH + Math.floor(c) * 86_400_000);
    [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  } else if (typeof c === 'string') {
    const s = c.trim();
    let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (match) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    else return { error: `"${s}" không phải là ngày (dùng dạng dd/mm/yyyy).` };
  } else return { error: 'Ô ngày tháng chứa giá trị đúng/sai, không phải ngày.' };
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d || y < 1900) return { error: `Ngày ${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y} không có thật.` };
  return { value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const LIMITS = { name: 500, address: 500, legalRepName: 200, legalRepTitle: 200 } as const;

/** Reads and checks one data row against the header map and the reference data. */
export function readSubjectRow(cells: readonly Cell[], header: HeaderMap, refs: ImportRefs): RowResult {
  const errors: RowError[] = [];
  const at = (k: SubjectColumnKey): Cell => {
    const i = header.index[k];
    return i === undefined ? undefined : cells[i];
  };
  const fail = (k: SubjectColumnKey, message: string) => errors.push({ column: columnLabel(k), message });
  /** A text column: numbers are taken as written, a date or a true/false is the wrong type. */
  const text = (k: SubjectColumnKey, max?: number): string | null => {
    const c = at(k);
    if (c instanceof Date || typeof c === 'boolean') {
      fail(k, `Sai kiểu dữ liệu: cột "${columnLabel(k)}" cần văn bản, không phải ${c instanceof Date ? 'ngày tháng' : 'giá trị đúng/sai'}.`);
      return null;
    }
    const s = clean(cellText(c));
    if (max && s.length > max) {
      fail(k, `Dài quá ${max} ký tự.`);
      return null;
    }
    return s || null;
  };
  /** A code column: digits, left-padded (spreadsheets drop leading zeros). */
  const code = (k: SubjectColumnKey, width: number): string | null => {
    const c = at(k);
    if (typeof c === 'number' && !Number.isInteger(c)) {
      fail(k, `Sai kiểu dữ liệu: "${c}" không phải là mã số.`);
      return null;
    }
    const s = text(k);
    if (s === null) return null;
    if (!/^\d+$/.test(s)) {
      fail(k, `Mã "${s}" chỉ được gồm chữ số.`);
      return null;
    }
    return pad(s, width);
  };

  const rawTax = at('taxCode');
  let taxCode = '';
  const rawTaxText = typeof rawTax === 'number' ? String(rawTax) : cellText(rawTax).trim();
  if (rawTax instanceof Date || typeof rawTax === 'boolean') fail('taxCode', 'Sai kiểu dữ liệu: mã số thuế phải là văn bản hoặc số.');
  else if (typeof rawTax === 'number' && !Number.isInteger(rawTax)) fail('taxCode', `Sai kiểu dữ liệu: "${rawTax}" không phải là mã số thuế.`);
  else {
    const checked = checkTaxCode(rawTaxText);
    if (checked.ok) taxCode = checked.value;
    else fail('taxCode', checked.reason);
  }
  const name = text('name', LIMITS.name);
  if (!name && !errors.some((e) => e.column === columnLabel('name'))) fail('name', 'Chưa có tên tổ chức.');

  const kindText = text('kind');
  let kind: SubjectKind = 'enterprise';
  if (kindText) {
    const k = kindOf(kindText);
    if (k) kind = k;
    else fail('kind', `Loại hình "${kindText}" không rõ. Dùng một trong: ${SUBJECT_KINDS.map((x) => SUBJECT_KIND_LABELS[x]).join(', ')}.`);
  }
  const statusText = text('status');
  let status: SubjectStatus = 'active';
  if (statusText) {
    const s = statusOf(statusText);
    if (s) status = s;
    else fail('status', `Trạng thái "${statusText}" không rõ. Dùng một trong: ${SUBJECT_STATUSES.map((x) => SUBJECT_STATUS_LABELS[x]).join(', ')}.`);
  }

  // Address: the 2025 commune decides the province; an old commune is mapped when it became exactly one new commune.
  const address = text('address', LIMITS.address);
  let provinceCode = code('provinceCode', 2);
  let communeCode = code('communeCode', 5);
  const oldCommuneCode = code('oldCommuneCode', 5);
  if (provinceCode && !refs.provinces.has(provinceCode)) {
    fail('provinceCode', `Mã tỉnh "${provinceCode}" không có trong danh mục 34 tỉnh, thành phố từ 01/07/2025.`);
    provinceCode = null;
  }
  if (communeCode && !refs.communeProvince.has(communeCode)) {
    fail('communeCode', `Mã xã "${communeCode}" không có trong danh mục đơn vị hành chính cấp xã từ 01/07/2025. Địa chỉ cũ: ghi vào cột "${columnLabel('oldCommuneCode')}".`);
    communeCode = null;
  }
  if (!communeCode && oldCommuneCode && !errors.some((e) => e.column === columnLabel('communeCode'))) {
    const to = refs.oldCommunes.get(oldCommuneCode);
    if (!to) fail('oldCommuneCode', `Mã xã cũ "${oldCommuneCode}" không có trong bảng chuyển đổi đơn vị hành chính.`);
    else if (to.length === 1) communeCode = to[0]!;
    else fail('oldCommuneCode', `Xã cũ "${oldCommuneCode}" đã được chia vào ${to.length} xã mới (${to.join(', ')}): ghi rõ mã xã mới ở cột "${columnLabel('communeCode')}".`);
  }
  if (communeCode) {
    const p = refs.communeProvince.get(communeCode)!;
    if (provinceCode && provinceCode !== p) fail('provinceCode', `Mã xã ${communeCode} thuộc tỉnh mã ${p}, không phải ${provinceCode}.`);
    provinceCode = p;
  }
  if (!provinceCode && !errors.some((e) => [columnLabel('provinceCode'), columnLabel('communeCode'), columnLabel('oldCommuneCode')].includes(e.column))) {
    fail('provinceCode', 'Chưa có địa chỉ: cần mã tỉnh hoặc mã xã.');
  }

  const vsic = code('vsicCode', 0);
  // The code's division must be one of VSIC 2018 (Quyết định 27/2018/QĐ-TTg); levels 3–5 are not shipped.
  const vsicProblem = vsic ? vsicCodeProblem(vsic) : null;
  if (vsicProblem) fail('vsicCode', vsicProblem);

  let managingAgencyId = refs.defaultAgencyId;
  const agencyCode = text('agencyCode');
  if (agencyCode) {
    const id = refs.agenciesByCode.get(agencyCode);
    if (id) managingAgencyId = id;
    else fail('agencyCode', `Không tìm thấy cơ quan mã "${agencyCode}" trong phạm vi bạn được quản lý.`);
  }
  const legalRepName = text('legalRepName', LIMITS.legalRepName);
  const legalRepTitle = text('legalRepTitle', LIMITS.legalRepTitle);
  const date = readDate(at('establishedOn'));
  let establishedOn: string | null = null;
  if ('error' in date) fail('establishedOn', date.error);
  else if (date.value && date.value > refs.today) fail('establishedOn', 'Ngày thành lập ở sau ngày hôm nay.');
  else establishedOn = date.value;

  if (errors.length) return { ok: false, errors, taxCode: taxCode || rawTaxText, name: name ?? '' };
  return {
    ok: true,
    subject: { taxCode, name: name!, kind, address, provinceCode: provinceCode!, communeCode, oldCommuneCode, vsicCode: vsic, managingAgencyId, legalRepName, legalRepTitle, status, establishedOn },
  };
}
