// `thanhtra kb rank` and `thanhtra kb eval`: the evaluation interface of the assistant's retrieval (issue 6 §8). Both
// index with the product's pipeline (LegalIndex: BM25F over toned/folded syllables and bigrams, expansions,
// re-ranking); nothing is downloaded.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidArgumentError, type Command } from 'commander';
import { alqacArticles, evaluate, PLAIN_BM25, readAlqacSets, type AlqacCorpus } from '../modules/kb/kb.eval';
import { LegalIndex } from '../shared/domain/kb/engine';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`không đọc được ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Checks the ALQAC `legal_passages.json` shape. */
function asCorpus(data: unknown, file: string): AlqacCorpus {
  const ok = Array.isArray(data) && data.every((l) => l && typeof l.id === 'string' && Array.isArray(l.articles) && l.articles.every((a: unknown) => a && typeof (a as { id: unknown }).id === 'string' && typeof (a as { text: unknown }).text === 'string'));
  if (!ok) throw new Error(`${file}: cần dạng [{ "id", "articles": [{ "id", "text" }] }]`);
  return data as AlqacCorpus;
}

function asQueries(data: unknown, file: string): { example_id: string; statement: string }[] {
  const ok = Array.isArray(data) && data.every((q) => q && typeof q.example_id === 'string' && typeof q.statement === 'string');
  if (!ok) throw new Error(`${file}: cần dạng [{ "example_id", "statement" }]`);
  return data as { example_id: string; statement: string }[];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('k phải là số nguyên từ 1 đến 1000');
  return n;
}

/** Registers `kb rank` and `kb eval`. */
export function registerKbCommands(program: Command) {
  const kb = program.command('kb').description('Cơ sở tri thức, trợ lý ảo (đánh giá truy hồi)');
  kb.command('rank')
    .description('Xếp hạng điều luật cho từng câu hỏi; in một dòng JSON mỗi câu: { id, ranked: [{ law_id, article_id, score }] }')
    .requiredOption('--corpus <file>', 'tệp JSON dạng legal_passages.json của ALQAC')
    .requiredOption('--queries <file>', 'tệp JSON: [{ example_id, statement }]')
    .option('--k <n>', 'số kết quả mỗi câu', positiveInt, 10)
    .action((opts: { corpus: string; queries: string; k: number }) => {
      const index = new LegalIndex(alqacArticles(asCorpus(readJson(opts.corpus), opts.corpus)));
      for (const q of asQueries(readJson(opts.queries), opts.queries)) {
        const ranked = index.search(q.statement, opts.k).map((h) => {
          const [law_id, article_id] = h.id.split('\u0000');
          return { law_id, article_id, score: +h.score.toFixed(4) };
        });
        process.stdout.write(`${JSON.stringify({ id: q.example_id, ranked })}\n`);
      }
    });
  kb.command('eval')
    .description('recall@1/5/10, MRR@10 và F2 trên các bộ ALQAC có nhãn (2023 train, 2022), so với BM25 thuần; bỏ qua nếu không có dữ liệu')
    .option('--data <dir>', 'thư mục alqac2023', path.resolve(ROOT, '../shared/data/alqac2023'))
    .action((opts: { data: string }) => {
      const sets = readAlqacSets(opts.data);
      if (!sets) {
        console.log(`Bỏ qua: không có dữ liệu ALQAC tại ${opts.data}.`);
        return;
      }
      for (const s of sets) {
        const ours = evaluate(new LegalIndex(alqacArticles(s.corpus)), s.questions);
        const plain = evaluate(new LegalIndex(alqacArticles(s.corpus, true), PLAIN_BM25), s.questions);
        console.log(JSON.stringify({ set: s.name, retriever: 'thanhtra', ...ours }));
        console.log(JSON.stringify({ set: s.name, retriever: 'bm25-plain', ...plain }));
      }
    });
}
