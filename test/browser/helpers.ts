/**
 * Shared helpers of the browser tests: build the web app when needed, start the real server on a fresh data
 * folder and a free port, launch the system Chromium with playwright-core, take screenshots.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { freePort } from '../system/server-process';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIST = path.join(ROOT, 'dist/web');
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results/screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'ThanhTra2026';

/** How long the server may take to seed the demo data and listen (BROWSER_SERVER_START_MS on a loaded machine). */
export const SERVER_START_MS = Number(process.env.BROWSER_SERVER_START_MS ?? 150_000);
export const DESKTOP = { width: 1366, height: 768 };
export const MOBILE = { width: 375, height: 812 };

/** Newest modification time of the files under `dir` (recursively), 0 when it does not exist. */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function webBuildIsFresh(): boolean {
  const index = path.join(WEB_DIST, 'index.html');
  if (!fs.existsSync(index)) return false;
  const builtAt = fs.statSync(index).mtimeMs;
  return ['src/web', 'src/shared', 'vite.config.ts', 'package-lock.json'].every((p) => newestMtime(path.join(ROOT, p)) <= builtAt);
}

/**
 * Builds dist/web unless it exists and is newer than every source it is built from. Test files run in
 * parallel, so the build is guarded by a lock folder (mkdir is atomic): the others wait for it.
 */
export function ensureWebBuilt(): void {
  const lock = path.join(ROOT, 'dist/.web-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    if (webBuildIsFresh()) return;
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Someone else is building; a lock older than 5 minutes was left by a killed run.
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('Timed out waiting for another web build');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (webBuildIsFresh()) return;
    execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      // vitest sets NODE_ENV=test, which would bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export type RunningServer = { url: string; port: number; dataDir: string; output(): string; stop(): Promise<void> };

/**
 * Starts `src/server/main.ts` (demo data seeded) on a fresh temporary DATA_DIR and a free port, and waits for
 * /readyz. The server runs in its own process group so that stop() ends it and nothing else.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thanhtra-browser-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  let exited = false;
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', () => ((exited = true), resolve())));

  const stop = async () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 10_000);
      await exitedPromise;
      clearTimeout(timer);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + SERVER_START_MS;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The server stopped during start-up:\n${log}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return { url, port, dataDir, output: () => log, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The server did not become ready in time:\n${log}`);
}

export type RunningBrowser = { browser: Browser; close(): Promise<void> };

/** Launches the system Chromium headless, with its profile and caches in temporary folders. */
export async function launchBrowser(): Promise<RunningBrowser> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'thanhtra-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    env: { ...process.env, XDG_CONFIG_HOME: path.join(home, 'config'), XDG_CACHE_HOME: path.join(home, 'cache'), HOME: home },
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh browser context (own cookies and localStorage) on the server, at a viewport size. Requests to any
 * other host are refused and recorded in `external`, so a test can check the app makes no outside requests.
 */
export async function newContext(browser: Browser, baseURL: string, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; external: string[] }> {
  const context = await browser.newContext({ baseURL, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const external: string[] = [];
  const origin = new URL(baseURL).origin;
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    external.push(u);
    return route.abort();
  });
  const page = await context.newPage();
  return { context, page, external };
}

/** Waits until no loading indicator is shown (data of the page has arrived). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.loading'), undefined, { timeout: 20_000 });
}

/** Saves a screenshot (full page unless told otherwise) to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  await settled(page);
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? true });
  return file;
}

/** Logs in through the login page and waits for the application shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/^(Mật khẩu|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Đăng nhập|Log in)$/ }).click();
  await page.getByRole('button', { name: /^(Đăng xuất|Log out)$/ }).waitFor();
}

/** Page width that does not fit the viewport (0 when nothing scrolls sideways). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** A screenshot taker for one feature: names are prefixed, and a page that scrolls sideways fails the test. */
export function shooter(prefix: string) {
  return async (page: Page, name: string, fullPage = true) => {
    await settled(page);
    await screenshot(page, `${prefix}-${name}`, { fullPage });
    const overflow = await sidewaysOverflow(page);
    // Name the elements that stick out, so that a failure says where to look.
    const culprits = overflow > 0 ? await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible' && e.getBoundingClientRect().left + e.scrollWidth > window.innerWidth + 1)).slice(0, 12).map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} ${Math.round(e.getBoundingClientRect().width)}px sw=${e.scrollWidth} ws=${getComputedStyle(e).whiteSpace} gtc=${getComputedStyle(e).gridTemplateColumns}`)) : [];
    expect(overflow, `${name} scrolls sideways: ${culprits.join(' | ')}`).toBeLessThanOrEqual(0);
  };
}

/**
 * One server (with demo data) and one Chromium for a describe block: started before its tests, stopped after.
 * Read `suite.server` / `suite.browser` inside the tests.
 */
export function browserSuite(env: Record<string, string> = {}) {
  const suite = {} as { server: RunningServer; browser: Browser; chrome: RunningBrowser };
  beforeAll(async () => {
    ensureWebBuilt();
    suite.server = await startServer(env);
    suite.chrome = await launchBrowser();
    suite.browser = suite.chrome.browser;
  }, SERVER_START_MS + 60_000);
  afterAll(async () => {
    await suite.chrome?.close();
    await suite.server?.stop();
  });
  return suite;
}

/**
 * Logs a demo account in through the API (outside the browser) and returns a caller carrying its session and CSRF
 * token, and the agency of its first grant: to prepare data a browser test then looks at.
 */
export async function apiAs(baseUrl: string, username: string) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tt_session='))!.split(';')[0]!;
  const { me } = (await res.json()) as { me: { csrfToken: string; grants: { agencyId: string }[] } };
  const call = async (method: string, url: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}/api/v1${url}`, { method, headers: { cookie, 'x-csrf-token': me.csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const json = (await r.json()) as Record<string, unknown>;
    if (!r.ok) throw new Error(`${method} ${url}: ${r.status} ${JSON.stringify(json)}`);
    return json;
  };
  return { call, agencyId: me.grants[0]!.agencyId };
}
