import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp, type App } from '../../src/server/app';
import { seedReferenceData } from '../../src/server/bootstrap';
import { loadConfig, type Config } from '../../src/server/config';
import { openDatabase, type Database } from '../../src/server/db';
import { systemClock, type Clock, type Deps } from '../../src/server/deps';
import { JobQueue } from '../../src/server/jobs/queue';
import { LocalBlobStore } from '../../src/server/storage/blob-store';

/** Which engine this test run uses: set per vitest project (TEST_DB=pglite|postgres). */
export const TEST_DB = (process.env.TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

export type TestContext = { app: App; deps: Deps; database: Database; config: Config; dataDir: string; /** The database URL on PostgreSQL (null on PGlite), for a second app on the same database. */ pgUrl: string | null; close(): Promise<void> };

/** Server URL for the admin connection (create/drop test databases). */
export function adminPgUrl(): string {
  return process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function urlFor(dbName: string): string {
  const u = new URL(adminPgUrl());
  u.pathname = `/${dbName}`;
  return u.toString();
}

/**
 * A fresh, migrated database with reference data, and the app on it. On PostgreSQL each test file gets its
 * own database cloned from the template made by test/pg-global-setup.ts; on PGlite an in-memory instance.
 */
export async function createTestContext(opts: { clock?: Clock; env?: Record<string, string> } = {}): Promise<TestContext> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thanhtra-test-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...opts.env });
  let database: Database;
  let dropDb: (() => Promise<void>) | undefined;
  let pgUrl: string | null = null;
  if (TEST_DB === 'postgres') {
    const template = process.env.TEST_PG_TEMPLATE;
    if (!template) throw new Error('TEST_PG_TEMPLATE is not set: run through vitest project "postgres"');
    const name = `tt_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: adminPgUrl() });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    pgUrl = urlFor(name);
    database = await openDatabase({ url: pgUrl, poolSize: 5 });
    dropDb = async () => {
      const c = new pg.Client({ connectionString: adminPgUrl() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    database = await openDatabase({});
    await database.migrate();
    await seedReferenceData(database.db);
  }
  const clock = opts.clock ?? systemClock;
  const log = (await import('pino')).default({ level: 'silent' });
  const deps: Deps = {
    db: database.db,
    config,
    clock,
    blobs: new LocalBlobStore(path.join(dataDir, 'files')),
    jobs: new JobQueue(database.db, clock),
    log,
  };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    database,
    config,
    dataDir,
    pgUrl,
    async close() {
      await app.close();
      await database.close();
      await dropDb?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
