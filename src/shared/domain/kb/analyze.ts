// Text analysis for Vietnamese legal retrieval: syllables with a toned key (NFC, case, tone-mark placement
// normalised: "Hoà" = "Hòa") and a folded key (no diacritics: "hoa"), phrase boundaries at punctuation, syllable
// bigrams as the multi-syllable-word signal (Vietnamese words are mostly 1–2 syllables and no segmenter ships in our
// dependencies; bigrams were measured against unigrams alone, see BENCHMARKS.md), legal abbreviations and synonyms.
import { foldKey, toneKey } from '../text/vi';

/** One syllable (or number) of a text with its keys, offsets and phrase number (punctuation starts a new phrase). */
export type Token = { toned: string; folded: string; start: number; end: number; phrase: number };

const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
/** Characters between two syllables that keep them in one phrase (spaces, hyphens, slashes of numbers). */
const JOINER_RE = /^[\s\-/]*$/u;

const keyCache = new Map<string, [string, string]>();
function keys(word: string): [string, string] {
  let k = keyCache.get(word);
  if (!k) {
    k = [toneKey(word), foldKey(word)];
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(word, k);
  }
  return k;
}

/** Splits NFC text into syllable tokens (offsets are into the NFC string). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let phrase = 0;
  let last = 0;
  for (const m of text.matchAll(WORD_RE)) {
    const start = m.index!;
    if (out.length > 0 && !JOINER_RE.test(text.slice(last, start))) phrase++;
    const [toned, folded] = keys(m[0].toLowerCase());
    out.push({ toned, folded, start, end: start + m[0].length, phrase });
    last = start + m[0].length;
  }
  return out;
}

/** True when the text carries Vietnamese diacritics (then the query is matched on toned keys). */
export function hasDiacritics(text: string): boolean {
  return foldKey(text) !== text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim().replace(/\s*[-\u2010-\u2015\u2212]\s*/gu, '-');
}

/**
 * Legal abbreviations officers type (expanded in queries). None of them is a Vietnamese syllable, so they are
 * recognised case-insensitively; ambiguous ones ("TT": thanh tra / thông tư) are left out.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  kn: 'khiếu nại',
  tc: 'tố cáo',
  kntc: 'khiếu nại tố cáo',
  gqkn: 'giải quyết khiếu nại',
  gqtc: 'giải quyết tố cáo',
  tcd: 'tiếp công dân',
  pctn: 'phòng chống tham nhũng',
  xlvphc: 'xử lý vi phạm hành chính',
  vphc: 'vi phạm hành chính',
  xpvphc: 'xử phạt vi phạm hành chính',
  ubnd: 'ủy ban nhân dân',
  hđnd: 'hội đồng nhân dân',
  hdnd: 'hội đồng nhân dân',
  ttcp: 'thanh tra chính phủ',
  cbcc: 'cán bộ công chức',
  cbccvc: 'cán bộ công chức viên chức',
  qđ: 'quyết định',
  nđ: 'nghị định',
  nđcp: 'nghị định chính phủ',
  qppl: 'quy phạm pháp luật',
  vbqppl: 'văn bản quy phạm pháp luật',
  mttq: 'mặt trận tổ quốc',
  blds: 'bộ luật dân sự',
  blhs: 'bộ luật hình sự',
  tths: 'tố tụng hình sự',
  tthc: 'tố tụng hành chính',
  đkt: 'đoàn kiểm tra',
  đtt: 'đoàn thanh tra',
};

/**
 * Phrases the law words differently from the people who ask: each group's members are searched for one another
 * (at a lower weight than the words typed). "Thủ trưởng" and "người đứng đầu" name the same head of an agency
 * (Luật Thanh tra 2025 uses "Thủ trưởng cơ quan thanh tra", Luật Tố cáo 2018 "người đứng đầu cơ quan, tổ chức").
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['thủ trưởng', 'người đứng đầu'],
  ['cấp phó', 'phó thủ trưởng'],
  ['khiếu kiện', 'khiếu nại'],
  ['đơn thư', 'đơn'],
  ['tài sản thu nhập', 'tài sản, thu nhập'],
  ['mức phạt', 'phạt tiền'],
];

/** How people ask → how the law says it (one way: "thời hạn" in a question does not add "bao lâu"). */
export const QUESTION_PHRASES: readonly (readonly [string, string])[] = [
  ['bao lâu', 'thời hạn'],
  ['mấy ngày', 'thời hạn'],
  ['bao nhiêu ngày', 'thời hạn'],
  ['phạt bao nhiêu', 'phạt tiền'],
  ['ai có thẩm quyền', 'thẩm quyền'],
  ['cơ quan nào', 'thẩm quyền'],
  ['người tố giác', 'người tố cáo'],
];

/** Interrogative words that carry no legal content; dropped from queries (not from documents). */
const QUESTION_WORDS = new Set(['gì', 'nào', 'ai', 'sao', 'đâu', 'hả', 'nhỉ', 'vậy', 'chăng'].map((w) => toneKey(w)));
const QUESTION_TAILS = [/\s+(?:hay|có phải|phải|đúng|được)\s+không\s*\??\s*$/u, /\s+không\s*\??\s*$/u, /\s+(?:như\s+)?thế\s+nào\s*\??\s*$/u];

/** A weighted query term: a toned or folded unigram/bigram key, with its folded form (same as `term` when folded). */
export type QueryTerm = { term: string; folded: string; weight: number };

export type QueryOptions = {
  /** Weight of syllable bigrams relative to unigrams. */
  bigramWeight?: number;
  /** Weight of synonym and abbreviation expansions. */
  expansionWeight?: number;
  /** Disable abbreviation/synonym expansion and question-word removal (the plain baseline). */
  plain?: boolean;
  /** Index bigrams at all (the plain baseline uses unigrams only). */
  bigrams?: boolean;
};

/** Term keys of a token list: toned ("t" namespace) or folded ("f"). Bigrams do not cross punctuation. */
export function termsOf(tokens: Token[], folded: boolean, bigrams: boolean): string[] {
  const out: string[] = [];
  const ns = folded ? 'f:' : '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const k = folded ? t.folded : t.toned;
    out.push(ns + k);
    if (bigrams && i + 1 < tokens.length && tokens[i + 1]!.phrase === t.phrase) out.push(`${ns}${k}_${folded ? tokens[i + 1]!.folded : tokens[i + 1]!.toned}`);
  }
  return out;
}

function expandAbbreviations(text: string): { text: string; expansions: string[] } {
  const expansions: string[] = [];
  const replaced = text.replace(WORD_RE, (w) => {
    const exp = ABBREVIATIONS[w.toLowerCase()];
    if (!exp) return w;
    expansions.push(exp);
    return exp;
  });
  return { text: replaced, expansions };
}

/**
 * Turns a question into weighted terms: abbreviations expanded, question words dropped, unigrams and bigrams on the
 * toned keys when the question has diacritics (folded keys otherwise, so "khieu nai" finds "khiếu nại"), and the
 * synonyms of phrases it contains at `expansionWeight`.
 */
export function queryTerms(question: string, opts: QueryOptions = {}): { terms: QueryTerm[]; folded: boolean; tokens: Token[] } {
  const bigramWeight = opts.bigramWeight ?? 1;
  const expansionWeight = opts.expansionWeight ?? 0.5;
  const useBigrams = opts.bigrams ?? true;
  let text = question.normalize('NFC');
  const folded = !hasDiacritics(text);
  if (!opts.plain) {
    for (const re of QUESTION_TAILS) text = text.replace(re, '');
    text = expandAbbreviations(text).text;
  }
  let tokens = tokenize(text);
  if (!opts.plain) tokens = tokens.filter((t) => !QUESTION_WORDS.has(t.toned) || tokens.length === 1);
  const weights = new Map<string, QueryTerm>();
  const add = (term: string, foldedTerm: string, w: number) => {
    const had = weights.get(term);
    if (!had || had.weight < w) weights.set(term, { term, folded: foldedTerm, weight: w });
  };
  const addTokens = (toks: Token[], w: number) => {
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      add(folded ? `f:${t.folded}` : t.toned, `f:${t.folded}`, w);
      const next = toks[i + 1];
      if (useBigrams && next && next.phrase === t.phrase) add(folded ? `f:${t.folded}_${next.folded}` : `${t.toned}_${next.toned}`, `f:${t.folded}_${next.folded}`, w * bigramWeight);
    }
  };
  addTokens(tokens, 1);
  if (!opts.plain) {
    const probe = ` ${tokens.map((t) => (folded ? t.folded : t.toned)).join(' ')} `;
    const has = (toks: Token[]) => probe.includes(` ${toks.map((t) => (folded ? t.folded : t.toned)).join(' ')} `);
    for (const group of SYNONYM_GROUPS) {
      const keyed = group.map((p) => tokenize(p));
      if (keyed.some(has)) for (const toks of keyed) addTokens(toks, expansionWeight);
    }
    for (const [asked, said] of QUESTION_PHRASES) if (has(tokenize(asked))) addTokens(tokenize(said), expansionWeight);
  }
  return { terms: [...weights.values()], folded, tokens };
}

/** Query terms with their weight × idf, as the index computed them. */
export type ScoredTerms = Map<string, number>;

/** How well a piece of text matches: the sum of idf × weight of the distinct query terms it contains. */
export function matchScore(text: string, terms: ScoredTerms): number {
  const tokens = tokenize(text);
  const seen = new Set<string>();
  let s = 0;
  const check = (term: string) => {
    const w = terms.get(term);
    if (w === undefined || seen.has(term)) return;
    seen.add(term);
    s += w;
  };
  // Only the query's terms are looked up: no term set is built for the passage.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    check(t.toned);
    check(`f:${t.folded}`);
    const next = tokens[i + 1];
    if (next && next.phrase === t.phrase) {
      check(`${t.toned}_${next.toned}`);
      check(`f:${t.folded}_${next.folded}`);
    }
  }
  return s;
}

