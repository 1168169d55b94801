/**
 * The official administrative document (văn bản hành chính) as a pure model, laid out by the renderers according
 * to Nghị định 30/2020/NĐ-CP, Phụ lục I (thể thức, kỹ thuật trình bày) and Phụ lục III (abbreviations of the
 * document types). Everything here is pure and shared by the server (PDF/DOCX renderers) and the web app (preview).
 */

/** Confidentiality stamps (dấu chỉ độ mật, ô 10a), as engraved under the state-secret law. */
export const CONFIDENTIALITY_MARKS = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;
/** A confidentiality stamp. */
export type ConfidentialityMark = (typeof CONFIDENTIALITY_MARKS)[number];

/** Urgency stamps (dấu chỉ mức độ khẩn, ô 10b; ND 30 Phụ lục I, III.2.b). */
export const URGENCY_MARKS = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
/** An urgency stamp. */
export type UrgencyMark = (typeof URGENCY_MARKS)[number];

/**
 * How the signer signs (quyền hạn của người ký, ND 30 Phụ lục I, II.7.b): TM. on behalf of a collective body,
 * KT. in place of the head, Q. acting head, TL. by order of the head, TUQ. by authorisation of the head.
 */
export const SIGNING_AUTHORITIES = ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const;
/** A signing authority abbreviation. */
export type SigningAuthority = (typeof SIGNING_AUTHORITIES)[number];

/**
 * Abbreviations of the types of administrative document (ND 30 Phụ lục III, Mục I), keyed by the type name as
 * printed (upper case). "KẾT LUẬN" (KL) is the inspection sector's usage, not in the ND 30 table.
 */
export const DOCUMENT_TYPE_CODES: Readonly<Record<string, string>> = {
  'NGHỊ QUYẾT': 'NQ',
  'QUYẾT ĐỊNH': 'QĐ',
  'CHỈ THỊ': 'CT',
  'QUY CHẾ': 'QC',
  'QUY ĐỊNH': 'QyĐ',
  'THÔNG CÁO': 'TC',
  'THÔNG BÁO': 'TB',
  'HƯỚNG DẪN': 'HD',
  'CHƯƠNG TRÌNH': 'CTr',
  'KẾ HOẠCH': 'KH',
  'PHƯƠNG ÁN': 'PA',
  'ĐỀ ÁN': 'ĐA',
  'DỰ ÁN': 'DA',
  'BÁO CÁO': 'BC',
  'BIÊN BẢN': 'BB',
  'TỜ TRÌNH': 'TTr',
  'HỢP ĐỒNG': 'HĐ',
  'CÔNG ĐIỆN': 'CĐ',
  'BẢN GHI NHỚ': 'BGN',
  'BẢN THỎA THUẬN': 'BTT',
  'GIẤY ỦY QUYỀN': 'GUQ',
  'GIẤY MỜI': 'GM',
  'GIẤY GIỚI THIỆU': 'GGT',
  'GIẤY NGHỈ PHÉP': 'GNP',
  'PHIẾU GỬI': 'PG',
  'PHIẾU CHUYỂN': 'PC',
  'PHIẾU BÁO': 'PB',
  'KẾT LUẬN': 'KL',
};

/** A run of text inside a paragraph, optionally bold or italic. */
export type Run = { text: string; bold?: boolean; italic?: boolean };

/** Text of a paragraph: plain, or runs with emphasis. */
export type RichText = string | Run[];

/** One block of the body (ô số 6). */
export type Block =
  /** A body paragraph: justified with a first-line indent unless told otherwise. */
  | { kind: 'paragraph'; text: RichText; align?: 'justify' | 'center' | 'left' | 'right'; indent?: boolean; italic?: boolean }
  /** An article of a decision: "Điều 1." (bold) + optional bold title + text on the same line. */
  | { kind: 'article'; number: number; title?: string; text?: RichText }
  /** A bold heading line, e.g. a section title or "QUYẾT ĐỊNH:". */
  | { kind: 'heading'; text: string; align?: 'center' | 'left' }
  /** A list: "1.", "a)" or "-" items, each its own indented paragraph. */
  | { kind: 'list'; style: 'decimal' | 'alpha' | 'dash'; items: RichText[] }
  /** A simple table with an optional bold header row; widths are relative (default equal). */
  | { kind: 'table'; header?: string[]; rows: string[][]; widths?: number[] };

/** The issuing body (ô số 2): direct managing body (optional) over the issuing body, and its abbreviation. */
export type Issuer = { parentName?: string; name: string; shortCode: string };

/** Who signs (ô 7a–7c): authority + principal ("KT." + "CHÁNH THANH TRA"), own title, full name. */
export type Signer = { authority?: SigningAuthority; principal?: string; title: string; name: string };

/** Who may read a document, with respect to the denouncer's identity (petitions spec §6.2 SEC-5). */
export const AUDIENCES = ['internal', 'denouncer', 'accused', 'public'] as const;
/**
 * 'internal': the resolving body and other state bodies on a need-to-know basis; 'denouncer': addressed to the
 * person who filed (denouncer, complainant, petitioner), may name that person; 'accused': the accused, the inspected
 * or sanctioned party or their managing body; 'public': postings, publication, statistics.
 */
export type Audience = (typeof AUDIENCES)[number];

/** An official document ready to be laid out. */
export type OfficialDocument = {
  issuer: Issuer;
  /** The whole "Số" line: "Số: 12/QĐ-TTT", or "Số: …/QĐ-TTT" before registration. */
  number: string;
  /** Địa danh, e.g. "Hà Nội", "Đắk Lắk". */
  place: string;
  /** Date of issue YYYY-MM-DD; absent before signature (printed with blanks). */
  date?: string;
  /** Tên loại, upper case ("QUYẾT ĐỊNH"); empty for a công văn (then `summary` is printed as "V/v …" under the number). */
  type: string;
  /** Trích yếu nội dung. */
  summary: string;
  /** "Kính gửi:" addressees (công văn, notices). */
  addressees?: string[];
  /** Thẩm quyền ban hành of a decision, printed upper case above the legal bases ("CHÁNH THANH TRA TỈNH …"). */
  authority?: string;
  /** Legal bases, one per line ("Căn cứ …"); punctuation (";" and the final ".") is added when laid out. */
  basis?: string[];
  /** The enacting word after the bases ("QUYẾT ĐỊNH:"). */
  enacting?: string;
  body: Block[];
  signer: Signer;
  /** "Nơi nhận:" lines; punctuation ("- ", ";", final ".") is added when laid out. */
  recipients: string[];
  confidentiality?: ConfidentialityMark;
  urgency?: UrgencyMark;
  /** A draft carries a "DỰ THẢO" box and never a number. */
  draft: boolean;
  /** Which template produced it, for whom, and a short title for file names. */
  meta: { template: string; audience: Audience; title: string };
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `iso` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * A date as ND 30 writes it: "ngày 05 tháng 01 năm 2026", "ngày 02 tháng 3 năm 2026", "ngày 29 tháng 12 năm 2025" —
 * a day below 10 and the months 1 and 2 take a leading zero (Phụ lục I, II.4.b). Without a date: blanks to fill in.
 */
export function formatIssueDate(iso?: string): string {
  if (iso === undefined) return 'ngày …… tháng …… năm ……';
  if (!isIsoDate(iso)) throw new RangeError(`Ngày không hợp lệ: "${iso}" (cần dạng YYYY-MM-DD).`);
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = mo <= 2 ? String(mo).padStart(2, '0') : String(mo);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** The place-and-date line (ô số 4): "Hà Nội, ngày 02 tháng 3 năm 2026". */
export function formatPlaceDate(place: string, iso?: string): string {
  return `${place.trim()}, ${formatIssueDate(iso)}`;
}

/**
 * The number-and-symbol line (ô số 3): "Số: 05/QĐ-TTT" (numbers below 10 take a leading zero), or "Số: …/QĐ-TTT"
 * when the number is not yet registered. `typeCode` null gives a công văn symbol ("Số: 12/TTT-P1").
 */
export function formatDocumentNumber(number: number | undefined, typeCode: string | null, issuerCode: string): string {
  const symbol = typeCode ? `${typeCode}-${issuerCode}` : issuerCode;
  if (number === undefined) return `Số: …/${symbol}`;
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Số văn bản không hợp lệ: ${number}.`);
  return `Số: ${String(number).padStart(2, '0')}/${symbol}`;
}

/** The abbreviation of a document type (ND 30 Phụ lục III), or null when the table has none. */
export function typeCodeOf(type: string): string | null {
  return DOCUMENT_TYPE_CODES[type.trim().toLocaleUpperCase('vi')] ?? null;
}

/** Upper case the Vietnamese way. */
export const upper = (s: string): string => s.toLocaleUpperCase('vi');

/** Plain text of rich text. */
export function plainText(text: RichText): string {
  return typeof text === 'string' ? text : text.map((r) => r.text).join('');
}

/** The signer's title lines (ô 7a/7b), upper case: ["KT. CHÁNH THANH TRA", "PHÓ CHÁNH THANH TRA"], ["Q. CHÁNH THANH TRA"]. */
export function signerLines(signer: Signer): string[] {
  if (!signer.authority) return [upper(signer.title)];
  if (signer.authority === 'Q.') return [`Q. ${upper(signer.title)}`];
  return [`${signer.authority} ${upper(signer.principal ?? '')}`, upper(signer.title)];
}

/** Problems with a signer (empty when fine): KT./TM./TL./TUQ. need the principal, none and Q. must not have one. */
export function signerProblems(signer: Signer): string[] {
  const out: string[] = [];
  if (!signer.name.trim()) out.push('Thiếu họ tên người ký.');
  if (!signer.title.trim()) out.push('Thiếu chức vụ người ký.');
  const needsPrincipal = signer.authority !== undefined && signer.authority !== 'Q.';
  if (needsPrincipal && !signer.principal?.trim()) {
    out.push(`Ký "${signer.authority}" phải ghi chức vụ của người đứng đầu hoặc tên tập thể (ví dụ "${signer.authority} CHÁNH THANH TRA").`);
  }
  if (!needsPrincipal && signer.principal?.trim()) out.push('Chỉ ghi chức vụ người đứng đầu khi ký TM., KT., TL. hoặc TUQ.');
  return out;
}

const TRAILING_PUNCT = /[\s;.,:]+$/u;

/** Legal bases as printed: each ends with ";" and the last with "." (Phụ lục I, II.6.a). */
export function basisLines(basis: readonly string[]): string[] {
  return basis.map((b, i) => `${b.replace(TRAILING_PUNCT, '')}${i === basis.length - 1 ? '.' : ';'}`);
}

/** Items of an enumeration as printed: each ends with ";" and the last with "." (same rule as the bases). */
export function punctuate(items: readonly string[]): string[] {
  return basisLines(items);
}

/** "Nơi nhận" lines as printed: "- X;" … and the last one (normally "Lưu: VT, …") ends with "." (Phụ lục I, II.9.d). */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => `- ${r.replace(TRAILING_PUNCT, '')}${i === recipients.length - 1 ? '.' : ';'}`);
}

/** "Kính gửi" lines: one addressee on the same line; several as "- X;" lines ending with "." (Phụ lục I, II.9.d). */
export function addresseeLines(addressees: readonly string[]): string[] {
  if (addressees.length === 1) return [addressees[0]!.replace(TRAILING_PUNCT, '') + '.'];
  return recipientLines(addressees);
}

/** The "Số" line of a document: drafts and unregistered documents keep the blank. */
export function numberLine(opts: { number?: number; draft: boolean; type: string; typeCode?: string | null; issuerCode: string }): string {
  const code = opts.typeCode === undefined ? typeCodeOf(opts.type) : opts.typeCode;
  return formatDocumentNumber(opts.draft ? undefined : opts.number, code, opts.issuerCode);
}

/** Every problem of a document that a renderer must not print (empty when it is fit to render). */
export function documentProblems(doc: OfficialDocument): string[] {
  const out = signerProblems(doc.signer);
  if (!doc.issuer.name.trim()) out.push('Thiếu tên cơ quan ban hành.');
  if (!doc.place.trim()) out.push('Thiếu địa danh.');
  if (doc.date !== undefined && !isIsoDate(doc.date)) out.push(`Ngày ban hành không hợp lệ: "${doc.date}".`);
  if (!doc.summary.trim()) out.push('Thiếu trích yếu nội dung.');
  if (doc.recipients.length === 0) out.push('Thiếu nơi nhận.');
  if (doc.draft && !doc.number.startsWith('Số: …')) out.push('Dự thảo không được mang số văn bản.');
  return out;
}
