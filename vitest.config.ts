import { defineConfig } from 'vitest/config';

// Three kinds of tests (see ARCHITECTURE.md §Tests):
//   fast     — pure logic, no database (`*.test.ts` that are not `*.db.test.ts` / browser tests)
//   pglite   — HTTP/database tests (`*.db.test.ts`) on embedded PGlite
//   postgres — the same files on a real PostgreSQL server (run only when one answers; scripts/test.mjs decides)
//   system   — the real server as a child process (`test/system/*.system.test.ts`): durability, locks, shutdown
//   browser  — full flows in headless Chromium (`test/browser/*.browser.test.ts`)
const dbTests = ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'];
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      { test: { name: 'fast', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: [...dbTests, 'test/browser/**', 'test/system/**', 'node_modules/**'] } },
      { test: { name: 'pglite', include: dbTests, env: { TEST_DB: 'pglite' }, testTimeout: 30_000, hookTimeout: 60_000 } },
      { test: { name: 'postgres', include: dbTests, env: { TEST_DB: 'postgres' }, testTimeout: 30_000, hookTimeout: 60_000, globalSetup: ['./test/pg-global-setup.ts'] } },
      { test: { name: 'system', include: ['test/system/**/*.system.test.ts'], testTimeout: 240_000, hookTimeout: 120_000 } },
      { test: { name: 'browser', include: ['test/browser/**/*.browser.test.ts'], testTimeout: 60_000, hookTimeout: 180_000 } },
    ],
  },
});
