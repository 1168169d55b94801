import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { executePrepared, executeText, type Db } from '../db';
import { auditLog } from './audit.table';

/** Who did it, from where: taken from the request (or the CLI / a job). */
export type AuditContext = { actorUserId: string | null; actorName: string | null; ip: string | null; requestId: string | null };

/** What changed. `before`/`after` are the record as it was and as it is (JSON-serialisable). */
export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  agencyId?: string | null;
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

type HashedFields = {
  id: number;
  at: Date;
  actorUserId: string | null;
  actorName: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  agencyId: string | null;
  before: unknown;
  after: unknown;
};

/**
 * canonicalJson(row) cut around the value of its top-level `id`: prefix + String(id) + suffix === canonicalJson(row).
 * Lets the database put in the id it assigns and hash the row in the same statement.
 */
export function canonicalJsonAroundId(row: Record<string, unknown>): [string, string] {
  const keys = Object.keys(row)
    .filter((k) => row[k] !== undefined)
    .sort();
  const at = keys.indexOf('id');
  if (at < 0) throw new Error('canonicalJsonAroundId: no id');
  const entry = (k: string) => `${JSON.stringify(k)}:${canonicalJson(row[k])}`;
  const before = keys.slice(0, at).map(entry);
  const after = keys.slice(at + 1).map(entry);
  return [`{${before.map((e) => `${e},`).join('')}"id":`, `${after.map((e) => `,${e}`).join('')}}`];
}

/** The hash of one audit row: SHA-256 over the previous hash and the row's canonical content. */
export function hashAuditRow(prevHash: string, row: HashedFields): string {
  const content = canonicalJson({ ...row, at: row.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** Normalises a value the way jsonb stores it (Dates become ISO strings, undefined disappears). */
const toJson = (v: unknown): unknown => (v === undefined ? null : JSON.parse(JSON.stringify(v)));

/** The hashed fields of a new record; its id (0 here) is assigned by the database: last id + 1. */
function auditFields(ctx: AuditContext, entry: AuditEntry, at: Date): HashedFields {
  return {
    id: 0,
    at: new Date(at.getTime()),
    actorUserId: ctx.actorUserId,
    actorName: ctx.actorName,
    ip: ctx.ip,
    requestId: ctx.requestId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    agencyId: entry.agencyId ?? null,
    before: toJson(entry.before),
    after: toJson(entry.after),
  };
}

/**
 * Appends one audit record inside the caller's transaction, so the change and its record commit together
 * (or neither does). One statement: it reads the last record, takes the next id and computes the hash
 * SHA-256(prev_hash "\n" canonical content) — the same as hashAuditRow, with the content built here and the id and
 * previous hash filled in by the database. The primary key keeps the chain linear: a concurrent append that took
 * the same id first makes this insert do nothing (after waiting for that transaction to commit), and it is
 * retried on the new last record. Call it last in the transaction: from its insert to the commit, appends by
 * other transactions wait.
 */
export async function recordAudit(tx: Db, ctx: AuditContext, entry: AuditEntry, at: Date = new Date()): Promise<void> {
  const fields = auditFields(ctx, entry, at);
  const [prefix, suffix] = canonicalJsonAroundId({ ...fields, at: fields.at.toISOString() });
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  for (let attempt = 0; attempt < 100; attempt++) {
    const result = await executePrepared(tx, sql`
      insert into ${auditLog} (id, at, actor_user_id, actor_name, ip, request_id, action, entity_type, entity_id, agency_id, before, after, prev_hash, hash)
      select coalesce(last.id, 0) + 1, ${fields.at.toISOString()}::timestamptz, ${fields.actorUserId}::uuid, ${fields.actorName}, ${fields.ip}, ${fields.requestId},
        ${fields.action}, ${fields.entityType}, ${fields.entityId}, ${fields.agencyId}::uuid, ${json(fields.before)}::jsonb, ${json(fields.after)}::jsonb,
        coalesce(last.hash, ${GENESIS_HASH}),
        encode(sha256(convert_to(coalesce(last.hash, ${GENESIS_HASH}) || ${`\n${prefix}`} || (coalesce(last.id, 0) + 1)::text || ${suffix}, 'UTF8')), 'hex')
      from (select 1) as one left join lateral (select id, hash from ${auditLog} order by id desc limit 1) as last on true
      on conflict (id) do nothing
      returning id`);
    if (result.rows.length > 0) return;
  }
  throw new Error('Không ghi được nhật ký kiểm toán: quá nhiều bản ghi đồng thời.');
}

/** A concurrent append took an id a batch needed: the caller's transaction must be rolled back and run again. */
export class AuditChainBusyError extends Error {
  constructor() {
    super('audit chain busy: another transaction appended first');
  }
}

/** One audit record of a batch, in the form the chain statement reads (jsonb_populate_record over audit_log + p, s). */
export type AuditChainRow = Record<string, unknown> & { entity_id: string | null; p: string; s: string };

/**
 * The rows of a batch for auditChainSql: each record's stored fields by column name and its canonical JSON cut around
 * the id (`p` = "\n" + the part before it, `s` = the part after it), so the database can hash it once it knows the id.
 */
export function auditChainRows(items: readonly { ctx: AuditContext; entry: AuditEntry; at: Date }[]): AuditChainRow[] {
  return items.map(({ ctx, entry, at }) => {
    const fields = auditFields(ctx, entry, at);
    const [prefix, suffix] = canonicalJsonAroundId({ ...fields, at: fields.at.toISOString() });
    return { p: `\n${prefix}`, s: suffix, at: fields.at.toISOString(), actor_user_id: fields.actorUserId, actor_name: fields.actorName, ip: fields.ip, request_id: fields.requestId, action: fields.action, entity_type: fields.entityType, entity_id: fields.entityId, agency_id: fields.agencyId, before: fields.before, after: fields.after };
  });
}

/**
 * SQL of the common table expressions that append the rows of the CTE `source` to the chain, in its `ord` order
 * (1, 2, … without gaps; columns: those of audit_log read by jsonb_populate_record, plus `p` and `s` from
 * auditChainRows): `audit_last` reads the last record, `audit_chain` extends the chain recursively with the same
 * SHA-256 as recordAudit, `audit_ins` inserts (returning id). For a statement that begins `WITH RECURSIVE`. If a
 * concurrent append took one of the ids, fewer rows than the source's are inserted (the primary key) and the chain
 * of the batch would be cut: the statement must then fail or its transaction be rolled back (AuditChainBusyError).
 */
export function auditChainSql(source: string): string {
  return `audit_last as (
      select coalesce(l.id, 0) as id, coalesce(l.hash, '${GENESIS_HASH}') as hash
      from (select 1) as one left join lateral (select id, hash from audit_log order by id desc limit 1) as l on true
    ), audit_chain(ord, id, prev_hash, hash) as (
      select 1, al.id + 1, al.hash, encode(sha256(convert_to(al.hash || e.p || (al.id + 1)::text || e.s, 'UTF8')), 'hex') from audit_last al, ${source} e where e.ord = 1
      union all
      select c.ord + 1, c.id + 1, c.hash, encode(sha256(convert_to(c.hash || e.p || (c.id + 1)::text || e.s, 'UTF8')), 'hex') from audit_chain c join ${source} e on e.ord = c.ord + 1
    ), audit_ins as (
      insert into audit_log (id, at, actor_user_id, actor_name, ip, request_id, action, entity_type, entity_id, agency_id, before, after, prev_hash, hash)
      select c.id, e.at, e.actor_user_id, e.actor_name, e.ip, e.request_id, e.action, e.entity_type, e.entity_id, e.agency_id, nullif(e.before, 'null'::jsonb), nullif(e.after, 'null'::jsonb), c.prev_hash, c.hash
      from audit_chain c join ${source} e on e.ord = c.ord order by c.id
      on conflict (id) do nothing
      returning id
    )`;
}

const auditBatchText = `
    with recursive audit_src as (
      select t.ord::int as ord, r.*, t.x->>'p' as p, t.x->>'s' as s
      from jsonb_array_elements($1::jsonb) with ordinality as t(x, ord), lateral jsonb_populate_record(null::audit_log, t.x) as r
    ), ${auditChainSql('audit_src')}
    select count(*)::int as n from audit_ins`;

/**
 * Appends several audit records, in order, inside the caller's transaction, in ONE statement — for work done in
 * groups. One entry takes recordAudit's path. Several: auditChainSql over the batch's rows. If a concurrent append
 * took one of the ids, it throws AuditChainBusyError and the caller rolls its transaction back and runs it again.
 */
export async function recordAuditBatch(tx: Db, items: { ctx: AuditContext; entry: AuditEntry; at: Date }[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length === 1) return recordAudit(tx, items[0]!.ctx, items[0]!.entry, items[0]!.at);
  const result = await executeText<{ n: number }>(tx, auditBatchText, [JSON.stringify(auditChainRows(items))]);
  const inserted = Number(result.rows[0]?.n ?? 0);
  if (inserted !== items.length) throw new AuditChainBusyError();
}

/** Result of a chain verification: ok, or the first record that does not fit and why. */
export type ChainReport = { ok: true; count: number } | { ok: false; count: number; firstBadId: number; reason: string };

/** Walks the whole chain in id order and reports the first edited, inserted or deleted record. */
export async function verifyAuditChain(db: Db, batchSize = 5000): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let count = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gte(auditLog.id, expectedId)).orderBy(asc(auditLog.id)).limit(batchSize);
    if (rows.length === 0) return { ok: true, count };
    for (const row of rows) {
      if (row.id !== expectedId) {
        return { ok: false, count, firstBadId: row.id, reason: `Thiếu bản ghi ${expectedId}${row.id - expectedId > 1 ? `–${row.id - 1}` : ''} (đã bị xóa)` };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, count, firstBadId: row.id, reason: 'Liên kết với bản ghi trước không khớp' };
      }
      const { prevHash: _p, hash, ...fields } = row;
      if (hashAuditRow(prevHash, fields) !== hash) {
        return { ok: false, count, firstBadId: row.id, reason: 'Nội dung bản ghi đã bị sửa (mã băm không khớp)' };
      }
      prevHash = hash;
      expectedId++;
      count++;
    }
  }
}

/** Filters for browsing the trail. `agencyPaths` limits to records of agencies in the actor's scope. */
export type AuditQuery = {
  actorUserId?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  beforeId?: number;
  limit: number;
  agencyFilter?: SQL;
};

/** Lists audit records, newest first, with keyset pagination on id. */
export async function listAudit(db: Db, q: AuditQuery) {
  const conds: SQL[] = [];
  if (q.actorUserId) conds.push(eq(auditLog.actorUserId, q.actorUserId));
  if (q.entityType) conds.push(eq(auditLog.entityType, q.entityType));
  if (q.entityId) conds.push(eq(auditLog.entityId, q.entityId));
  if (q.action) conds.push(eq(auditLog.action, q.action));
  if (q.from) conds.push(gte(auditLog.at, q.from));
  if (q.to) conds.push(lte(auditLog.at, q.to));
  if (q.beforeId) conds.push(sql`${auditLog.id} < ${q.beforeId}`);
  if (q.agencyFilter) conds.push(q.agencyFilter);
  return db
    .select()
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit);
}

