import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A self-hosted proof-of-work check for the public portal: the server hands out a signed, expiring challenge;
 * the browser finds a nonce such that SHA-256(challenge ":" nonce) starts with `difficulty` zero bits. Costs a
 * person's browser well under a second and a spam bot that much per letter. No third-party service is called.
 */
export class ProofOfWork {
  private readonly used = new Map<string, number>();
  constructor(
    private readonly secret: string,
    readonly difficulty: number,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  /** Whether the check is on (difficulty 0 turns it off, e.g. for trusted intake systems and tests). */
  get enabled(): boolean {
    return this.difficulty > 0;
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }

  /** A new challenge valid for ten minutes. */
  issue(now: Date): { challenge: string; difficulty: number; expiresAt: string } {
    const expires = now.getTime() + this.ttlMs;
    const body = `${expires}.${this.difficulty}.${randomBytes(12).toString('base64url')}`;
    return { challenge: `${body}.${this.sign(body)}`, difficulty: this.difficulty, expiresAt: new Date(expires).toISOString() };
  }

  /** Checks a solved challenge once; returns a Vietnamese reason when it is refused. */
  verify(solution: { challenge: string; nonce: string } | undefined, now: Date): string | null {
    if (!this.enabled) return null;
    if (!solution) return 'Thiếu mã kiểm tra chống gửi tự động. Vui lòng tải lại trang và gửi lại.';
    const parts = solution.challenge.split('.');
    if (parts.length !== 4) return 'Mã kiểm tra chống gửi tự động không hợp lệ.';
    const [expires, difficulty, , mac] = parts as [string, string, string, string];
    const body = parts.slice(0, 3).join('.');
    const expected = Buffer.from(this.sign(body));
    if (expected.length !== Buffer.from(mac).length || !timingSafeEqual(expected, Buffer.from(mac))) return 'Mã kiểm tra chống gửi tự động không hợp lệ.';
    if (Number(expires) < now.getTime()) return 'Mã kiểm tra chống gửi tự động đã hết hạn. Vui lòng gửi lại.';
    if (!hasLeadingZeroBits(createHash('sha256').update(`${solution.challenge}:${solution.nonce}`).digest(), Number(difficulty))) return 'Lời giải kiểm tra chống gửi tự động không đúng.';
    this.sweep(now.getTime());
    if (this.used.has(solution.challenge)) return 'Mã kiểm tra chống gửi tự động đã được dùng. Vui lòng tải lại trang.';
    this.used.set(solution.challenge, Number(expires));
    return null;
  }

  private sweep(now: number) {
    for (const [k, exp] of this.used) if (exp < now) this.used.delete(k);
  }
}

/** True when `hash` starts with at least `bits` zero bits. */
export function hasLeadingZeroBits(hash: Uint8Array, bits: number): boolean {
  let remaining = bits;
  for (const byte of hash) {
    if (remaining <= 0) return true;
    if (remaining >= 8) {
      if (byte !== 0) return false;
      remaining -= 8;
    } else return byte >> (8 - remaining) === 0;
  }
  return remaining <= 0;
}

/** Solves a challenge by brute force (used by tests and trusted scripts; the browser does the same in JS). */
export function solveChallenge(challenge: string, difficulty: number): string {
  for (let n = 0; ; n++) {
    const nonce = n.toString(36);
    if (hasLeadingZeroBits(createHash('sha256').update(`${challenge}:${nonce}`).digest(), difficulty)) return nonce;
  }
}
