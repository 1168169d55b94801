import os from 'node:os';
import { CronExpressionParser } from 'cron-parser';
import { and, eq, lte, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db';
import type { Clock } from '../deps';
import { jobSchedules, jobs } from './jobs.table';

export type JobRow = typeof jobs.$inferSelect;
/** A job handler; throwing makes the job retry with exponential back-off until maxAttempts. */
export type JobHandler = (payload: unknown, job: JobRow) => Promise<void>;
export type EnqueueOptions = { runAt?: Date; maxAttempts?: number; singletonKey?: string };

const TZ = 'Asia/Ho_Chi_Minh';

/**
 * A PostgreSQL-backed job queue that works the same on PGlite and PostgreSQL. Jobs are rows: a crash loses
 * nothing (a job whose lock expired is claimed again), and claiming uses FOR UPDATE SKIP LOCKED so several
 * workers never run the same job twice.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  readonly workerId = `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly log?: FastifyBaseLogger,
    private readonly opts: { pollMs?: number; lockSeconds?: number } = {},
  ) {}

  /** Registers the handler of a queue. */
  handle(queue: string, handler: JobHandler): void {
    this.handlers.set(queue, handler);
  }

  /** Adds a job (in the caller's transaction when `db` is a transaction, so it commits with the change). */
  async enqueue(queue: string, payload: unknown, options: EnqueueOptions = {}, db: Db = this.db): Promise<number | null> {
    const [row] = await db
      .insert(jobs)
      .values({ queue, payload: payload ?? {}, runAt: options.runAt ?? this.clock.now(), maxAttempts: options.maxAttempts ?? 5, singletonKey: options.singletonKey ?? null })
      .onConflictDoNothing({ target: jobs.singletonKey })
      .returning({ id: jobs.id });
    return row?.id ?? null;
  }

  /** Creates or updates a recurring schedule (cron in Vietnam time). */
  async schedule(name: string, cron: string, queue: string, payload: unknown = {}): Promise<void> {
    const nextRunAt = CronExpressionParser.parse(cron, { currentDate: this.clock.now(), tz: TZ }).next().toDate();
    await this.db
      .insert(jobSchedules)
      .values({ name, cron, queue, payload: payload ?? {}, nextRunAt })
      .onConflictDoUpdate({ target: jobSchedules.name, set: { cron, queue, payload: payload ?? {} } });
  }

  /** Enqueues the jobs of every schedule that is due and moves each schedule to its next time. */
  async enqueueDueSchedules(): Promise<number> {
    const now = this.clock.now();
    const due = await this.db
      .select()
      .from(jobSchedules)
      .where(and(eq(jobSchedules.enabled, true), lte(jobSchedules.nextRunAt, now)));
    for (const s of due) {
      const next = CronExpressionParser.parse(s.cron, { currentDate: now, tz: TZ }).next().toDate();
      await this.db.transaction(async (tx) => {
        // The singleton key makes a schedule fire once per slot even if two workers see it due.
        await this.enqueue(s.queue, s.payload, { singletonKey: `schedule:${s.name}:${s.nextRunAt.toISOString()}` }, tx);
        await tx.update(jobSchedules).set({ nextRunAt: next, lastRunAt: now }).where(eq(jobSchedules.name, s.name));
      });
    }
    return due.length;
  }

  /** Claims and runs at most one due job; returns false when there was none. */
  async runOne(): Promise<boolean> {
    const now = this.clock.now();
    const lockUntil = new Date(now.getTime() + (this.opts.lockSeconds ?? 300) * 1000);
    const queues = [...this.handlers.keys()];
    if (queues.length === 0) return false;
    const claimed = await this.db.transaction(async (tx) => {
      const result = await tx.execute(sql`
        select id from jobs
        where queue in (${sql.join(
          queues.map((q) => sql`${q}`),
          sql`, `,
        )})
          and ((status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now}))
        order by run_at, id
        limit 1
        for update skip locked`);
      const id = ((result as unknown as { rows: unknown[] }).rows[0] as { id: number | string } | undefined)?.id;
      if (id === undefined) return undefined;
      const [job] = await tx
        .update(jobs)
        .set({ status: 'running', lockedUntil: lockUntil, lockedBy: this.workerId, attempts: sql`${jobs.attempts} + 1` })
        .where(eq(jobs.id, Number(id)))
        .returning();
      return job;
    });
    if (!claimed) return false;
    const handler = this.handlers.get(claimed.queue)!;
    try {
      await handler(claimed.payload, claimed);
      await this.db.update(jobs).set({ status: 'done', finishedAt: this.clock.now(), lockedUntil: null, lastError: null }).where(eq(jobs.id, claimed.id));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const failed = claimed.attempts >= claimed.maxAttempts;
      // Exponential back-off: 2^attempts seconds, capped at one hour.
      const retryAt = new Date(this.clock.now().getTime() + Math.min(3600, 2 ** claimed.attempts) * 1000);
      this.log?.warn({ jobId: claimed.id, queue: claimed.queue, err: message, failed }, 'job failed');
      await this.db
        .update(jobs)
        .set(failed ? { status: 'failed', lastError: message, finishedAt: this.clock.now(), lockedUntil: null } : { status: 'pending', lastError: message, runAt: retryAt, lockedUntil: null })
        .where(eq(jobs.id, claimed.id));
    }
    return true;
  }

  /** Runs due schedules and jobs until none is left (used by tests and the CLI). */
  async drain(max = 1000): Promise<number> {
    await this.enqueueDueSchedules();
    let n = 0;
    while (n < max && (await this.runOne())) n++;
    return n;
  }

  /** Starts polling in the background. */
  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      this.running = this.drain(50)
        .then(() => undefined)
        .catch((err) => this.log?.error({ err }, 'job worker error'));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(tick, this.opts.pollMs ?? 1000);
    };
    this.timer = setTimeout(tick, 0);
  }

  /** Stops polling and waits for the job in progress to finish (graceful shutdown). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
