/**
 * The portal's proof of work (GET /public/challenge): find a nonce such that SHA-256 of the UTF-8 string
 * `${challenge}:${nonce}` starts with `difficulty` zero bits. Hashes are computed with WebCrypto in batches,
 * yielding to the page between batches so that it stays responsive and can show its progress.
 */
import { sha256 } from './sha256';

/** True when `hash` starts with at least `bits` zero bits (the server's rule). */
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

type Digest = (data: Uint8Array) => Promise<Uint8Array>;

function digester(): Digest {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) return async (data) => new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));
  return async (data) => sha256(data);
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type SolveOptions = { signal?: AbortSignal; batch?: number; onProgress?(tried: number): void };

/** Returns a nonce solving the challenge; difficulty 0 needs none (the empty string). */
export async function solveChallenge(challenge: string, difficulty: number, opts: SolveOptions = {}): Promise<string> {
  if (difficulty <= 0) return '';
  const batch = opts.batch ?? 512;
  const digest = digester();
  const encoder = new TextEncoder();
  const prefix = `${challenge}:`;
  for (let start = 0; ; start += batch) {
    if (opts.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const nonces = Array.from({ length: batch }, (_, i) => (start + i).toString(36));
    const hashes = await Promise.all(nonces.map((n) => digest(encoder.encode(prefix + n))));
    const found = hashes.findIndex((h) => hasLeadingZeroBits(h, difficulty));
    if (found >= 0) return nonces[found]!;
    opts.onProgress?.(start + batch);
    await yieldToPage();
  }
}
