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
  /** Re-ranking of the first `rerankDepth` hits by their best sentence's coverage of the question (0 = off). */
  rerankDepth?: number;
  /** Weight of that coverage, as a share of the top BM25F score. */
  rerankWeight?: number;
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
  rerankDepth: 20,
  rerankWeight: 0.33,
};

const FIELDS = 3; // title, doc, body
type Posting = { id: number; docs: number[]; tf: number[] /* FIELDS entries per doc */ };
/** Term ids of an article's body, 4 per token (toned, folded, toned bigram, folded bigram; -1 = none), and sentence starts. */
type BodySlots = { slots: Int32Array; sentenceStarts: Int32Array; partStarts: Int32Array };
const SENTENCE_GAP_RE = /[.;:\n]/u;

export type Hit = { index: number; id: string; score: number };

/** An in-memory BM25F index of articles. Build once (from the database at start-up), query many times. */
export class LegalIndex {
  readonly articles: IndexedArticle[];
  private postings = new Map<string, Posting>();
  private lengths: Float64Array; // FIELDS per doc
  private avgLength = new Float64Array(FIELDS);
  private readonly opts: typeof DEFAULT_RANK;
  private bodies: BodySlots[] = [];

  constructor(articles: IndexedArticle[], opts: RankOptions = {}) {
    this.opts = { ...DEFAULT_RANK, ...opts };
    this.articles = articles;
    this.lengths = new Float64Array(articles.length * FIELDS);
    const bigrams = this.opts.bigrams;
    const keepSlots = !this.opts.plain && this.opts.rerankDepth > 0 && this.opts.rerankWeight > 0;
    articles.forEach((a, d) => {
      const fields = [a.title, a.docTitle, a.parts.map((p) => p.text).join('\n')];
      fields.forEach((text, f) => {
        const tokens = tokenize(text);
        if (f === 2 && keepSlots) this.bodies[d] = this.slotsOf(text, tokens, a.parts);
        this.lengths[d * FIELDS + f] = tokens.length;
        this.avgLength[f]! += tokens.length;
        const counts = new Map<string, number>();
        for (const term of termsOf(tokens, false, bigrams)) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const term of termsOf(tokens, true, bigrams)) counts.set(term, (counts.get(term) ?? 0) + 1);
        for (const [term, n] of counts) {
          let p = this.postings.get(term);
          if (!p) this.postings.set(term, (p = { id: this.postings.size, docs: [], tf: [] }));
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

  /** The body's term ids per token (registering new terms), for re-ranking without re-tokenising at query time. */
  private slotsOf(text: string, tokens: ReturnType<typeof tokenize>, parts: PassagePart[]): BodySlots {
    // The body is the parts joined by "\n": the first token at or after each part's offset starts that part.
    const partOffsets: number[] = [];
    let offset = 0;
    for (const p of parts) {
      partOffsets.push(offset);
      offset += p.text.length + 1;
    }
    const partStarts = new Int32Array(parts.length);
    let k = 0;
    for (let i = 0; i <= tokens.length && k < parts.length; ) {
      if (i === tokens.length || tokens[i]!.start >= partOffsets[k]!) partStarts[k++] = i;
      else i++;
    }
    const id = (term: string) => {
      let p = this.postings.get(term);
      if (!p) this.postings.set(term, (p = { id: this.postings.size, docs: [], tf: [] }));
      return p.id;
    };
    const slots = new Int32Array(tokens.length * 4).fill(-1);
    const starts: number[] = [];
    let prevEnd = -1;
    tokens.forEach((t, i) => {
      if (i === 0 || SENTENCE_GAP_RE.test(text.slice(prevEnd, t.start))) starts.push(i);
      prevEnd = t.end;
      slots[i * 4] = id(t.toned);
      slots[i * 4 + 1] = id(`f:${t.folded}`);
      const next = tokens[i + 1];
      if (next && next.phrase === t.phrase && this.opts.bigrams) {
        slots[i * 4 + 2] = id(`${t.toned}_${next.toned}`);
        slots[i * 4 + 3] = id(`f:${t.folded}_${next.folded}`);
      }
    });
    return { slots, sentenceStarts: Int32Array.from(starts), partStarts };
  }

  /** Distinct idf-weighted coverage of the query by each span of tokens [starts[i], starts[i+1]). */
  private spanScores(body: BodySlots, starts: Int32Array, weightOf: Map<number, number>, weights: Float64Array): Float64Array {
    const { slots } = body;
    const seen = new Int32Array(weights.length).fill(-1);
    const out = new Float64Array(starts.length);
    const tokens = slots.length / 4;
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s]!;
      const to = s + 1 < starts.length ? starts[s + 1]! : tokens;
      let sum = 0;
      for (let i = from * 4; i < to * 4; i++) {
        const id = slots[i]!;
        if (id < 0) continue;
        const q = weightOf.get(id);
        if (q === undefined || seen[q] === s) continue;
        seen[q] = s;
        sum += weights[q]!;
      }
      out[s] = sum;
    }
    return out;
  }

  /** Query terms as term ids with their weight × idf, for the span scores. */
  private weigh(terms: QueryTerm[]) {
    const weightOf = new Map<number, number>();
    const weights: number[] = [];
    let total = 0;
    for (const t of terms) {
      const w = t.weight * this.idf(t.term);
      total += w;
      const p = this.postings.get(t.term);
      if (!p || weightOf.has(p.id)) continue;
      weightOf.set(p.id, weights.length);
      weights.push(w);
    }
    return { weightOf, weights: Float64Array.from(weights), total };
  }

  /**
   * For each hit, the index of the article part (lead-in, clause or point) that covers the question best and its
   * score (first part on a tie; -1 when the index keeps no term ids, i.e. the plain baseline).
   */
  bestParts(question: string, hits: Hit[]): { part: number; score: number }[] {
    const { weightOf, weights } = this.weigh(this.terms(question).terms);
    return hits.map((h) => {
      const body = this.bodies[h.index];
      if (!body) return { part: -1, score: 0 };
      const scores = this.spanScores(body, body.partStarts, weightOf, weights);
      let part = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[part]!) part = i;
      return { part: scores.length ? part : -1, score: scores[part] ?? 0 };
    });
  }

  /** The largest idf-weighted coverage of the query by one sentence of an article's body. */
  private bestSentence(d: number, weightOf: Map<number, number>, weights: Float64Array): number {
    const body = this.bodies[d];
    if (!body) return 0;
    let best = 0;
    for (const s of this.spanScores(body, body.sentenceStarts, weightOf, weights)) if (s > best) best = s;
    return best;
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
      for (const t of q.terms) terms.push({ term: t.folded, folded: t.folded, weight: t.weight * this.opts.foldedBackoff });
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
    const { rerankDepth, rerankWeight } = this.opts;
    if (this.opts.plain || rerankDepth <= 0 || rerankWeight <= 0) return topK(touched, scores, k).map((d) => ({ index: d, id: this.articles[d]!.id, score: scores[d]! }));
    // Re-ranking: an article whose one sentence covers most of the question (weighted by idf) is usually the one
    // that answers it; BM25F alone rewards terms spread over a long article. Measured on ALQAC (BENCHMARKS.md).
    const first = topK(touched, scores, Math.max(k, rerankDepth));
    const { weightOf, weights: w64, total } = this.weigh(terms);
    const top = scores[first[0]!] ?? 0;
    const reranked = first.map((d, rank) => {
      if (rank >= rerankDepth) return { d, s: scores[d]! };
      const best = this.bestSentence(d, weightOf, w64);
      return { d, s: scores[d]! + (rerankWeight * top * best) / (total || 1) };
    });
    return reranked
      .sort((x, y) => y.s - x.s || x.d - y.d)
      .slice(0, k)
      .map(({ d, s }) => ({ index: d, id: this.articles[d]!.id, score: s }));
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
