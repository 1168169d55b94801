// Parser of the Markdown export of the Bộ Pháp điển (the Ministry of Justice's official codification, Pháp lệnh
// 03/2012/UBTVQH13 on codification). One file is a đề mục: articles of several documents (a law, its decrees, circulars)
// under Pháp điển ids ("Điều 18.5.NĐ.2.1. Phạm vi điều chỉnh"), each followed by the provenance line that names the
// original article and document "(Điều 1 Nghị định số 22/2019/NĐ-CP Quy định về … ngày 25/02/2019 của Chính phủ, có
// hiệu lực thi hành kể từ ngày 15/04/2019)". We rebuild each original document from its articles.
import { attachRefs, composeTitle, docTypeOfNumber, isoDate, makeUnit, textLines, UnitTreeBuilder, type DocType, type LawUnit, type ParsedLaw } from './structure';

const PD_ARTICLE_RE = /^Điều\s+(\d+\.\d+\.[\p{Lu}]+\.(?:\d+\.)?\d+[a-zđ]?)\.\s*(.*)$/u;
const PROVENANCE_RE = /^\((?:Điều|Điểm [a-zđ]\d? khoản \d+ Điều|Khoản \d+ Điều)\s+(\d+[a-zđ]?)\s+(Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định)\s+số\s+(\d+\/\d{4}\/[\p{Lu}\d-]+g?)(.*)\)$/u;
/** Editorial notes of the Pháp điển, not part of the article text. */
const NOTE_RE = /^\((?:Điều|Chương|Mục|Khoản|Điểm|Phần) này (?:có nội dung liên quan|được|đã được|bị)/u;
const CHAPTER_LINE_RE = /^(?:Chương|Mục|Phần)\s+[\dIVXLC]+/u;

const TYPE_OF_WORD: Record<string, DocType> = {
  'Bộ luật': 'code',
  Luật: 'law',
  'Pháp lệnh': 'other',
  'Nghị quyết': 'resolution',
  'Nghị quyết liên tịch': 'resolution',
  'Nghị định': 'decree',
  'Thông tư': 'circular',
  'Thông tư liên tịch': 'circular',
  'Quyết định': 'decision',
};

/** Reads the provenance line's tail: " Quy định về … ngày 25/02/2019 của Chính phủ, có hiệu lực thi hành kể từ ngày 15/04/2019". */
function provenanceDetails(tail: string) {
  const issued = [...tail.matchAll(/ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})\s+của/gu)].pop();
  const effective = tail.match(/có hiệu lực(?: thi hành)?(?: kể)? từ ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/u);
  // The last "ngày … của <issuer>" before the entry into force: the title may itself cite another act's date.
  const issuer = [...tail.matchAll(/ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s+của\s+([^,)]+)/gu)].pop();
  // The title is the text between the number and " ngày dd/mm/yyyy"; only the first citation of a document has it.
  const titleMatch = tail.match(/^\s+(.+)\s+ngày\s+\d{1,2}\/\d{1,2}\/\d{4}\s+của/u);
  return {
    title: titleMatch && !/^,/u.test(titleMatch[1]!) ? titleMatch[1]!.trim() : null,
    issuedOn: issued ? isoDate(issued[1]!, issued[2]!, issued[3]!) : null,
    effectiveOn: effective ? isoDate(effective[1]!, effective[2]!, effective[3]!) : null,
    issuer: issuer ? issuer[1]!.trim() : null,
  };
}

/** A document rebuilt from a Pháp điển file, with the file's topic (đề mục) title. */
export type PhapDienDocument = ParsedLaw & { number: string; docType: DocType; topic: string | null };

/**
 * Parses one Pháp điển Markdown file into the original documents its articles come from, in order of first
 * appearance; each document's articles are sorted by their original number. Articles that appear twice (in two
 * đề mục) keep their first text.
 */
export function parsePhapDien(markdown: string, into = new Map<string, PhapDienDocument>()): Map<string, PhapDienDocument> {
  let body = markdown.normalize('NFC');
  body = body.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const cut = body.indexOf('\n## Danh sách điều khoản');
  if (cut >= 0) body = body.slice(0, cut);
  const start = body.indexOf('\n## VĂN BẢN');
  if (start >= 0) body = body.slice(start + '\n## VĂN BẢN'.length);
  const topic = body.match(/^\s*# (.+)$/mu)?.[1]?.trim() ?? null;
  const lines = textLines(body);

  let doc: PhapDienDocument | null = null;
  let builder: UnitTreeBuilder | null = null;
  let pending: { pdId: string; heading: string } | null = null;
  const finish = () => {
    if (!doc || !builder) return;
    const article = builder.roots[0];
    if (article && !doc.units.some((u) => u.number === article.number)) doc.units.push(article);
    builder = null;
  };
  for (const line of lines) {
    if (line.startsWith('#')) continue;
    const pd = line.match(PD_ARTICLE_RE);
    if (pd) {
      finish();
      doc = null;
      pending = { pdId: pd[1]!, heading: pd[2]!.trim() };
      continue;
    }
    if (pending) {
      const prov = line.match(PROVENANCE_RE);
      const heading = pending;
      pending = null;
      if (!prov) continue; // an article without a readable provenance cannot be placed in a document
      const [, articleNo, typeWord, number, tail] = prov;
      const details = provenanceDetails(tail!);
      doc = into.get(number!) ?? null;
      if (!doc) {
        const docType = TYPE_OF_WORD[typeWord!] ?? docTypeOfNumber(number!);
        doc = { number: number!, title: null, docType, issuer: null, issuedOn: null, effectiveOn: null, units: [], topic };
        into.set(number!, doc);
      }
      if (!doc.title && details.title) doc.title = composeTitle(doc.docType, details.title);
      doc.issuedOn ??= details.issuedOn;
      doc.effectiveOn ??= details.effectiveOn;
      doc.issuer ??= details.issuer;
      builder = new UnitTreeBuilder();
      const unit: LawUnit = makeUnit('article', articleNo!, heading.heading || null);
      unit.sourceRef = heading.pdId;
      builder.open(unit);
      continue;
    }
    if (!builder) continue; // chapter headings of the đề mục and notes between articles
    if (NOTE_RE.test(line) || CHAPTER_LINE_RE.test(line)) {
      if (CHAPTER_LINE_RE.test(line)) finish();
      continue;
    }
    builder.line(line);
  }
  finish();
  for (const d of into.values()) {
    d.units.sort((a, b) => compareArticleNumbers(a.number, b.number));
    attachRefs(d.units);
  }
  return into;
}

/** Orders article numbers "2" < "10" < "10a". */
export function compareArticleNumbers(a: string, b: string): number {
  const na = parseInt(a, 10);
  const nb = parseInt(b, 10);
  return na !== nb ? na - nb : a.localeCompare(b);
}
