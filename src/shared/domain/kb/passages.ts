// From ranked articles to what an officer reads: the clause or point that matches best, a snippet with the matched
// syllables highlighted, and an extractive answer whose every sentence cites its article, clause and point.
import { matchScore, tokenize, type ScoredTerms } from './analyze';

export { matchScore, type ScoredTerms };
import type { PassagePart } from './engine';

/** Offsets [start, end) of highlighted syllables in a text. */
export type Highlight = [number, number];

/** The part (lead-in, clause or point) of an article that matches best; the first part on a tie. */
export function bestPart(parts: PassagePart[], terms: ScoredTerms): { part: PassagePart; index: number; score: number } | null {
  let best: { part: PassagePart; index: number; score: number } | null = null;
  parts.forEach((part, index) => {
    const score = matchScore(part.text, terms);
    if (!best || score > best.score) best = { part, index, score };
  });
  return best;
}

/** Syllables of `text` whose toned or folded unigram is a query term. */
export function highlightsIn(text: string, terms: ScoredTerms): Highlight[] {
  const out: Highlight[] = [];
  for (const t of tokenize(text)) {
    if (!terms.has(t.toned) && !terms.has(`f:${t.folded}`)) continue;
    const last = out[out.length - 1];
    // Adjacent highlighted syllables (one space apart) merge into one range.
    if (last && /^\s*$/u.test(text.slice(last[1], t.start))) last[1] = t.end;
    else out.push([t.start, t.end]);
  }
  return out;
}

/** A window of at most `max` characters around the first highlight, with the highlights shifted into it. */
export function snippetOf(text: string, terms: ScoredTerms, max = 280): { snippet: string; highlights: Highlight[] } {
  const all = highlightsIn(text, terms);
  if (text.length <= max) return { snippet: text, highlights: all };
  const first = all[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  // Start at a word boundary.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + max);
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  return {
    snippet: prefix + text.slice(start, end) + suffix,
    highlights: all.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift] as Highlight),
  };
}

/** Splits a passage into sentences (at ". ", "; " and ": " followed by a capital, and at line breaks). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n|(?<=[.;:])\s+(?=[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A sentence chosen for the answer, with the article it comes from (by rank) and its clause and point. */
export type AnswerSentence = { text: string; articleRank: number; clause: string | null; point: string | null; score: number };

/**
 * Extractive answer: the sentences of the best articles that cover the question best, at most `maxSentences`, at
 * most two per article, each kept with its citation; returned in article-rank then text order.
 */
export function extractAnswer(articles: PassagePart[][], terms: ScoredTerms, maxSentences = 4): AnswerSentence[] {
  const candidates: (AnswerSentence & { order: number })[] = [];
  let order = 0;
  articles.forEach((parts, articleRank) => {
    for (const part of parts) {
      for (const text of sentencesOf(part.text)) {
        const tokens = tokenize(text).length;
        if (tokens < 4) continue;
        // Coverage with a mild length penalty, so a long enumeration does not win by size alone.
        const score = matchScore(text, terms) / Math.pow(tokens, 0.15) / (1 + articleRank * 0.25);
        candidates.push({ text, articleRank, clause: part.clause, point: part.point, score, order: order++ });
      }
    }
  });
  if (candidates.length === 0) return [];
  const top = Math.max(...candidates.map((c) => c.score));
  const perArticle = new Map<number, number>();
  const chosen = candidates
    .filter((c) => c.score >= top * 0.5)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .filter((c) => {
      const n = perArticle.get(c.articleRank) ?? 0;
      if (n >= 2) return false;
      perArticle.set(c.articleRank, n + 1);
      return true;
    })
    .slice(0, maxSentences);
  return chosen.sort((a, b) => a.articleRank - b.articleRank || a.order - b.order).map(({ order: _o, ...s }) => s);
}

/** "điểm a khoản 2 Điều 15" — the citation label of an article part. */
export function citationLabel(article: string, clause: string | null, point: string | null): string {
  return [point ? `điểm ${point}` : null, clause ? `khoản ${clause}` : null, `Điều ${article}`].filter(Boolean).join(' ');
}
