import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config';
import type { Db } from './db';
import type { JobQueue } from './jobs/queue';
import type { BlobStore } from './storage/blob-store';

/** A source of the current time, injected so that deadline logic can be tested on any date. */
export type Clock = { now(): Date };
export const systemClock: Clock = { now: () => new Date() };

/** Everything a service may need, passed explicitly (no globals). */
export type Deps = {
  db: Db;
  config: Config;
  clock: Clock;
  blobs: BlobStore;
  jobs: JobQueue;
  log: FastifyBaseLogger;
};
