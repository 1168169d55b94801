import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_DB, type TestContext } from '../../../test/helpers/context';
import { openDatabase } from '../db';
import { jobs } from './jobs.table';
import { JobQueue } from './queue';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const clockAt = (iso: string) => {
  let now = new Date(iso);
  return { now: () => now, set: (d: string) => (now = new Date(d)) };
};

describe('job queue', () => {
  it('runs a job once, retries a failing one with back-off, and gives up after maxAttempts', async () => {
    const clock = clockAt('2026-03-02T01:00:00Z');
    const q = new JobQueue(ctx.deps.db, clock);
    const seen: unknown[] = [];
    let failures = 0;
    q.handle('t.ok', async (p) => void seen.push(p));
    q.handle('t.flaky', async () => {
      failures++;
      throw new Error('tạm thời lỗi');
    });
    await q.enqueue('t.ok', { n: 1 });
    const flakyId = await q.enqueue('t.flaky', {}, { maxAttempts: 3 });
    expect(await q.drain()).toBe(2);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await q.drain()).toBe(0); // back-off: not due yet
    clock.set('2026-03-02T01:00:03Z');
    expect(await q.drain()).toBe(1);
    clock.set('2026-03-02T01:00:20Z');
    expect(await q.drain()).toBe(1);
    clock.set('2026-03-02T02:00:00Z');
    expect(await q.drain()).toBe(0);
    const [row] = await ctx.deps.db.select().from(jobs).where(eq(jobs.id, flakyId!));
    expect(row).toMatchObject({ status: 'failed', attempts: 3, lastError: 'tạm thời lỗi' });
    expect(failures).toBe(3);
  });

  it('never runs the same job twice with concurrent workers', async () => {
    const runs = new Map<number, number>();
    const workers = [0, 1, 2].map(() => new JobQueue(ctx.deps.db, { now: () => new Date() }));
    for (const w of workers) w.handle('t.concurrent', async (_p, job) => void runs.set(job.id, (runs.get(job.id) ?? 0) + 1));
    for (let i = 0; i < 30; i++) await workers[0]!.enqueue('t.concurrent', { i });
    await Promise.all(workers.map((w) => w.drain()));
    expect(runs.size).toBe(30);
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
  });

  it('fires a cron schedule once per slot', async () => {
    const clock = clockAt('2026-03-02T00:00:00Z');
    const q = new JobQueue(ctx.deps.db, clock);
    let n = 0;
    q.handle('t.daily', async () => void n++);
    await q.schedule('daily-test', '0 8 * * *', 't.daily'); // 08:00 Vietnam time = 01:00 UTC
    expect(await q.drain()).toBe(0);
    clock.set('2026-03-02T01:00:01Z');
    await q.drain();
    await q.drain();
    expect(n).toBe(1);
    clock.set('2026-03-03T01:00:01Z');
    await q.drain();
    expect(n).toBe(2);
  });

  it('takes over a job whose worker died while running it (lock expired)', async () => {
    const clock = clockAt('2026-04-01T00:00:00Z');
    const dead = new JobQueue(ctx.deps.db, clock, undefined, { lockSeconds: 60 });
    dead.handle('t.crash', () => new Promise(() => {})); // never finishes: the process "dies"
    const id = await dead.enqueue('t.crash', {});
    void dead.runOne();
    await new Promise((r) => setTimeout(r, 200));
    const alive = new JobQueue(ctx.deps.db, clock, undefined, { lockSeconds: 60 });
    let ran = false;
    alive.handle('t.crash', async () => void (ran = true));
    expect(await alive.drain()).toBe(0);
    clock.set('2026-04-01T00:02:00Z');
    expect(await alive.drain()).toBe(1);
    expect(ran).toBe(true);
    const [row] = await ctx.deps.db.select().from(jobs).where(eq(jobs.id, id!));
    expect(row?.status).toBe('done');
  });

  // Only PGlite has a restart to survive inside one test process; on PostgreSQL rows outlive the pool by nature
  // (the crash-takeover test above covers a worker dying mid-job on both engines).
  it.runIf(TEST_DB === 'pglite')('keeps a job enqueued before a restart of the embedded database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-jobs-'));
    try {
      const first = await openDatabase({ pgliteDir: dir });
      await first.migrate();
      await new JobQueue(first.db, { now: () => new Date() }).enqueue('t.persist', { hello: 'xin chào' });
      await first.close();
      const second = await openDatabase({ pgliteDir: dir });
      const q = new JobQueue(second.db, { now: () => new Date() });
      const got: unknown[] = [];
      q.handle('t.persist', async (p) => void got.push(p));
      expect(await q.drain()).toBe(1);
      expect(got).toEqual([{ hello: 'xin chào' }]);
      await second.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
