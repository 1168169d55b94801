// `npm run bench`: each benchmark measures the product path and its baseline in the same run.
// Results are recorded in BENCHMARKS.md.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { recordAudit } from '../src/server/audit/audit';
import { openDatabase, type Database } from '../src/server/db';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES, addDays } from '../src/shared/domain/calendar';
import { report, timeMany } from './lib';
import { kbBenchmarks } from './kb';
import { petitionBenchmarks } from './petitions';
import { subjectBenchmarks } from './subjects';
import { scoreBenchmarks } from './subjects-score';

const N = Number(process.env.BENCH_N ?? 2000);

/** Audited write (row + hash-chained audit record in one transaction) vs the same write without audit. */
async function auditBench(label: string, database: Database) {
  const db = database.db;
  await db.execute(sql`create table if not exists bench_items (id bigserial primary key, payload jsonb not null)`);
  const ctx = { actorUserId: null, actorName: 'bench', ip: '127.0.0.1', requestId: 'bench' };
  const bare = await timeMany(N, (i) => db.transaction((tx) => tx.execute(sql`insert into bench_items (payload) values (${JSON.stringify({ i })}::jsonb)`)));
  const audited = await timeMany(N, (i) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`insert into bench_items (payload) values (${JSON.stringify({ i })}::jsonb)`);
      await recordAudit(tx, ctx, { action: 'bench.insert', entityType: 'bench', entityId: String(i), after: { i, name: 'Nguyễn Văn A', note: 'x'.repeat(200) } });
    }),
  );
  report(`[${label}] audited write`, audited, 'bare write (baseline)', bare);
}

/** WorkingCalendar.addWorkingDays vs a naive day-by-day loop over the same calendar. */
async function calendarBench() {
  const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
  const start = '2026-01-05';
  const naive = (from: string, n: number) => {
    let d = from;
    let left = n;
    while (left > 0) {
      d = addDays(d, 1);
      if (cal.isWorkingDay(d)) left--;
    }
    return d;
  };
  const M = 20000;
  const fast = await timeMany(M, (i) => cal.addWorkingDays(addDays(start, i % 300), 30));
  const slow = await timeMany(M, (i) => naive(addDays(start, i % 300), 30));
  report('[calendar] addWorkingDays(30)', fast, 'naive loop (baseline)', slow);
}

async function main() {
  console.log(`Thanh tra số benchmarks — N=${N}, node ${process.version}`);
  await calendarBench();
  const only = process.env.BENCH_ONLY; // foundation | submissions | duplicates | subjects | score | kb
  if (!only || only === 'subjects') await subjectBenchmarks();
  if (!only || only === 'score') await scoreBenchmarks();
  if (only === 'score') return;
  if (!only || only === 'kb') await kbBenchmarks();
  if (only === 'subjects' || only === 'kb') return;
  if (only !== 'foundation') await petitionBenchmarks(only);
  if (only && only !== 'foundation') return;
  const lite = await openDatabase({});
  await lite.migrate();
  await auditBench('PGlite in-memory', lite);
  await lite.close();
  const url = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `tt_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log('[PostgreSQL] skipped: no server at', url);
    return;
  }
  await admin.query(`create database ${name}`);
  try {
    const u = new URL(url);
    u.pathname = `/${name}`;
    const server = await openDatabase({ url: u.toString(), poolSize: 4 });
    await server.migrate();
    await auditBench('PostgreSQL 15', server);
    await server.close();
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const started = performance.now();
await main();
console.log(`benchmarks done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
