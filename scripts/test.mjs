#!/usr/bin/env node
// `npm test`: the whole suite — fast tests, HTTP/database tests on embedded PGlite and, when a PostgreSQL
// server answers (TEST_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres), the same tests on it,
// then the browser tests in Chromium. Extra arguments are passed to vitest.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import pg from 'pg';

const url = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
process.env.TEST_PG_URL = url;

async function postgresAnswers() {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query('show server_version');
    await client.end();
    return rows[0].server_version;
  } catch {
    return null;
  }
}

const projects = ['fast', 'pglite', 'system'];
const version = await postgresAnswers();
if (version) {
  console.log(`PostgreSQL ${version} trả lời tại ${url.replace(/:[^:@/]*@/, ':***@')}: chạy bộ kiểm thử trên PGlite và PostgreSQL.`);
  projects.push('postgres');
} else {
  console.log(`Không kết nối được PostgreSQL tại ${url}: chỉ chạy trên PGlite (đặt TEST_PG_URL để dùng máy chủ khác).`);
}
if (process.env.SKIP_BROWSER_TESTS === '1') {
  console.log('SKIP_BROWSER_TESTS=1: bỏ qua kiểm thử trình duyệt.');
} else {
  if (!fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.error('Thiếu Chromium (/usr/bin/chromium) cho kiểm thử trình duyệt: apt-get install -y chromium (hoặc đặt SKIP_BROWSER_TESTS=1).');
    process.exit(1);
  }
  projects.push('browser');
}

const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
