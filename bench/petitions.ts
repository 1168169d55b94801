// Petitions benchmarks (issue 4): online submissions per second against a bare Fastify + insert of the same row
// (same run, same database), and duplicate look-up latency among 1,000,000 stored letters (BENCH_LETTERS).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import pg from 'pg';
import pino from 'pino';
import { findSimilar } from '../src/modules/petitions/petitions.service';
import { buildApp } from '../src/server/app';
import { seedReferenceData } from '../src/server/bootstrap';
import { loadConfig } from '../src/server/config';
import { openDatabase, type Database } from '../src/server/db';
import { systemClock, type Deps } from '../src/server/deps';
import { JobQueue } from '../src/server/jobs/queue';
import { LocalBlobStore } from '../src/server/storage/blob-store';
import { insertLetters, prepareDataset, rowsOf, truthTable, type Dataset } from './dataset';
import { report, summarise } from './lib';

const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_POW_DIFFICULTY: '0', PUBLIC_SUBMIT_PER_HOUR: '1000000', DATA_DIR: '/tmp/tt-bench' });
const depsOf = (database: Database): Deps => {
  const log = pino({ level: 'silent' });
  return { db: database.db, config, clock: systemClock, blobs: new LocalBlobStore('/tmp/tt-bench/files'), jobs: new JobQueue(database.db, systemClock, log), log };
};

/** The portal requires the province of the matter; the commune is usually given too. */
type Place = { provinceCode: string; communeCode: string };
const body = (agencyId: string, i: number, place: Place) => ({
  agencyId,
  provinceCode: place.provinceCode,
  communeCode: place.communeCode,
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

/**
 * Online submissions over HTTP, 8 in flight: the product's public route (validation, identity sealed in the vault,
 * register number, deadlines with their article, timeline, audit record, one transaction) against a bare Fastify
 * route doing one INSERT of the same letter row into a copy of the table without indexes — same process, same
 * database, same run. The two alternate in rounds so that a busy machine weighs on both alike.
 */
async function submissions(database: Database, label: string) {
  const deps = depsOf(database);
  const [agency] = rowsOf<{ id: string }>(
    await database.db.execute(sql`insert into agencies (code, name, kind, level, path, valid_from, name_key, sort_key) values ('BENCH-' || gen_random_uuid(), 'Thanh tra bench', 'provincial_inspectorate', 'province', '/bench/', '2025-07-01', 'x', 'x') returning id`),
  );
  const [place] = rowsOf<{ communeCode: string; provinceCode: string }>(await database.db.execute(sql`select code as "communeCode", province_code as "provinceCode" from admin_communes order by code limit 1`));
  const app = await buildApp(deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const productUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/v1/public/petitions`;
  await database.db.execute(sql`create table if not exists bench_letters (like petition_letters including defaults)`);
  const bare = Fastify();
  bare.post('/submit', async (req, reply) => {
    const b = req.body as ReturnType<typeof body>;
    await database.db.execute(sql`insert into bench_letters (id, agency_id, register_year, register_seq, register_no, channel, received_on, received_at, claimed_kind, title, content, province_code, commune_code, author_type, author_pseudonym, search_text)
      values (gen_random_uuid(), ${agency!.id}, 2026, 1, '2026/1', 'online', current_date, now(), ${b.kind}, ${b.title}, ${b.content}, ${b.provinceCode}, ${b.communeCode}, 'individual', 'x', ${b.title})`);
    return reply.status(201).send({ ok: true });
  });
  await bare.listen({ port: 0, host: '127.0.0.1' });
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}/submit`;

  const N = Number(process.env.BENCH_SUBMISSIONS ?? 1500);
  const rounds = 3;
  await load(productUrl, 100, 8, (i) => body(agency!.id, i, place!)); // warm-up
  await load(bareUrl, 100, 8, (i) => body(agency!.id, i, place!));
  const product: ReturnType<typeof summarise>[] = [];
  const baseline: ReturnType<typeof summarise>[] = [];
  for (let r = 0; r < rounds; r++) {
    product.push(await load(productUrl, Math.ceil(N / rounds), 8, (i) => body(agency!.id, i, place!)));
    baseline.push(await load(bareUrl, Math.ceil(N / rounds), 8, (i) => body(agency!.id, i, place!)));
  }
  const merge = (xs: ReturnType<typeof summarise>[]) => ({
    ops: xs.reduce((a, x) => a + x.ops, 0),
    perSecond: Math.round(xs.reduce((a, x) => a + x.perSecond, 0) / xs.length),
    p50: +(xs.reduce((a, x) => a + x.p50, 0) / xs.length).toFixed(3),
    p95: +(xs.reduce((a, x) => a + x.p95, 0) / xs.length).toFixed(3),
    p99: Math.max(...xs.map((x) => x.p99)),
  });
  const ratio = report(`[${label}] online submission, 8 in flight (validate, seal identity, register, deadlines, timeline, audit)`, merge(product), 'bare Fastify + insert (baseline)', merge(baseline));
  console.log(`  goal: at least half the baseline → ${ratio >= 0.5 ? 'MET' : 'NOT MET'} (${ratio.toFixed(2)}; rounds: ${product.map((p, i) => (p.perSecond / baseline[i]!.perSecond).toFixed(2)).join(', ')})`);
  await app.close();
  await bare.close();
}

/**
 * Loads `total` realistic letters (bench/dataset.ts) in chunks, `workers` chunks at a time. Plain indexes of the
 * letters table are dropped first and re-created after (the product's own definitions, from pg_indexes): building
 * an index once is much faster than updating it a million times.
 */
async function loadLetters(database: Database, ds: Dataset, total: number, workers: number, label: string) {
  const db = database.db;
  const t0 = performance.now();
  const indexes = rowsOf<{ name: string; def: string }>(
    await db.execute(sql`select indexname as name, indexdef as def from pg_indexes where tablename = 'petition_letters' and indexname not in (select conname from pg_constraint where conrelid = 'petition_letters'::regclass)`),
  );
  for (const ix of indexes) await db.execute(sql.raw(`drop index ${ix.name}`));
  const chunk = 50_000;
  const starts: number[] = [];
  for (let f = 1; f <= total; f += chunk) starts.push(f);
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let f = starts.shift(); f !== undefined; f = starts.shift()) await insertLetters(db, ds, total, f, Math.min(total, f + chunk - 1), database.kind);
    }),
  );
  const t1 = performance.now();
  const pending = [...indexes];
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let ix = pending.shift(); ix; ix = pending.shift()) {
        const def = ix.def;
        await db.transaction(async (tx) => {
          if (database.kind === 'postgres') await tx.execute(sql`set local maintenance_work_mem = '1GB'`);
          await tx.execute(sql.raw(def));
        });
      }
    }),
  );
  const t2 = performance.now();
  await db.execute(sql.raw(database.kind === 'postgres' ? 'vacuum analyze petition_letters' : 'analyze petition_letters'));
  const s = (a: number, b: number) => ((b - a) / 1000).toFixed(0);
  console.log(`[${label}] loaded ${total.toLocaleString('en')} letters in ${s(t0, performance.now())} s (rows ${s(t0, t1)} s, ${indexes.length} indexes ${s(t1, t2)} s, analyze ${s(t2, performance.now())} s)`);
}

/**
 * The duplicate look-up as an officer runs it (the service's findSimilar: the letter, its candidates by blind
 * indexes, respondent and distinctive subject words, ranking, scope, resolved cases) on letters that have true
 * duplicates (a repeat writer's letters) and letters that have none (one-off sender, one-off matter), for an
 * officer of the whole country and one of the letter's province. Also says how often a true duplicate (same
 * person or same matter by construction of the data) is among the 20 letters shown.
 */
async function duplicates(database: Database, label: string, total: number) {
  if (!(total > 0)) {
    console.log(`[${label}] duplicate look-up skipped (no letters to load: set BENCH_LETTERS / BENCH_LETTERS_PGLITE)`);
    return;
  }
  const db = database.db;
  await seedReferenceData(db);
  const ds = await prepareDataset(db);
  await loadLetters(database, ds, total, database.kind === 'postgres' ? 2 : 1, label);
  await truthTable(db, total);
  const perGroup = Number(process.env.BENCH_LOOKUPS ?? 100);
  const pick = (where: string) =>
    db.execute(sql.raw(`select l.id, l.agency_id, l.register_seq as g from petition_letters l join bench_truth t on t.g = l.register_seq where ${where} order by hashint4(l.register_seq) limit ${perGroup}`));
  const withDup = rowsOf<{ id: string; agency_id: string; g: number }>(await pick(`t.has_duplicates`));
  const without = rowsOf<{ id: string; agency_id: string; g: number }>(await pick(`not t.has_duplicates`));
  const paths = new Map(rowsOf<{ id: string; path: string }>(await db.execute(sql`select id, path from agencies where path like ${`${ds.rootPath}%`}`)).map((r) => [r.id, r.path]));
  const deps = depsOf(database);
  const officer = (agencyPath: string) => ({ userId: randomUUID(), grants: [{ role: 'inspector' as const, agencyPath, agencyId: agencyPath.split('/').at(-2)! }] });
  const national = officer(ds.rootPath);
  for (const r of withDup.slice(0, 20)) await findSimilar(deps, national, r.id); // warm-up (and the word statistics)
  for (const [group, sample] of [
    ['letters with duplicates', withDup],
    ['letters without duplicates', without],
  ] as const) {
    for (const scope of ['national', 'provincial'] as const) {
      const durations: number[] = [];
      let shown = 0;
      let hits = 0;
      const start = performance.now();
      for (const r of sample) {
        const actor = scope === 'national' ? national : officer(paths.get(r.agency_id)!);
        const t = performance.now();
        const found = await findSimilar(deps, actor, r.id);
        durations.push(performance.now() - t);
        shown += found.length;
        if (group === 'letters with duplicates') {
          const truth = new Set(rowsOf<{ g: number }>(await db.execute(sql`select b.g from bench_truth a join bench_truth b on (b.p = a.p or b.m = a.m) and b.g <> a.g where a.g = ${r.g}`)).map((x) => Number(x.g)));
          const seqOf = (registerNo: string) => Number(registerNo.split('/')[1]);
          if (found.some((f) => truth.has(seqOf(f.registerNo)))) hits++;
        }
      }
      const s = summarise(durations, performance.now() - start);
      const quality = group === 'letters with duplicates' ? `, a true duplicate shown for ${Math.round((100 * hits) / sample.length)} %` : '';
      console.log(
        `[${label}] duplicate look-up among ${total.toLocaleString('en')} letters, ${group}, ${scope} officer: p50 ${s.p50} ms p95 ${s.p95} ms p99 ${s.p99} ms (${(shown / sample.length).toFixed(1)} shown${quality}) | goal p95 < 50 ms → ${s.p95 < 50 ? 'MET' : 'NOT MET'} (p95 / goal ${(s.p95 / 50).toFixed(2)})`,
      );
    }
  }
}

/** Opens a fresh database on the PostgreSQL server, or says why not; dropped by the returned function. */
async function serverDatabase(poolSize: number): Promise<{ database: Database; drop: () => Promise<void> } | null> {
  const url = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log('[PostgreSQL] skipped: no server at', url);
    return null;
  }
  const name = `tt_bench_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize });
  await database.migrate();
  return {
    database,
    drop: async () => {
      await database.close();
      // Without FORCE first: the pool's connections may still be closing, and a forced drop would kill them.
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`drop database if exists ${name}${attempt >= 20 ? ' with (force)' : ''}`);
          break;
        } catch (err) {
          if (attempt >= 20) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      await admin.end();
    },
  };
}

export async function petitionBenchmarks(only: string | undefined) {
  const lettersServer = Number(process.env.BENCH_LETTERS ?? 1_000_000);
  const lettersLite = Number(process.env.BENCH_LETTERS_PGLITE ?? 200_000);
  if (!only || only === 'submissions') {
    // BENCH_SUBMISSIONS_ON=pglite|postgres measures one engine only (for profiling).
    const on = process.env.BENCH_SUBMISSIONS_ON;
    if (on !== 'postgres') {
      const lite = await openDatabase({});
      await lite.migrate();
      await seedReferenceData(lite.db);
      await submissions(lite, 'PGlite in memory');
      await lite.close();
    }
    const server = on === 'pglite' ? null : await serverDatabase(8);
    if (server) {
      try {
        await seedReferenceData(server.database.db);
        await submissions(server.database, 'PostgreSQL 15');
      } finally {
        await server.drop();
      }
    }
  }
  if (!only || only === 'duplicates') {
    const server = await serverDatabase(2);
    if (server) {
      try {
        await duplicates(server.database, 'PostgreSQL 15', lettersServer);
      } catch (err) {
        console.error('[PostgreSQL 15] duplicate look-up failed:', err);
        process.exitCode = 1;
      } finally {
        await server.drop();
      }
    }
    // PGlite keeps its files in a temporary folder (a million letters are ~2.5 GB of tables and indexes).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-bench-pglite-'));
    try {
      const lite = await openDatabase({ pgliteDir: dir });
      await lite.migrate();
      await duplicates(lite, 'PGlite on disk', lettersLite);
      await lite.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
