// Evaluation on ALQAC-shaped data (the Automated Legal Question Answering Competition's public sets): a corpus
// `[{ id: law_id, articles: [{ id, text }] }]` (the first line of an article's text is its heading) and questions
// with gold `{ law_id, article_id }`. Used by bench/kb.ts; the same pipeline as the product (LegalIndex).
import fs from 'node:fs';
import path from 'node:path';
import { LegalIndex, type IndexedArticle, type RankOptions } from '../../shared/domain/kb/engine';

export type AlqacCorpus = { id: string; articles: { id: string; text: string }[] }[];
export type LabelledQuestion = { id: string; text: string; gold: { lawId: string; articleId: string }[] };

/** The articles of an ALQAC corpus as the engine indexes them: heading = first line, document title = law id. */
export function alqacArticles(corpus: AlqacCorpus, plain = false): IndexedArticle[] {
  return corpus.flatMap((law) =>
    law.articles.map((a) => {
      const text = a.text.normalize('NFC');
      const nl = text.indexOf('\n');
      const title = nl > 0 ? text.slice(0, nl).trim() : '';
      const body = nl > 0 ? text.slice(nl + 1) : text;
      // The plain baseline indexes the whole text as one field.
      return plain
        ? { id: `${law.id}\u0000${a.id}`, title: '', docTitle: '', parts: [{ clause: null, point: null, text }] }
        : { id: `${law.id}\u0000${a.id}`, title, docTitle: law.id, parts: [{ clause: null, point: null, text: body }] };
    }),
  );
}

/** Options of the plain BM25 baseline: one field, syllable unigrams, no expansion. */
export const PLAIN_BM25: RankOptions = { plain: true, bigrams: false, foldedBackoff: 0, titleWeight: 0, docWeight: 0, bodyWeight: 1 };

export type Metrics = { questions: number; recall1: number; recall5: number; recall10: number; mrr10: number; f2: number };

/**
 * recall@k (share of gold articles in the top k, averaged over questions), MRR@10 (first gold article) and ALQAC's
 * F2 (F-beta with beta = 2 per question, averaged) when the top-1 article is the answer set.
 */
export function evaluate(index: LegalIndex, questions: LabelledQuestion[]): Metrics {
  let r1 = 0;
  let r5 = 0;
  let r10 = 0;
  let mrr = 0;
  let f2 = 0;
  for (const q of questions) {
    const gold = new Set(q.gold.map((g) => `${g.lawId}\u0000${g.articleId}`));
    const hits = index.search(q.text, 10).map((h) => h.id);
    const found = (k: number) => hits.slice(0, k).filter((h) => gold.has(h)).length / gold.size;
    r1 += found(1);
    r5 += found(5);
    r10 += found(10);
    const rank = hits.findIndex((h) => gold.has(h));
    if (rank >= 0) mrr += 1 / (rank + 1);
    const answer = hits.slice(0, 1);
    const correct = answer.filter((h) => gold.has(h)).length;
    const p = answer.length ? correct / answer.length : 0;
    const r = correct / gold.size;
    f2 += p + r > 0 ? (5 * p * r) / (4 * p + r) : 0;
  }
  const n = questions.length || 1;
  const round = (x: number) => +(x / n).toFixed(4);
  return { questions: questions.length, recall1: round(r1), recall5: round(r5), recall10: round(r10), mrr10: round(mrr), f2: round(f2) };
}

/** The labelled sets in ../shared/data/alqac2023 (2023 final train, 2022 questions); null when absent. */
export function readAlqacSets(dir: string): { name: string; corpus: AlqacCorpus; questions: LabelledQuestion[] }[] | null {
  const f2023 = path.join(dir, 'final-2023-10');
  const f2022 = path.join(dir, 'alqac2022');
  if (!fs.existsSync(path.join(f2023, 'train.json')) || !fs.existsSync(path.join(f2022, 'question.json'))) return null;
  const read = <T>(p: string) => JSON.parse(fs.readFileSync(p, 'utf8')) as T;
  type Q2023 = { example_id: string; statement: string; legal_passages: { law_id: string; article_id: string }[] };
  type Q2022 = { id: string; text: string; relevant_articles: { law_id: string; article_id: string }[] };
  return [
    {
      name: 'ALQAC 2023 train',
      corpus: read<AlqacCorpus>(path.join(f2023, 'legal_passages.json')),
      questions: read<Q2023[]>(path.join(f2023, 'train.json')).map((q) => ({ id: q.example_id, text: q.statement, gold: q.legal_passages.map((g) => ({ lawId: g.law_id, articleId: g.article_id })) })),
    },
    {
      name: 'ALQAC 2022',
      corpus: read<AlqacCorpus>(path.join(f2022, 'law.json')),
      questions: read<Q2022[]>(path.join(f2022, 'question.json')).map((q) => ({ id: q.id, text: q.text, gold: q.relevant_articles.map((g) => ({ lawId: g.law_id, articleId: g.article_id })) })),
    },
  ];
}
