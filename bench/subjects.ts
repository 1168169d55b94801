// Managed subjects benchmark (issue 7): import of 1,000,000 rows from a generated CSV through the product path
// (HTTP upload to POST /subjects/imports, then the background job: parse, check, de-duplicate, batch upsert with
// history and progress) against a bare PostgreSQL COPY of the same file into a table of the same columns, measured
// in the same run on the same server. Goal: under 60 s, and at least half the speed of the COPY.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { readShippedAdminUnits } from '../src/modules/admin-units';
import { insertAgencies, newAgencyRow } from '../src/modules/orgs';
import { registerSubjectJobs } from '../src/modules/subjects';
import { hashPassword, insertUser, replaceRoles } from '../src/modules/users';
import { buildApp } from '../src/server/app';
import { seedReferenceData } from '../src/server/bootstrap';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db';
import { systemClock, type Deps } from '../src/server/deps';
import { JobQueue } from '../src/server/jobs/queue';
import { LocalBlobStore } from '../src/server/storage/blob-store';
import { generateSubjects } from '../src/server/seed/subjects-data';
import { csvLine, SUBJECT_COLUMNS, SUBJECT_KIND_LABELS, SUBJECT_STATUS_LABELS } from '../src/shared/domain/subjects';

const N = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const PG_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Writes the deterministic CSV of `n` subjects (the business registry's export layout), once per size. */
async function generateCsv(n: number): Promise<string> {
  const file = path.join(os.tmpdir(), `tt-bench-subjects-${n}.csv`);
  if (fs.existsSync(file)) return file;
  const { units } = readShippedAdminUnits();
  const out = fs.createWriteStream(`${file}.part`);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(`\ufeff${csvLine(SUBJECT_COLUMNS.map((c) => c.header))}`);
  let buf = '';
  for (const d of generateSubjects(n, units.communes, 7)) {
    const [y, m, day] = d.establishedOn!.split('-');
    const values: Record<string, string | null> = { ...d, kind: SUBJECT_KIND_LABELS[d.kind], status: SUBJECT_STATUS_LABELS[d.status], establishedOn: `${day}/${m}/${y}`, agencyCode: null, managingAgencyId: null };
    buf += csvLine(SUBJECT_COLUMNS.map((c) => values[c.key] ?? null));
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  out.end();
  await new Promise<void>((r) => out.on('finish', () => r()));
  fs.renameSync(`${file}.part`, file);
  return file;
}

/** A multipart body carrying the file (built in memory: the bench machine has the room). */
function multipartBody(file: string): { body: Buffer; contentType: string } {
  const boundary = '----thanhtraBenchBoundary7a1c';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="dang-ky-kinh-doanh.csv"\r\nContent-Type: text/csv\r\n\r\n`);
  return { body: Buffer.concat([head, fs.readFileSync(file), Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Bare COPY of the file into an unindexed table with the same columns (server-side COPY, or psql \copy). */
async function bareCopy(client: pg.Client, dbUrl: string, file: string): Promise<number> {
  const cols = SUBJECT_COLUMNS.map((c, i) => `c${i} text`).join(', ');
  await client.query(`drop table if exists bench_copy; create table bench_copy (${cols})`);
  const started = performance.now();
  try {
    await client.query(`copy bench_copy from '${file.replace(/'/g, "''")}' with (format csv, header true, encoding 'UTF8')`);
  } catch {
    // The server cannot read the file (another machine or a private /tmp): stream it from here with psql.
    await client.query('truncate bench_copy');
    execFileSync('psql', [dbUrl, '-q', '-c', `\\copy bench_copy from '${file}' with (format csv, header true, encoding 'UTF8')`]);
  }
  const ms = performance.now() - started;
  const { rows } = await client.query('select count(*)::int as n from bench_copy');
  if (rows[0].n !== N) throw new Error(`COPY loaded ${rows[0].n} rows, expected ${N}`);
  return ms;
}

/**
 * Bare COPY of the same file into a copy of the real subjects table WITH its indexes (`LIKE subjects INCLUDING ALL`:
 * random UUID primary key, unique tax code, agency + sort key, province + commune, word GIN index; no foreign keys).
 * The file's 13 columns go to the table's columns of the same meaning; the name goes to `name_key` (the column the word
 * index reads), `name` and `sort_key` take '' and the managing agency a default (the file leaves it empty); the
 * agency-code column (empty) lands in `import_id`. Dates are dd/mm/yyyy (DateStyle DMY). Best of two.
 */
async function indexedCopy(client: pg.Client, dbUrl: string, file: string, agencyId: string): Promise<number> {
  const target = ['tax_code', 'name_key', 'kind', 'address', 'province_code', 'commune_code', 'old_commune_code', 'vsic_code', 'import_id', 'legal_rep_name', 'legal_rep_title', 'status', 'established_on'];
  if (SUBJECT_COLUMNS.length !== target.length) throw new Error('indexedCopy: the file layout changed');
  let best = Infinity;
  for (let round = 0; round < 2; round++) {
    await client.query(`drop table if exists bench_copy_indexed; create table bench_copy_indexed (like subjects including all);
      alter table bench_copy_indexed alter column name set default '', alter column sort_key set default '', alter column managing_agency_id set default '${agencyId}'`);
    await client.query(`set datestyle = 'ISO, DMY'`);
    const started = performance.now();
    const cmd = `copy bench_copy_indexed (${target.join(', ')}) from '${file.replace(/'/g, "''")}' with (format csv, header true, encoding 'UTF8')`;
    try {
      await client.query(cmd);
    } catch {
      await client.query('truncate bench_copy_indexed');
      execFileSync('psql', [dbUrl, '-q', '-c', `\\${cmd}`], { env: { ...process.env, PGOPTIONS: '-c datestyle=ISO,DMY' } });
    }
    best = Math.min(best, performance.now() - started);
    const { rows } = await client.query('select count(*)::int as n from bench_copy_indexed');
    if (rows[0].n !== N) throw new Error(`indexed COPY loaded ${rows[0].n} rows, expected ${N}`);
  }
  await client.query('drop table bench_copy_indexed');
  return best;
}

/**
 * The product path alone on embedded PGlite (in memory), `BENCH_SUBJECTS_LITE` rows: upload + job into an empty
 * registry, then the same file again (every row unchanged). No COPY baseline (PGlite has no server-side file read).
 */
async function liteBenchmark(n: number): Promise<void> {
  const file = await generateCsv(n);
  const database = await openDatabase({});
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-bench-subjects-lite-'));
  try {
    await database.migrate();
    await seedReferenceData(database.db);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SUBJECTS_IMPORT_MAX_MB: '1000' });
    const log = pino({ level: 'info' }, { write: (line: string) => (line.includes('subjects import finished') ? process.stdout.write(`[subjects/pglite] ${line}`) : undefined) } as never);
    const deps: Deps = { db: database.db, config, clock: systemClock, blobs: new LocalBlobStore(path.join(dataDir, 'files')), jobs: new JobQueue(database.db, systemClock, log, { lockSeconds: 3600 }), log };
    registerSubjectJobs(deps);
    const agency = newAgencyRow(null, { code: 'BENCH', name: 'Thanh tra (bench)', kind: 'government_inspectorate', provinceCode: null, validFrom: '2025-07-01' } as never);
    await insertAgencies(deps.db, [agency]);
    const user = await insertUser(deps.db, { username: 'bench', fullName: 'Bench', agencyId: agency.id!, passwordHash: await hashPassword(deps, 'MatKhauBench2026') });
    await replaceRoles(deps.db, user.id, [{ agencyId: agency.id!, role: 'agency_head' }]);
    const app = await buildApp(deps);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench', password: 'MatKhauBench2026' } });
    const cookie = `tt_session=${login.cookies.find((c) => c.name === 'tt_session')!.value}`;
    const csrf = login.json().me.csrfToken as string;
    const { body, contentType } = multipartBody(file);
    for (const round of ['empty registry', 'same file again']) {
      const t = performance.now();
      const res = await app.inject({ method: 'POST', url: '/api/v1/subjects/imports', headers: { cookie, 'x-csrf-token': csrf, 'content-type': contentType }, payload: body });
      if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
      await deps.jobs.drain();
      const ms = performance.now() - t;
      const st = (await app.inject({ method: 'GET', url: `/api/v1/subjects/imports/${res.json().id as string}`, headers: { cookie } })).json();
      console.log(`[subjects/pglite] ${n.toLocaleString('en')} rows, ${round}: ${(ms / 1000).toFixed(1)} s = ${Math.round((n / ms) * 1000).toLocaleString('en')} rows/s; ${st.status}, created ${st.created}, unchanged ${st.unchanged}`);
    }
    await app.close();
    console.log(`[subjects/pglite] load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs the subjects import benchmark on the PostgreSQL server (skipped when none answers); PGlite with BENCH_SUBJECTS_LITE. */
export async function subjectBenchmarks(): Promise<void> {
  if (process.env.BENCH_SUBJECTS_LITE) return liteBenchmark(Number(process.env.BENCH_SUBJECTS_LITE));
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    console.log('[subjects] skipped: no PostgreSQL server at', PG_URL);
    return;
  }
  console.log(`[subjects] load average at the start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  let t = performance.now();
  const file = await generateCsv(N);
  const size = fs.statSync(file).size;
  console.log(`[subjects] CSV of ${N.toLocaleString('en')} rows, ${(size / 1048576).toFixed(1)} MB (generated/reused in ${((performance.now() - t) / 1000).toFixed(1)} s): ${file}`);
  const name = `tt_bench_subjects_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  const database = await openDatabase({ url: u.toString(), poolSize: 4 });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-bench-subjects-'));
  try {
    await database.migrate();
    await seedReferenceData(database.db);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, SUBJECTS_IMPORT_MAX_MB: '1000' });
    // The import logs where its time went (phases) at info level; everything else stays quiet.
    const log = pino({ level: 'info' }, { write: (line: string) => (line.includes('subjects import finished') ? process.stdout.write(`[subjects] ${line}`) : undefined) } as never);
    const deps: Deps = { db: database.db, config, clock: systemClock, blobs: new LocalBlobStore(path.join(dataDir, 'files')), jobs: new JobQueue(database.db, systemClock, log, { lockSeconds: 3600 }), log };
    registerSubjectJobs(deps);
    const agency = newAgencyRow(null, { code: 'BENCH', name: 'Thanh tra (bench)', kind: 'government_inspectorate', provinceCode: null, validFrom: '2025-07-01' } as never);
    await insertAgencies(deps.db, [agency]);
    const user = await insertUser(deps.db, { username: 'bench', fullName: 'Bench', agencyId: agency.id!, passwordHash: await hashPassword(deps, 'MatKhauBench2026') });
    await replaceRoles(deps.db, user.id, [{ agencyId: agency.id!, role: 'agency_head' }]);
    const app = await buildApp(deps);
    const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bench', password: 'MatKhauBench2026' } });
    const cookie = `tt_session=${login.cookies.find((c) => c.name === 'tt_session')!.value}`;
    const csrf = login.json().me.csrfToken as string;

    // Baseline first (a cold cache favours the product path otherwise), then the product path, on the same server.
    const copyMs = await bareCopy(admin, u.toString(), file);
    await admin.query('select 1');
    const direct = new pg.Client({ connectionString: u.toString() });
    await direct.connect();
    await direct.query('drop table if exists bench_copy');
    const copyMs2 = await bareCopy(direct, u.toString(), file);
    await direct.query('drop table bench_copy');
    await direct.end();
    const copy = Math.min(copyMs, copyMs2);
    const idx = new pg.Client({ connectionString: u.toString() });
    await idx.connect();
    const copyIndexed = await indexedCopy(idx, u.toString(), file, agency.id!);
    await idx.end();

    const { body, contentType } = multipartBody(file);
    t = performance.now();
    const res = await app.inject({ method: 'POST', url: '/api/v1/subjects/imports', headers: { cookie, 'x-csrf-token': csrf, 'content-type': contentType }, payload: body });
    const uploadMs = performance.now() - t;
    if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
    const importId = res.json().id as string;
    t = performance.now();
    await deps.jobs.drain();
    const jobMs = performance.now() - t;
    const status = (await app.inject({ method: 'GET', url: `/api/v1/subjects/imports/${importId}`, headers: { cookie } })).json();
    const counted = (await deps.db.execute(sql`select count(*)::int as n from subjects`)) as unknown as { rows: { n: number }[] };
    const n = counted.rows[0]!.n;
    // The same file again into the now full registry: the ordinary merge (every row matched, compared, unchanged).
    t = performance.now();
    const again = await app.inject({ method: 'POST', url: '/api/v1/subjects/imports', headers: { cookie, 'x-csrf-token': csrf, 'content-type': contentType }, payload: body });
    if (again.statusCode !== 202) throw new Error(`upload refused: ${again.statusCode} ${again.body}`);
    await deps.jobs.drain();
    const againMs = performance.now() - t;
    const againStatus = (await app.inject({ method: 'GET', url: `/api/v1/subjects/imports/${again.json().id as string}`, headers: { cookie } })).json();
    await app.close();
    const total = uploadMs + jobMs;
    const rate = (ms: number) => Math.round((N / ms) * 1000).toLocaleString('en');
    console.log(`[subjects] import status: ${status.status}, created ${status.created}, errors ${status.errors}, duplicates ${status.duplicates}; ${n} rows stored`);
    console.log(`[subjects] bare COPY (PostgreSQL 15, unindexed table, best of 2): ${(copy / 1000).toFixed(1)} s = ${rate(copy)} rows/s`);
    console.log(`[subjects] bare COPY into a copy of subjects with its indexes (LIKE … INCLUDING ALL, best of 2): ${(copyIndexed / 1000).toFixed(1)} s = ${rate(copyIndexed)} rows/s`);
    console.log(`[subjects] import (upload ${(uploadMs / 1000).toFixed(1)} s + job ${(jobMs / 1000).toFixed(1)} s): ${(total / 1000).toFixed(1)} s = ${rate(total)} rows/s`);
    const vs = (base: number) => `${(base / total).toFixed(2)} (≥ 0.50: ${base / total >= 0.5 ? 'met' : 'NOT met'})`;
    console.log(`[subjects] goal under 60 s: ${total < 60_000 ? 'met' : 'NOT met'}; speed vs COPY into the unindexed table ${vs(copy)}; vs COPY into the indexed copy of subjects ${vs(copyIndexed)}`);
    console.log(`[subjects] re-import of the same file into the full registry (upload + job): ${(againMs / 1000).toFixed(1)} s = ${rate(againMs)} rows/s; ${againStatus.status}, unchanged ${againStatus.unchanged}, updated ${againStatus.updated}, created ${againStatus.created}`);
    console.log(`[subjects] load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  } finally {
    await database.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
