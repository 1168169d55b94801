import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-cli-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const thanhtra = (...args: string[]) => run(process.execPath, [path.join(root, 'bin/thanhtra.mjs'), ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'development' } });

describe('the thanhtra CLI', () => {
  it('migrates, seeds, creates a user, verifies the audit chain and names a tampered record', async () => {
    expect((await thanhtra('db', 'migrate')).stdout).toMatch(/34 tỉnh, 3321 xã/);
    expect((await thanhtra('seed')).stdout).toMatch(/Đã tạo \d+ cơ quan/);
    expect((await thanhtra('seed')).stdout).toMatch(/không tạo thêm/);
    expect((await thanhtra('user', 'create', '--username', 'cli.user', '--full-name', 'Người Dùng CLI', '--agency', 'TT-01', '--password', 'MatKhauCli2026', '--role', 'inspector')).stdout).toMatch(/Đã tạo tài khoản cli.user/);
    const refused = await thanhtra('user', 'create', '--username', 'cli.user', '--full-name', 'Trùng', '--agency', 'TT-01', '--password', 'MatKhauCli2026').catch((e: { code: number; stderr: string }) => e);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/đã được sử dụng/);
    expect((await thanhtra('audit', 'verify')).stdout).toMatch(/toàn vẹn: \d+ bản ghi/);

    // An attacker with file access edits a record directly in the embedded database.
    const db = await PGlite.create(path.join(dataDir, 'db', 'pg'));
    await db.exec(`alter table audit_log disable trigger audit_log_append_only; update audit_log set actor_name = 'giả mạo' where id = 2; alter table audit_log enable trigger audit_log_append_only;`);
    await db.close();
    const tampered = await thanhtra('audit', 'verify').catch((e: { code: number; stderr: string }) => e);
    expect(tampered).toMatchObject({ code: 3 });
    expect((tampered as { stderr: string }).stderr).toMatch(/bản ghi #2/);
  });
});
