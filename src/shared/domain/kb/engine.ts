// BM25F ranking over legal articles, with statistics computed from the corpus itself (nothing downloaded, no model).
// Each article is indexed with three fields: its heading ("title"), the document's title ("doc") and its text
// ("body"); each field contributes its length-normalised term frequency with its own weight (Robertson & Zaragoza,
// "The Probabilistic Relevance Framework: BM25 and Beyond", 2009, §3.5), on toned and folded syllables and bigrams.
import { queryTerms, termsOf, tokenize, type QueryOptions, type QueryTerm } from './analyze';

/** One passage of an article (a clause or a point, or the article's lead-in) with its citation labels. */
export type PassagePart = { clause: string | null; point: string | null; text: string };

/** What the engine indexes: one article. `id` is the caller's key (the unit id in the database). */
export type IndexedArticle = { id: string; title: string; docTitle: string; parts: PassagePart[] };

export type RankOptions = QueryOptions & {
  /** Field weights (title = article heading, doc = document title, body = text). */
  titleWeight?: number;
  docWeight?: number;
  bodyWeight?: number;
  k1?: number;
  b?: number;
  /** Also match folded keys when the question has diacritics, at this weight (0 = off). */
  foldedBackoff?: number;
};

export const DEFAULT_RANK: Required<Omit<RankOptions, 'plain'>> & { plain: boolean } = {
  bigramWeight: 1,
  expansionWeight: 0.5,
  bigrams: true,
  plain: false,
  titleWeight: 3,
  docWeight: 0.3,
  bodyWeight: 1,
  k1: 1.2,
  b: 0.75,
  foldedBackoff: 0.2,
};

const FIELDS = 3; // title, doc, body
type Posting = { docs: number[]; tf: number[] /* FIELDS entries per doc */ };

export type Hit = { index: number; id: string; score: number };

/** An in-memory BM25F index of articles. Build once (from the database at start-up), query many times. */
export class LegalIndex {
  readonly articles: IndexedArticle[];
  private postings = new Map<string, Posting>();
  private lengths: Float64Array; // FIELDS per doc
  private avgLength = new Float64Array(FIELDS);
  private readonly opts: typeof DEFAULT_RANK;

  constructor(articles: IndexedArticle[], opts: RankOptions = {}) {
    this.opts = { ...DEFAULT_RANK, ...opts };
    this.articles = articles;
    this.lengths = new Float64Array(articles.length * FIELDS);
    const bigrams = this.opts.bigrams;
    articles.forEach((a, d) => {
      const fields = [a.title, a.docTitle, a.parts.map((p) => p.text).join('\n')];
      fields.forEach((text, f) => {
        const tokens = tokenize(text);
        this.lengths[d * FIELDS + f] = tokens.length;
        this.avgLength[f]! += tokens.length;
        const counts = new Map<string, number>();
        for (const term of termsOf(tokens, false, bigrams)) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const term of termsOf(tokens, true, bigrams)) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const [term, n] of counts) {
          let p = this.postings.get(term);
          if (!p) this.postings.set(term, (p = { docs: [], tf: [] }));
          if (p.docs[p.docs.length - 1] !== d) {
            p.docs.push(d);
            p.tf.push(0, 0, 0);
          }
          p.tf[(p.docs.length - 1) * FIELDS + f] = n;
        }
      });
    });
    for (let f = 0; f < FIELDS; f++) this.avgLength[f] = articles.length ? this.avgLength[f]! / articles.length || 1 : 1;
  }

  get size(): number {
    return this.articles.length;
  }

  /** Inverse document frequency of a term (BM25's, never negative). */
  idf(term: string): number {
    const df = this.postings.get(term)?.docs.length ?? 0;
    return Math.log(1 + (this.articles.length - df + 0.5) / (df + 0.5));
  }

  /** The weighted terms of a question under this index's options. */
  terms(question: string): { terms: QueryTerm[]; folded: boolean } {
    const q = queryTerms(question, this.opts);
    const terms = [...q.terms];
    if (!q.folded && this.opts.foldedBackoff > 0 && !this.opts.plain) {
      // Folded keys catch a syllable typed with the wrong or a missing tone mark, at a low weight.
      for (const t of q.terms) {
        const foldedTerm = `f:${t.term
          .split('_')
          .map((s) => tokenize(s)[0]?.folded ?? s)
          .join('_')}`;
        terms.push({ term: foldedTerm, weight: t.weight * this.opts.foldedBackoff });
      }
    }
    return { terms, folded: q.folded };
  }

  /** The k best articles for a question, best first. */
  search(question: string, k = 10): Hit[] {
    const { terms } = this.terms(question);
    const n = this.articles.length;
    if (n === 0 || terms.length === 0) return [];
    const scores = new Float64Array(n);
    const touched: number[] = [];
    const { k1, b, titleWeight, docWeight, bodyWeight } = this.opts;
    const fw = [titleWeight, docWeight, bodyWeight];
    for (const { term, weight } of terms) {
      const p = this.postings.get(term);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.docs.length + 0.5) / (p.docs.length + 0.5));
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i]!;
        let tf = 0;
        for (let f = 0; f < FIELDS; f++) {
          const raw = p.tf[i * FIELDS + f]!;
          if (raw === 0) continue;
          tf += (fw[f]! * raw) / (1 - b + (b * this.lengths[d * FIELDS + f]!) / this.avgLength[f]!);
        }
        if (scores[d] === 0) touched.push(d);
        scores[d]! += (weight * idf * tf * (k1 + 1)) / (tf + k1);
      }
    }
    return topK(touched, scores, k).map((d) => ({ index: d, id: this.articles[d]!.id, score: scores[d]! }));
  }
}

/** Indices of the k highest scores among `candidates` (ties keep corpus order). */
function topK(candidates: number[], scores: Float64Array, k: number): number[] {
  if (candidates.length <= k * 4) return candidates.sort((x, y) => scores[y]! - scores[x]! || x - y).slice(0, k);
  // Threshold selection: keep a small heap-free buffer, enough for k ≤ 100.
  const best: number[] = [];
  let floor = -Infinity;
  for (const d of candidates) {
    const s = scores[d]!;
    if (best.length >= k && s <= floor) continue;
    best.push(d);
    if (best.length >= k * 2) {
      best.sort((x, y) => scores[y]! - scores[x]! || x - y);
      best.length = k;
      floor = scores[best[k - 1]!]!;
    }
  }
  return best.sort((x, y) => scores[y]! - scores[x]! || x - y).slice(0, k);
}
