import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { httpLogin, startServer, type ServerProcess } from './server-process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-durable-'));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the real server process on embedded PGlite', () => {
  it('keeps what it acknowledged when killed with SIGKILL, refuses a second owner of the folder, and shuts down gracefully', async () => {
    server = await startServer({ DATA_DIR: dataDir });
    expect(server.output()).toMatch(/admin\s+\/\s+ThanhTra2026/);
    const { cookie, csrf } = await httpLogin(server.url, 'admin', 'ThanhTra2026');
    const agencies = (await (await fetch(`${server.url}/api/v1/agencies?q=thanh%20tra%20thanh%20pho%20ha%20noi`, { headers: { cookie } })).json()) as { id: string; code: string }[];
    const hanoi = agencies.find((a) => a.code === 'TT-01')!;
    const res = await fetch(`${server.url}/api/v1/users`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'ben.vung', fullName: 'Bền Vững', agencyId: hanoi.id, password: 'KhongMat2026', roles: [{ agencyId: hanoi.id, role: 'clerk' }] }),
    });
    expect(res.status).toBe(201);
    // Killed right after acknowledging: no graceful shutdown, no flush.
    await server.stop('SIGKILL');

    // The lock file left by the killed process is stale and taken over; a live owner is refused.
    server = await startServer({ DATA_DIR: dataDir });
    const second = await startServer({ DATA_DIR: dataDir, PORT: '0' }).catch((err: Error) => err);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toMatch(/đang được tiến trình \d+ sử dụng/);

    const again = await httpLogin(server.url, 'ben.vung', 'KhongMat2026');
    const me = (await (await fetch(`${server.url}/api/v1/auth/me`, { headers: { cookie: again.cookie } })).json()) as { user: { fullName: string } };
    expect(me.user.fullName).toBe('Bền Vững');
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'db', 'thanhtra.lock'))).toBe(false);
  });
});
