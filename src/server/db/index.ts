import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgDialect, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
/** The typed query builder; the same type for PGlite and node-postgres, and for a transaction. */
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs the migrations shipped in src/server/db/migrations. */
  migrate(): Promise<void>;
  close(): Promise<void>;
};

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const LOCK_FILE = 'thanhtra.lock';

/** Options for openDatabase: a PostgreSQL URL, or a PGlite folder (undefined = in memory). */
export type OpenOptions = { url?: string; pgliteDir?: string; poolSize?: number };

/**
 * Opens PostgreSQL through node-postgres when `url` is given, otherwise embedded PGlite in `pgliteDir`.
 * PGlite has no lock of its own on its folder and two processes would silently lose writes, so we
 * take an exclusive lock file next to it (see acquireDirLock).
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  const database = await open(opts);
  kinds.set(database.db, database.kind);
  return database;
}

const kinds = new WeakMap<Db, Database['kind']>();

/**
 * Whether a database handle opened by openDatabase is embedded PGlite: one connection, whose statements run on this
 * process's thread one at a time (so running two transactions at once gains nothing there).
 */
export const isEmbedded = (db: Db): boolean => kinds.get(db) === 'pglite';

const statementNames = new Map<string, string>();

/**
 * Runs a statement as a NAMED prepared statement when the handle is a PostgreSQL server's (a transaction or the pool):
 * each connection parses and plans the text once, later runs only bind and execute. For the large statements of the
 * hot paths (the portal's group registration, ~3 KB of CTEs over JSON parameters, and the audit appends) that halves
 * their time on the server. The name is derived from the text, so two texts never share one. On embedded PGlite it
 * runs as an ordinary statement.
 */
export async function executePrepared<R>(db: Db | Tx, query: SQL): Promise<{ rows: R[] }> {
  const { sql: text, params } = (db as unknown as { dialect: PgDialect }).dialect.sqlToQuery(query);
  return executeText<R>(db, text, params);
}

/** executePrepared for a statement already in PostgreSQL's form: `$1`… placeholders and their values. */
export async function executeText<R>(db: Db | Tx, text: string, params: readonly unknown[]): Promise<{ rows: R[] }> {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client as
    | { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> }
    | undefined;
  if (!client || typeof client.query !== 'function') throw new Error('executeText: no database client');
  // A pool runs it on one of its connections, which prepares it there once (node-postgres keeps the names per connection).
  if (!(client instanceof pg.Client) && !(client instanceof pg.Pool)) return (await client.query(text, [...params])) as { rows: R[] };
  let name = statementNames.get(text);
  if (!name) {
    name = `tt_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  const result = await client.query({ name, text, values: [...params] });
  return { rows: result.rows as R[] };
}

async function open(opts: OpenOptions): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
    // An idle connection the server closes (restart, failover, an administrator's terminate) emits 'error' on the
    // pool; unheard, Node would crash the whole process. The pool drops that client and opens a new one when needed.
    pool.on('error', (err) => process.emitWarning(`PostgreSQL closed an idle connection: ${err.message}`));
    // Fail fast with a clear message when the server does not answer.
    const client = await pool.connect();
    client.release();
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migrateNodePg(db as never, { migrationsFolder: MIGRATIONS_DIR }),
      close: () => pool.end(),
    };
  }
  let release: (() => void) | undefined;
  if (opts.pgliteDir) {
    fs.mkdirSync(opts.pgliteDir, { recursive: true });
    release = acquireDirLock(opts.pgliteDir);
  }
  const client = await PGlite.create(opts.pgliteDir ? path.join(opts.pgliteDir, 'pg') : undefined, {
    extensions: { pg_trgm, unaccent },
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_DIR }),
    close: async () => {
      await client.close();
      release?.();
    },
  };
}

/** Raised when another live process owns the embedded database folder. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(`Thư mục dữ liệu ${dir} đang được tiến trình ${pid} sử dụng (máy chủ đang chạy?). Hãy dừng tiến trình đó hoặc dùng DATABASE_URL.`);
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes an exclusive lock file on a PGlite folder; a stale lock (dead pid) is taken over. */
export function acquireDirLock(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8'));
      if (pid && pid !== process.pid && pidAlive(pid)) throw new DatabaseLockedError(dir, pid);
      fs.unlinkSync(file); // stale: the owner died (e.g. kill -9)
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dir}`);
}

/** COPY … FROM STDIN over node-postgres' copy sub-protocol: the data is sent when the server asks for it. */
class CopyIn extends pg.Query {
  constructor(
    text: string,
    private readonly data: Buffer,
  ) {
    super(text);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }): void {
    for (let i = 0; i < this.data.length; i += 1 << 20) connection.sendCopyFromChunk(this.data.subarray(i, i + (1 << 20)));
    connection.endCopyFrom();
  }
}

/** One database connection held for a while: its own handle (temporary tables live there) and COPY into a table. */
export type Session = {
  db: Db;
  /** `COPY table (columns) FROM STDIN (FORMAT csv)` of CSV text (no header; unquoted empty = NULL). Returns the rows loaded. */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<number>;
};

/**
 * Runs `fn` on one connection of the database: on PostgreSQL a connection taken from the pool for the duration (so a
 * temporary table made there stays visible to every statement, and a crash drops it with the connection); on PGlite
 * its only connection. COPY goes through the copy sub-protocol on PostgreSQL and through PGlite's `/dev/blob`.
 */
export async function withSession<T>(db: Db, fn: (s: Session) => Promise<T>): Promise<T> {
  const client = (db as unknown as { session?: { client?: unknown } }).session?.client;
  const statement = (table: string, columns: readonly string[], source: string) => `copy ${table} (${columns.join(', ')}) from ${source} with (format csv)`;
  if (client instanceof PGlite) {
    return fn({
      db,
      copyCsv: async (table, columns, csv) => (await client.query(statement(table, columns, `'/dev/blob'`), [], { blob: new Blob([csv]) })).affectedRows ?? 0,
    });
  }
  const own = client instanceof pg.Pool ? await client.connect() : client instanceof pg.Client ? null : undefined;
  if (own === undefined) throw new Error('withSession: unknown database client');
  const conn = (own ?? client) as pg.Client;
  let failed = false;
  try {
    return await fn({
      db: own ? (drizzleNodePg(own, { schema }) as unknown as Db) : db,
      copyCsv: (table, columns, csv) =>
        new Promise<number>((resolve, reject) => {
          (conn as unknown as { query(q: CopyIn, cb: (err: Error | null, r?: { rowCount: number | null }) => void): void }).query(new CopyIn(statement(table, columns, 'stdin'), Buffer.from(csv, 'utf8')), (err, r) => (err ? reject(err) : resolve(r?.rowCount ?? 0)));
        }),
    });
  } catch (err) {
    failed = true;
    throw err;
  } finally {
    // A connection that failed mid-way may be inside an aborted transaction or hold temporary tables: not reused.
    if (own) (own as pg.PoolClient).release(failed);
  }
}
