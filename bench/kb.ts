// Knowledge-base benchmarks (issue 6): retrieval quality on the public ALQAC sets against a plain BM25 over
// syllables measured in the same run, and query latency over the full shipped law library (the product path:
// PGlite loaded at bootstrap → in-memory index → searchLaws with snippets). Skips the quality part cleanly when
// ../shared/data/alqac2023 is absent (KB_ALQAC_DIR overrides the folder).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadShippedLaws } from '../src/modules/kb';
import { alqacArticles, evaluate, PLAIN_BM25, readAlqacSets, type Metrics } from '../src/modules/kb/kb.eval';
import { getKbIndex } from '../src/modules/kb/kb.index';
import { askLaws, searchLaws } from '../src/modules/kb/kb.service';
import { openDatabase } from '../src/server/db';
import type { Deps } from '../src/server/deps';
import { LegalIndex } from '../src/shared/domain/kb/engine';
import { foldKey } from '../src/shared/domain/text/vi';
import { timeMany } from './lib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ALQAC_DIR = process.env.KB_ALQAC_DIR ?? path.resolve(ROOT, '../shared/data/alqac2023');

/** Queries for the latency run when ALQAC is absent: typical officers' questions. */
const FALLBACK_QUERIES = [
  'thời hạn giải quyết khiếu nại lần đầu',
  'thoi han giai quyet to cao',
  'UBND cấp tỉnh có thẩm quyền giải quyết KN',
  'trách nhiệm của thủ trưởng cơ quan thanh tra',
  'kê khai tài sản thu nhập hằng năm',
  'người tố cáo được bảo vệ như thế nào',
  'từ chối tiếp công dân trong trường hợp nào',
  'thời hiệu xử phạt vi phạm hành chính',
];

const row = (name: string, m: Metrics) =>
  `| ${name} | ${m.recall1.toFixed(3)} | ${m.recall5.toFixed(3)} | ${m.recall10.toFixed(3)} | ${m.mrr10.toFixed(3)} | ${m.f2.toFixed(3)} |`;

/** Runs the knowledge-base benchmarks and prints Markdown rows for BENCHMARKS.md. */
export async function kbBenchmarks() {
  const sets = readAlqacSets(ALQAC_DIR);
  const questions: string[] = [];
  if (!sets) console.log(`[kb] retrieval quality skipped: no ALQAC data at ${ALQAC_DIR}`);
  for (const s of sets ?? []) {
    let t = performance.now();
    const plain = new LegalIndex(alqacArticles(s.corpus, true), PLAIN_BM25);
    const plainBuild = performance.now() - t;
    t = performance.now();
    const ours = new LegalIndex(alqacArticles(s.corpus));
    const oursBuild = performance.now() - t;
    const mPlain = evaluate(plain, s.questions);
    const mOurs = evaluate(ours, s.questions);
    console.log(`[kb] ${s.name}: ${s.questions.length} questions, ${ours.size} articles (index built in ${oursBuild.toFixed(0)} ms; plain ${plainBuild.toFixed(0)} ms)`);
    console.log('| retriever | recall@1 | recall@5 | recall@10 | MRR@10 | F2 (top-1) |\n|---|---|---|---|---|---|');
    console.log(row('plain BM25, syllables (baseline)', mPlain));
    console.log(row('ours (BM25F, bigrams, expansions)', mOurs));
    questions.push(...s.questions.map((q) => q.text));
  }

  // Latency over the full shipped library, through the product path.
  const database = await openDatabase({});
  await database.migrate();
  let t = performance.now();
  const loaded = await loadShippedLaws(database.db);
  const loadMs = performance.now() - t;
  t = performance.now();
  const index = await getKbIndex(database.db);
  const buildMs = performance.now() - t;
  // The assistant reads only the database and, for the generative mode (not measured here), the agency's endpoint.
  const deps = { db: database.db, config: { kbLlm: undefined } } as unknown as Deps;
  const queries = questions.length > 0 ? questions : FALLBACK_QUERIES;
  const folded = queries.map((q) => foldKey(q));
  console.log(`[kb] shipped library: ${loaded.documents} documents, ${loaded.units} units, ${index.engine.size} articles; PGlite load ${loadMs.toFixed(0)} ms, index ${buildMs.toFixed(0)} ms`);
  await timeMany(50, (i) => searchLaws(deps, queries[i % queries.length]!, 10)); // warm-up
  // CPU time per query as well: on a shared machine wall-clock percentiles include time spent waiting for a core.
  const cpu0 = process.cpuUsage();
  const search = await timeMany(queries.length, (i) => searchLaws(deps, queries[i]!, 10));
  const cpu = process.cpuUsage(cpu0);
  const cpuPerQuery = (cpu.user + cpu.system) / 1000 / queries.length;
  const searchFolded = await timeMany(folded.length, (i) => searchLaws(deps, folded[i]!, 10));
  const ask = await timeMany(Math.min(200, queries.length), (i) => askLaws(deps, queries[i]!));
  console.log(`[kb] search (${queries.length} questions, with diacritics): p50 ${search.p50} ms, p95 ${search.p95} ms, p99 ${search.p99} ms; CPU ${cpuPerQuery.toFixed(2)} ms per query`);
  console.log(`[kb] search (same questions without diacritics): p50 ${searchFolded.p50} ms, p95 ${searchFolded.p95} ms, p99 ${searchFolded.p99} ms`);
  console.log(`[kb] ask (extractive answer): p50 ${ask.p50} ms, p95 ${ask.p95} ms`);
  await database.close();
}
