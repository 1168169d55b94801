import {
  addresseeLines,
  basisLines,
  formatPlaceDate,
  recipientLines,
  signerLines,
  upper,
  type Block,
  type ConfidentialityMark,
  type OfficialDocument,
  type RichText,
  type UrgencyMark,
} from './model';

/** Quốc hiệu (ô số 1). */
export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
/** Tiêu ngữ (ô số 1). */
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The mark printed in a box on drafts. */
export const DRAFT_MARK = 'DỰ THẢO';
/** The mark that ends the content of an administrative document. */
export const END_MARK = './.';

/**
 * Every string of a document exactly as it is printed, in layout order: both renderers (PDF, DOCX) draw these
 * and nothing else, so wording and punctuation are decided (and tested) once, here.
 */
export type DocumentParts = {
  draftMark: string | null;
  /** Ô số 2: managing body (upper case, regular) and issuing body (upper case, bold). */
  parentName: string | null;
  issuerName: string;
  /** Ô số 1. */
  nationalName: string;
  motto: string;
  /** Ô số 3 and 4. */
  numberLine: string;
  placeDate: string;
  /** Ô số 5b: "V/v …" of a công văn (no type name), else null. */
  letterSummary: string | null;
  /** Ô 10a / 10b. */
  confidentiality: ConfidentialityMark | null;
  urgency: UrgencyMark | null;
  /** Ô số 5a: type (upper case) and trích yếu, or null for a công văn. */
  title: string | null;
  summary: string | null;
  /** "Kính gửi:" with its lines (one addressee: a single line). */
  addressees: string[] | null;
  /** Decision preamble: thẩm quyền ban hành, bases with punctuation, enacting word. */
  authority: string | null;
  basis: string[];
  enacting: string | null;
  /** Ô số 6, ending with "./.". */
  body: Block[];
  /** Ô 7a/7b (upper case) and the name (7b). */
  signerLines: string[];
  signerName: string;
  /** Ô 9b. */
  recipients: string[];
};

/** Rich text with `suffix` appended (after dropping a final full stop, so "… này." becomes "… này./."). */
function appendEnd(text: RichText, suffix: string): RichText {
  if (typeof text === 'string') return text.replace(/[\s.]+$/u, '') + suffix;
  if (text.length === 0) return [{ text: suffix }];
  const last = text[text.length - 1]!;
  return [...text.slice(0, -1), { ...last, text: last.text.replace(/[\s.]+$/u, '') + suffix }];
}

/** The body with "./." after its last words (ND 30 Phụ lục III, every form). */
export function endBody(blocks: readonly Block[]): Block[] {
  const out = [...blocks];
  for (let i = out.length - 1; i >= 0; i--) {
    const b = out[i]!;
    if (b.kind === 'paragraph') out[i] = { ...b, text: appendEnd(b.text, END_MARK) };
    else if (b.kind === 'article') out[i] = { ...b, text: appendEnd(b.text ?? '', END_MARK) };
    else if (b.kind === 'list' && b.items.length > 0) out[i] = { ...b, items: [...b.items.slice(0, -1), appendEnd(b.items[b.items.length - 1]!, END_MARK)] };
    else if (b.kind === 'table') out.splice(i + 1, 0, { kind: 'paragraph', text: END_MARK, indent: false, align: 'right' });
    else continue;
    return out;
  }
  return out;
}

/** Lays a document out into the strings both renderers print. */
export function documentParts(doc: OfficialDocument): DocumentParts {
  const isLetter = doc.type.trim() === '';
  const summary = doc.summary.trim();
  return {
    draftMark: doc.draft ? DRAFT_MARK : null,
    parentName: doc.issuer.parentName?.trim() ? upper(doc.issuer.parentName.trim()) : null,
    issuerName: upper(doc.issuer.name.trim()),
    nationalName: NATIONAL_NAME,
    motto: MOTTO,
    numberLine: doc.number,
    placeDate: formatPlaceDate(doc.place, doc.date),
    letterSummary: isLetter ? (summary.startsWith('V/v') ? summary : `V/v ${summary}`) : null,
    confidentiality: doc.confidentiality ?? null,
    urgency: doc.urgency ?? null,
    title: isLetter ? null : upper(doc.type.trim()),
    summary: isLetter ? null : summary,
    addressees: doc.addressees && doc.addressees.length > 0 ? addresseeLines(doc.addressees) : null,
    authority: doc.authority?.trim() ? upper(doc.authority.trim()) : null,
    basis: basisLines(doc.basis ?? []),
    enacting: doc.enacting?.trim() ? doc.enacting.trim() : null,
    body: endBody(doc.body),
    signerLines: signerLines(doc.signer),
    signerName: doc.signer.name.trim(),
    recipients: recipientLines(doc.recipients),
  };
}

/** Every printed string of a document in reading order (for tests, search and plain-text export). */
export function documentText(doc: OfficialDocument): string {
  const p = documentParts(doc);
  const rich = (t: RichText) => (typeof t === 'string' ? t : t.map((r) => r.text).join(''));
  const body = p.body.flatMap((b): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [rich(b.text)];
      case 'article':
        return [[`Điều ${b.number}.`, b.title, b.text === undefined ? undefined : rich(b.text)].filter(Boolean).join(' ')];
      case 'heading':
        return [b.text];
      case 'list':
        return b.items.map((item, i) => `${listMarker(b.style, i)} ${rich(item)}`);
      case 'table':
        return [...(b.header ? [b.header.join(' | ')] : []), ...b.rows.map((r) => r.join(' | '))];
    }
  });
  return [
    p.draftMark,
    p.parentName,
    p.issuerName,
    p.numberLine,
    p.letterSummary,
    p.confidentiality,
    p.urgency,
    p.nationalName,
    p.motto,
    p.placeDate,
    p.title,
    p.summary,
    p.addressees ? `Kính gửi: ${p.addressees.join(' ')}` : null,
    p.authority,
    ...p.basis,
    p.enacting,
    ...body,
    'Nơi nhận:',
    ...p.recipients,
    ...p.signerLines,
    p.signerName,
  ]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .join('\n');
}

const ALPHA = 'abcdđeghiklmnopqrstuvxy';

/** The marker of item `i` of a list: "1.", "a)" (Vietnamese alphabet order: a, b, c, d, đ, e…), "-". */
export function listMarker(style: 'decimal' | 'alpha' | 'dash', i: number): string {
  if (style === 'decimal') return `${i + 1}.`;
  if (style === 'alpha') return `${ALPHA[i % ALPHA.length]})`;
  return '-';
}
