// The articles a stored legal basis names, to look them up in the library: the deadlines of petitions and inspections
// keep their basis as text ("Luật Khiếu nại 2011 (02/2011/QH13), Điều 27; Điều 36 khoản 1", "Luật Thanh tra
// 84/2025/QH15, khoản 1 Điều 20; khoản 10 Điều 2"). A number applies to the articles after it until the next number.

export type BasisArticle = { lawNumber: string; article: string; clause: string | null };

const NUMBER_RE = /\d+\/\d{4}\/[\p{Lu}\d-]*\p{Lu}[\p{Lu}\d-]*/gu;
const ARTICLE_RE = /(?:khoản\s+(\d+[a-zđ]?)\s+)?Điều\s+(\d+[a-zđ]?)(?:\s+khoản\s+(\d+[a-zđ]?))?/gu;

/** The articles named by a basis, in order, without repeats. */
export function basisArticles(basis: string): BasisArticle[] {
  // A number in parentheses names the document only when none was named before it outside them ("Luật Khiếu nại 2011
  // (02/2011/QH13)"), not when it describes the one just named ("Nghị định 155/2026/NĐ-CP (sửa đổi Nghị định …)").
  const depthAt = (at: number) => [...basis.slice(0, at)].reduce((d, ch) => d + (ch === '(' ? 1 : ch === ')' ? -1 : 0), 0);
  const marks: { at: number; number: string; inner: boolean }[] = [...basis.matchAll(NUMBER_RE)].map((m) => ({ at: m.index, number: m[0], inner: depthAt(m.index) > 0 }));
  const out: BasisArticle[] = [];
  const seen = new Set<string>();
  for (const m of basis.matchAll(ARTICLE_RE)) {
    const before = marks.filter((x) => x.at < m.index);
    const law = before.filter((x) => !x.inner).pop() ?? before.pop();
    if (!law) continue;
    const item = { lawNumber: law.number, article: m[2]!, clause: m[1] ?? m[3] ?? null };
    const key = `${item.lawNumber}|${item.article}|${item.clause}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}
