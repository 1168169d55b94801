// Petitions benchmarks (issue 4): online submissions per second against a bare Fastify + insert of the same row,
// and duplicate look-up latency among 1,000,000 stored letters. Each prints its figures next to its baseline.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pino from 'pino';
import { findSimilarLetters } from '../src/modules/petitions/petitions.repository';
import { buildApp } from '../src/server/app';
import { seedReferenceData } from '../src/server/bootstrap';
import { loadConfig } from '../src/server/config';
import { openDatabase, type Database } from '../src/server/db';
import { systemClock, type Deps } from '../src/server/deps';
import { JobQueue } from '../src/server/jobs/queue';
import { LocalBlobStore } from '../src/server/storage/blob-store';
import { foldKey } from '../src/shared/domain/text/vi';
import { report, summarise } from './lib';

const body = (agencyId: string, i: number) => ({
  agencyId,
  kind: 'denunciation',
  title: `Tố cáo sai phạm số ${i} trong quản lý đất đai`,
  content: 'Tôi tố cáo cán bộ địa chính đã nhận tiền để hợp thức hoá hồ sơ đất đai sai quy định, đề nghị cơ quan có thẩm quyền xác minh.',
  author: { fullName: 'Nguyễn Văn Bench', address: 'Thôn 1, xã Thử nghiệm', phone: '0912345678' },
  respondent: { name: `Cán bộ số ${i % 100}` },
  truthfulness: true,
  submissionKey: randomUUID().replace(/-/g, ''),
});

/** Sends `total` POSTs with `concurrency` in flight and returns per-request latencies. */
async function load(url: string, total: number, concurrency: number, make: (i: number) => unknown) {
  const durations: number[] = [];
  let next = 0;
  let failed = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(make(i)) });
        await res.arrayBuffer();
        if (res.status !== 201) failed++;
        durations.push(performance.now() - t);
      }
    }),
  );
  if (failed) console.log(`  (${failed} requests failed)`);
  return summarise(durations, performance.now() - start);
}

async function submissions(database: Database, label: string) {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_POW_DIFFICULTY: '0', PUBLIC_SUBMIT_PER_HOUR: '1000000', DATA_DIR: '/tmp/tt-bench' });
  const log = pino({ level: 'silent' });
  const deps: Deps = { db: database.db, config, clock: systemClock, blobs: new LocalBlobStore('/tmp/tt-bench/files'), jobs: new JobQueue(database.db, systemClock, log), log };
  const [agency] = (await database.db.execute(sql`insert into agencies (code, name, kind, level, path, valid_from, name_key, sort_key) values ('BENCH-' || gen_random_uuid(), 'Thanh tra bench', 'provincial_inspectorate', 'province', '/bench/', '2025-07-01', 'x', 'x') returning id`) as unknown as { rows: { id: string }[] }).rows;
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const productUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1/public/petitions`;

  // Baseline: bare Fastify, JSON body, one INSERT of the same row (same table, same columns) — no validation, no
  // encryption, no register number, no deadlines, no audit.
  await database.db.execute(sql`create table if not exists bench_letters (like petition_letters including defaults)`);
  const bare = Fastify();
  bare.post('/submit', async (req, reply) => {
    const b = req.body as ReturnType<typeof body>;
    await database.db.execute(sql`insert into bench_letters (id, agency_id, register_year, register_seq, register_no, channel, received_on, received_at, claimed_kind, title, content, author_type, author_pseudonym, search_text)
      values (gen_random_uuid(), ${agency!.id}, 2026, 1, '2026/1', 'online', current_date, now(), ${b.kind}, ${b.title}, ${b.content}, 'individual', 'x', ${b.title})`);
    return reply.status(201).send({ ok: true });
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/submit`;

  const N = Number(process.env.BENCH_SUBMISSIONS ?? 1500);
  await load(productUrl, 100, 8, (i) => body(agency!.id, i)); // warm-up
  await load(bareUrl, 100, 8, (i) => body(agency!.id, i));
  const product = await load(productUrl, N, 8, (i) => body(agency!.id, i));
  const baseline = await load(bareUrl, N, 8, (i) => body(agency!.id, i));
  const ratio = report(`[${label}] online submission (validate, encrypt, register, deadlines, audit)`, product, 'bare Fastify + insert (baseline)', baseline);
  console.log(`  goal: at least half the baseline → ${ratio >= 0.5 ? 'MET' : 'NOT MET'} (${ratio.toFixed(2)})`);
  await app.close();
  await bare.close();
}

export async function duplicatesForTest(database: Database) { return duplicates(database, "PGlite"); }
async function duplicates(database: Database, label: string) {
  const TOTAL = Number(process.env.BENCH_LETTERS ?? 1_000_000);
  const db = database.db;
  const t0 = performance.now();
  await db.execute(sql`insert into agencies (id, code, name, kind, level, path, valid_from, name_key, sort_key) values ('00000000-0000-4000-8000-0000000000b1', 'BENCH-DUP', 'Thanh tra bench', 'provincial_inspectorate', 'province', '/bench-dup/', '2025-07-01', 'x', 'x') on conflict do nothing`);
  // Synthetic letters: 5,000 distinct subjects × variations, 200,000 distinct senders (blind-index-like hex keys).
  for (let from = 0; from < TOTAL; from += 100_000) {
    await db.execute(sql`insert into petition_letters (agency_id, register_year, register_seq, register_no, channel, received_on, received_at, claimed_kind, title, content, author_type, author_pseudonym, author_name_index, author_phone_index, search_text, subject_fold)
      select '00000000-0000-4000-8000-0000000000b1', 2025 + (g % 2), g, 'B/' || g, 'post', date '2025-07-01' + (g % 500), now(), 'complaint', 'Tiêu đề ' || g, 'Nội dung', 'individual', 'x',
        md5('name' || (g % 200000)), md5('phone' || (g % 250000)), 'noi dung ' || g,
        (array['khieu nai quyet dinh thu hoi dat','to cao can bo dia chinh nhan tien','kien nghi sua chua duong giao thong','khieu nai boi thuong giai phong mat bang','to cao sai pham dau thau xay dung'])[1 + g % 5] || ' so ' || (g % 5000) || ' chu tich ubnd xa ' || (g % 3000)
      from generate_series(${from + 1}::int, ${Math.min(TOTAL, from + 100_000)}::int) g`);
  }
  await db.execute(sql`analyze petition_letters`);
  console.log(`[${label}] loaded ${TOTAL.toLocaleString('en')} letters with indexes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const durations: number[] = [];
  const start = performance.now();
  for (let i = 0; i < 300; i++) {
    const g = 1 + Math.floor(Math.random() * TOTAL);
    const t = performance.now();
    await findSimilarLetters(db, {
      excludeId: '00000000-0000-4000-8000-000000000000',
      scopes: ['/bench-dup/'],
      nameIndex: (await db.execute(sql`select md5(${'name' + (g % 200000)}) as h`) as unknown as { rows: { h: string }[] }).rows[0]!.h,
      idIndex: null,
      phoneIndex: null,
      respondentFold: `chu tich ubnd xa ${g % 3000}`,
      subjectFold: foldKey(`Khiếu nại quyết định thu hồi đất số ${g % 5000} chủ tịch UBND xã ${g % 3000}`),
      limit: 20,
    });
    durations.push(performance.now() - t);
  }
  const s = summarise(durations, performance.now() - start);
  console.log(`[${label}] duplicate look-up among ${TOTAL.toLocaleString('en')} letters: p50 ${s.p50} ms p95 ${s.p95} ms p99 ${s.p99} ms | goal p95 < 50 ms → ${s.p95 < 50 ? 'MET' : 'NOT MET'}`);
}

export async function petitionBenchmarks() {
  const lite = await openDatabase({});
  await lite.migrate();
  await seedReferenceData(lite.db);
  await submissions(lite, 'PGlite');
  await duplicates(lite, 'PGlite');
  await lite.close();
}
