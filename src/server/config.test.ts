import { describe, expect, it } from 'vitest';
import { DEV_SECRETS, loadConfig } from './config';

describe('configuration', () => {
  it('has safe defaults for development', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, env: 'development', cookieSecure: false, seedDemo: true });
    expect(c.databaseUrl).toBeUndefined();
  });

  it('refuses to start in production with a default secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(/ENCRYPTION_KEY/);
    const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: 'y'.repeat(40) });
    expect(c.cookieSecure).toBe(true);
    expect(c.sessionSecret).not.toBe(DEV_SECRETS.SESSION_SECRET);
  });

  it('explains invalid values in Vietnamese', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/Cấu hình không hợp lệ[\s\S]*PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });
});
