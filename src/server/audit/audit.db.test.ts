import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_DB, type TestContext } from '../../../test/helpers/context';
import { AuditChainBusyError, canonicalJson, canonicalJsonAroundId, recordAudit, recordAuditBatch, verifyAuditChain } from './audit';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const who = { actorUserId: null, actorName: 'test', ip: '127.0.0.1', requestId: 'r1' };

async function append(n: number) {
  for (let i = 0; i < n; i++) {
    await ctx.deps.db.transaction((tx) => recordAudit(tx, who, { action: 'test.event', entityType: 'test', entityId: String(i), before: { i }, after: { i: i + 1, at: new Date('2026-01-02T03:04:05.678Z'), nested: { b: 1, a: [1, 'hai'] } } }));
  }
}

/** Runs SQL as an attacker with direct database access would: with the append-only trigger disabled. */
async function tamper(statement: ReturnType<typeof sql>) {
  await ctx.deps.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
  try {
    await ctx.deps.db.execute(statement);
  } finally {
    await ctx.deps.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
  }
}

describe('audit chain', () => {
  it('links every record to the previous one and verifies clean', async () => {
    await append(6);
    const report = await verifyAuditChain(ctx.deps.db, 4); // small batches: crosses a batch boundary
    expect(report).toEqual({ ok: true, count: 6 });
  });

  it('refuses UPDATE and DELETE at the database level', async () => {
    await expect(ctx.deps.db.execute(sql`update audit_log set action = 'x' where id = 1`)).rejects.toThrow();
    await expect(ctx.deps.db.execute(sql`delete from audit_log where id = 1`)).rejects.toThrow();
  });

  it('names the first edited record', async () => {
    await tamper(sql`update audit_log set after = '{"i": 999}'::jsonb where id = 3`);
    const report = await verifyAuditChain(ctx.deps.db);
    expect(report).toMatchObject({ ok: false, firstBadId: 3, count: 2 });
    if (!report.ok) expect(report.reason).toMatch(/sửa/);
    // Put it back as it was so the next test starts from a valid chain.
    await tamper(sql`update audit_log set after = '{"i": 3, "at": "2026-01-02T03:04:05.678Z", "nested": {"a": [1, "hai"], "b": 1}}'::jsonb where id = 3`);
    expect((await verifyAuditChain(ctx.deps.db)).ok).toBe(true);
  });

  it('names the record after a deleted one', async () => {
    await tamper(sql`delete from audit_log where id = 4`);
    const report = await verifyAuditChain(ctx.deps.db);
    expect(report).toMatchObject({ ok: false, firstBadId: 5, count: 3 });
    if (!report.ok) expect(report.reason).toMatch(/xóa/);
  });

  it('detects a forged record whose hash was recomputed but not its successors', async () => {
    const fresh = await createTestContext();
    try {
      for (let i = 0; i < 3; i++) await fresh.deps.db.transaction((tx) => recordAudit(tx, who, { action: 'a', entityType: 't', entityId: String(i) }));
      await fresh.deps.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await fresh.deps.db.execute(sql`update audit_log set actor_name = 'kẻ giả mạo', hash = repeat('a', 64) where id = 2`);
      const report = await verifyAuditChain(fresh.deps.db);
      expect(report).toMatchObject({ ok: false, firstBadId: 2 });
    } finally {
      await fresh.close();
    }
  });

  it('keeps one linear chain when transactions append at the same time (the primary key orders them)', async () => {
    const fresh = await createTestContext();
    try {
      await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          fresh.deps.db.transaction(async (tx) => {
            await recordAudit(tx, who, { action: 'test.parallel', entityType: 't', entityId: String(i), after: { i, text: 'Nguyễn "Văn" \\ A\n' } });
          }),
        ),
      );
      expect(await verifyAuditChain(fresh.deps.db)).toEqual({ ok: true, count: 10 });
    } finally {
      await fresh.close();
    }
  });

  it('appends a batch in one statement whose hashes are the ones recordAudit computes', async () => {
    const fresh = await createTestContext();
    try {
      const at = new Date('2026-07-01T01:02:03.456Z');
      await fresh.deps.db.transaction((tx) => recordAudit(tx, who, { action: 'single', entityType: 't', entityId: 'a' }));
      await fresh.deps.db.transaction((tx) =>
        recordAuditBatch(
          tx,
          Array.from({ length: 5 }, (_, i) => ({ ctx: { ...who, actorName: `Người ${i}` }, at, entry: { action: 'batch', entityType: 't', entityId: String(i), before: i === 0 ? undefined : { i }, after: { text: 'Tố cáo "x" \\ \n', i } } })),
        ),
      );
      await fresh.deps.db.transaction((tx) => recordAudit(tx, who, { action: 'single', entityType: 't', entityId: 'b' }));
      expect(await verifyAuditChain(fresh.deps.db)).toEqual({ ok: true, count: 7 });
      const rows = (await fresh.deps.db.execute(sql`select id, action, actor_name, before from audit_log order by id`)) as unknown as { rows: { id: number; action: string; actor_name: string; before: unknown }[] };
      expect(rows.rows.map((r) => r.action)).toEqual(['single', 'batch', 'batch', 'batch', 'batch', 'batch', 'single']);
      expect(rows.rows[2]).toMatchObject({ actor_name: 'Người 1', before: { i: 1 } });
      expect(rows.rows[1]!.before).toBeNull(); // SQL NULL, as recordAudit stores it
    } finally {
      await fresh.close();
    }
  });

  it.runIf(TEST_DB === 'postgres')('refuses a batch whose ids a concurrent append took, leaving nothing half-written', async () => {
    const fresh = await createTestContext();
    try {
      await fresh.deps.db.transaction((tx) => recordAudit(tx, who, { action: 'first', entityType: 't' }));
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let appended!: () => void;
      const appendedNow = new Promise<void>((r) => (appended = r));
      // Transaction A appends record 2 and stays open; B's batch reads record 1 as the last, wants ids 2–3 and waits.
      const a = fresh.deps.db.transaction(async (tx) => {
        await recordAudit(tx, who, { action: 'a', entityType: 't' });
        appended();
        await held;
      });
      await appendedNow;
      const b = fresh.deps.db.transaction((tx) => recordAuditBatch(tx, [0, 1].map((i) => ({ ctx: who, at: new Date(), entry: { action: 'b', entityType: 't', entityId: String(i) } }))));
      // Release A only once B's insert waits for A's row (a fixed pause is not enough on a busy machine).
      for (let waited = 0; ; waited += 20) {
        const r = (await fresh.deps.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`)) as unknown as { rows: { n: number }[] };
        if (r.rows[0]!.n > 0) break;
        if (waited > 20_000) throw new Error('B never waited for A');
        await new Promise((r) => setTimeout(r, 20));
      }
      release();
      await a;
      await expect(b).rejects.toBeInstanceOf(AuditChainBusyError);
      expect(await verifyAuditChain(fresh.deps.db)).toEqual({ ok: true, count: 2 });
      // Run again (what the caller does), it extends the chain from the new last record.
      await fresh.deps.db.transaction((tx) => recordAuditBatch(tx, [0, 1].map((i) => ({ ctx: who, at: new Date(), entry: { action: 'b', entityType: 't', entityId: String(i) } }))));
      expect(await verifyAuditChain(fresh.deps.db)).toEqual({ ok: true, count: 4 });
    } finally {
      await fresh.close();
    }
  });

  it('cuts the canonical JSON around the id so the database can fill it in', () => {
    const row = { id: 0, at: '2026-01-02T03:04:05.678Z', action: 'a', entityType: 't', entityId: null, after: { id: 7, b: [1, 'x'] }, ip: '::1', requestId: 'r' };
    const [prefix, suffix] = canonicalJsonAroundId(row);
    expect(`${prefix}123${suffix}`).toBe(canonicalJson({ ...row, id: 123 }));
  });
});
