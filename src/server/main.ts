import path from 'node:path';
import pino from 'pino';
import { buildApp } from './app';
import { seedReferenceData } from './bootstrap';
import { warmKbIndex } from '../modules/kb';
import { loadConfig } from './config';
import { openDatabase } from './db';
import { systemClock, type Deps } from './deps';
import { JobQueue } from './jobs/queue';
import { registerJobs } from './jobs/handlers';
import { DEMO_ADMIN, DEMO_DEFAULT_PASSWORD, seedDemoData } from './seed/demo';
import { seedDemoPetitions } from './seed/demo-petitions';
import { seedDemoInspections } from './seed/demo-inspections';
import { seedDemoChecks } from './seed/demo-checks';
import { seedDemoReception } from './seed/demo-reception';
import { seedDemoPlans } from './seed/demo-plans';
import { seedDemoSanctions } from './seed/demo-sanctions';
import { seedDemoHistories } from './seed/demo-histories';
import { seedDemoSubjects } from './seed/demo-subjects';
import { seedDemoScores, seedSanctionHistory } from './seed/demo-risk';
import { vnToday } from '../modules/subjects/subjects.refs';
import { LocalBlobStore } from './storage/blob-store';

/** Starts the platform: configuration → database (migrated, seeded) → HTTP app → job worker. */
async function main() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel, base: { service: 'thanhtra' } });
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: config.databaseUrl ? undefined : path.join(config.dataDir, 'db') });
  log.info({ engine: database.kind, dataDir: config.dataDir }, 'database opened');
  await database.migrate();
  const reference = await seedReferenceData(database.db);
  if (reference.units.loaded) log.info(reference.units, 'administrative units loaded');
  if (reference.laws.loaded) log.info(reference.laws, 'law library loaded');
  // Build the knowledge-base search index now rather than on the first question.
  void warmKbIndex(database.db).catch((err: unknown) => log.error({ err }, 'knowledge-base index failed'));

  const jobs = new JobQueue(database.db, systemClock, log);
  const deps: Deps = { db: database.db, config, clock: systemClock, blobs: new LocalBlobStore(path.join(config.dataDir, 'files')), jobs, log };
  if (config.seedDemo) {
    const password = config.demoAdminPassword ?? DEMO_DEFAULT_PASSWORD;
    const demo = await seedDemoData(deps, password);
    if (demo.created) log.info({ agencies: demo.agencies, users: demo.users }, 'demo data created');
    const petitions = await seedDemoPetitions(deps);
    if (petitions.created) log.info(petitions, 'demo petitions created');
    const visits = await seedDemoReception(deps);
    if (visits.created) log.info(visits, 'demo reception visits created');
    const subjects = await seedDemoSubjects(deps);
    if (subjects.created) log.info(subjects, 'demo managed subjects created');
    const inspections = await seedDemoInspections(deps);
    if (inspections.created) log.info(inspections, 'demo inspections with findings and recommendations created');
    const checks = await seedDemoChecks(deps);
    if (checks.created) log.info(checks, 'demo specialised checks of a provincial department created');
    const plans = await seedDemoPlans(deps);
    if (plans.created) log.info(plans, 'demo inspection plans created');
    // The sanction cases worked in the platform first (their seeding stops when any case exists), then past decisions
    // of the demo organisations (as imported from the national XLVPHC database), then the first early-warning scores:
    // queued, computed by the job worker after the start.
    const sanctions = await seedDemoSanctions(deps);
    if (sanctions.created) log.info(sanctions, 'demo sanction cases created');
    if (subjects.created) log.info(await seedSanctionHistory(deps.db, vnToday(deps.clock.now())), 'demo sanction history imported');
    if (subjects.created) log.info(await seedDemoScores(deps), 'demo risk scoring queued');
    const histories = await seedDemoHistories(deps);
    if (histories.created) log.info(histories, 'demo letters about managed subjects created');
    console.log(`\n  Tài khoản quản trị mẫu / demo administrator:  ${DEMO_ADMIN}  /  ${password}\n`);
  }
  await registerJobs(deps);
  const app = await buildApp(deps);
  if (config.jobsEnabled) jobs.start();
  await app.listen({ port: config.port, host: config.host });
  console.log(`  Thanh tra số đang chạy tại http://localhost:${config.port}  (API: /api/v1, tài liệu API: /api/docs)\n`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await app.close(); // stops accepting, lets in-flight requests finish
    await jobs.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
