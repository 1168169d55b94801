// Cross-references inside legal text: "khoản 2 Điều 15 của Luật này", "điểm a khoản 1 Điều 5 Nghị định số
// 31/2019/NĐ-CP", "Điều 12 của Luật Khiếu nại". Drafting rules (ND 34/2016 Art 74, kept by ND 78/2025) make a
// document cite its own articles as "Điều … của Luật này" and another document by its type, number and name.

/** What a reference points to: this same document, another one by number, or another one by name. */
export type RefTarget = { kind: 'self' } | { kind: 'number'; number: string } | { kind: 'name'; name: string };

export type CrossRef = {
  /** Offsets of the reference in the unit's text ([start, end)). */
  start: number;
  end: number;
  article: string;
  clause: string | null;
  point: string | null;
  target: RefTarget;
};

const TYPE = '(?:Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Hiến pháp)';
// "[điểm a] [khoản 2] Điều 15"
const REF_RE = /(?:(?:điểm|Điểm)\s+([a-zđ]\d?)\s+)?(?:(?:khoản|Khoản)\s+(\d+[a-zđ]?)\s+(?:của\s+)?)?Điều\s+(\d+[a-zđ]?)\b/gu;
const SELF_RE = new RegExp(`^\\s*(?:của\\s+|tại\\s+)?${TYPE}\\s+này`, 'u');
const NUMBER_RE = new RegExp(`^\\s*(?:của\\s+)?${TYPE}(?:\\s+số)?\\s+(\\d+\\/\\d{4}\\/[\\p{Lu}\\d-]+g?)`, 'u');
// A name: the type word then up to twelve words that start the title ("Luật Khiếu nại", "Luật Phòng, chống tham nhũng").
const NAME_RE = new RegExp(`^\\s*(?:của\\s+)?(${TYPE}(?:\\s+[\\p{L}\\d,]+){1,12})`, 'u');
// A following member of a list of references: ", khoản 3 Điều 16", " và Điều 17", " hoặc Điều 18".
const LIST_MEMBER_RE = /^\s*(?:,|;|và|hoặc)\s*(?:(?:điểm)\s+[a-zđ]\d?\s+)?(?:(?:khoản)\s+\d+[a-zđ]?\s+)?Điều\s+\d+[a-zđ]?\b/u;

function targetAfter(rest: string): RefTarget | null {
  if (SELF_RE.test(rest)) return { kind: 'self' };
  const num = rest.match(NUMBER_RE);
  if (num) return { kind: 'number', number: num[1]! };
  const name = rest.match(NAME_RE);
  if (name && !/^\s*(?:của\s+)?\S+\s+(?:này|đó|khác|có liên quan)\b/u.test(rest)) return { kind: 'name', name: name[1]!.replace(/[,\s]+$/u, '') };
  return null;
}

/**
 * Finds article references in a text. A reference without its own target takes the target of the list it belongs to
 * ("Điều 8, Điều 9 của Luật Tố cáo"); a bare "Điều 15" refers to the same document.
 */
export function findCrossRefs(text: string): CrossRef[] {
  const refs: CrossRef[] = [];
  for (const m of text.matchAll(REF_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    // The target follows the last member of the list this reference starts or belongs to.
    let rest = text.slice(end);
    let target = targetAfter(rest);
    while (!target) {
      const member = rest.match(LIST_MEMBER_RE);
      if (!member) break;
      rest = rest.slice(member[0].length);
      target = targetAfter(rest);
    }
    refs.push({ start, end, article: m[3]!, clause: m[2] ?? null, point: m[1] ?? null, target: target ?? { kind: 'self' } });
  }
  return refs;
}
