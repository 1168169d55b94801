import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasLeadingZeroBits, solveChallenge } from './pow';
import { sha256 } from './sha256';

const nodeHash = (s: string) => new Uint8Array(createHash('sha256').update(s).digest());

describe('portal proof of work', () => {
  it('finds a nonce whose hash starts with the required zero bits', async () => {
    const challenge = '1760000000000.10.abcdef.signature';
    const nonce = await solveChallenge(challenge, 10, { batch: 64 });
    expect(hasLeadingZeroBits(nodeHash(`${challenge}:${nonce}`), 10)).toBe(true);
  });

  it('needs no work when the check is off', async () => {
    expect(await solveChallenge('x', 0)).toBe('');
  });

  it('stops when aborted', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(solveChallenge('x', 30, { signal: ctrl.signal })).rejects.toThrow(/Aborted/);
  });

  it('counts leading zero bits like the server', () => {
    expect(hasLeadingZeroBits(new Uint8Array([0, 0x0f, 0xff]), 12)).toBe(true);
    expect(hasLeadingZeroBits(new Uint8Array([0, 0x1f, 0xff]), 12)).toBe(false);
    expect(hasLeadingZeroBits(new Uint8Array([0x80]), 0)).toBe(true);
  });

  it('has a plain-JavaScript SHA-256 equal to the standard one (fallback without WebCrypto)', () => {
    for (const s of ['', 'abc', 'Thanh tra số: đơn tố cáo', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(64), 'w'.repeat(200)]) {
      expect(Buffer.from(sha256(new TextEncoder().encode(s))).toString('hex'), s).toBe(Buffer.from(nodeHash(s)).toString('hex'));
    }
  });
});
