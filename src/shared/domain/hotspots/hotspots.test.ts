import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, detectHotspots, negBinomialUpperTail, periodIndex, risePValue } from '.';

/** Poisson upper tail by summation, for comparison. */
const poissonUpper = (k: number, lambda: number) => {
  let term = Math.exp(-lambda);
  let cdf = 0;
  for (let x = 0; x < k; x++) {
    cdf += term;
    term *= lambda / (x + 1);
  }
  return 1 - cdf;
};

describe('negative binomial upper tail', () => {
  it('is 1 at zero and decreases with the count', () => {
    expect(negBinomialUpperTail(0, 3.5, 0.9)).toBe(1);
    const tails = [1, 2, 5, 10, 20].map((k) => negBinomialUpperTail(k, 30.5, 12 / 13));
    for (let i = 1; i < tails.length; i++) expect(tails[i]!).toBeLessThan(tails[i - 1]!);
  });

  it('matches the exact value for r = 1 (geometric: P(X ≥ k) = (1 − p)^k)', () => {
    for (const k of [1, 3, 7]) expect(negBinomialUpperTail(k, 1, 0.6)).toBeCloseTo(0.4 ** k, 12);
  });

  it('approaches the Poisson tail when the history is long (the rate is then well known)', () => {
    // 1,000 periods averaging 4 letters: the predictive is almost Poisson(4).
    const h = 1000;
    expect(negBinomialUpperTail(10, 4 * h + 0.5, h / (h + 1))).toBeCloseTo(poissonUpper(10, 4), 3);
  });

  it('keeps precision far in the tail and with large counts', () => {
    const p = negBinomialUpperTail(400, 12 * 200 + 0.5, 12 / 13);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-10);
    expect(negBinomialUpperTail(150, 12 * 200 + 0.5, 12 / 13)).toBeGreaterThan(0.99);
  });
});

describe('Benjamini–Hochberg', () => {
  it('adjusts p-values as the textbook example', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => +x.toFixed(4))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
  it('never lowers a p-value and keeps the order', () => {
    const p = [0.2, 0.001, 0.5, 0.03, 0.9];
    const q = benjaminiHochberg(p);
    p.forEach((x, i) => expect(q[i]!).toBeGreaterThanOrEqual(x));
    expect(q[1]!).toBeLessThanOrEqual(q[3]!);
  });
});

describe('hot spots on synthetic series with a known answer', () => {
  const flat = (n: number, v: number) => Array.from({ length: 12 }, () => v + (n % 3) - 1);
  it('flags the one area whose count jumped and none of the steady ones', () => {
    const areas = Array.from({ length: 34 }, (_, i) => ({ key: String(i + 1).padStart(2, '0'), observed: 20 + (i % 5) - 2, history: flat(i, 20) }));
    areas[7] = { key: '08', observed: 55, history: flat(7, 20) };
    const results = detectHotspots(areas);
    expect(results[0]).toMatchObject({ key: '08', level: 'hot', observed: 55 });
    expect(results.filter((r) => r.level === 'hot').map((r) => r.key)).toEqual(['08']);
  });

  it('judges each area against its own history: 30 is normal for a big province and hot for a small one', () => {
    const results = detectHotspots([
      { key: 'big', observed: 30, history: Array(12).fill(28) },
      { key: 'small', observed: 30, history: Array(12).fill(3) },
    ]);
    expect(results.find((r) => r.key === 'big')!.level).toBe('normal');
    expect(results.find((r) => r.key === 'small')!.level).toBe('hot');
  });

  it('never flags a handful of letters, nor a fall', () => {
    const results = detectHotspots([
      { key: 'new', observed: 3, history: Array(12).fill(0) },
      { key: 'falling', observed: 2, history: Array(12).fill(40) },
    ]);
    expect(results.every((r) => r.level === 'normal')).toBe(true);
    expect(risePValue(2, Array(12).fill(40), 12)).toBeGreaterThan(0.99);
  });

  it('is cautious with a short or empty history (wider uncertainty than a plain Poisson test)', () => {
    // Two past periods of 5: a Poisson(5) test would call 12 significant (p ≈ 0.005); the predictive is wider.
    expect(risePValue(12, [5, 5], 2)).toBeGreaterThan(poissonUpper(12, 5));
  });

  it('controls false alarms: on 1,000 steady areas drawn from their own rate, almost none are hot', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const poisson = (lambda: number) => {
      let k = 0;
      let p = Math.exp(-lambda);
      let s = p;
      const u = rand();
      while (u > s) {
        k++;
        p *= lambda / k;
        s += p;
      }
      return k;
    };
    const areas = Array.from({ length: 1000 }, (_, i) => {
      const lambda = 2 + (i % 40);
      return { key: `a${i}`, observed: poisson(lambda), history: Array.from({ length: 12 }, () => poisson(lambda)) };
    });
    const hot = detectHotspots(areas).filter((r) => r.level === 'hot');
    expect(hot.length).toBeLessThanOrEqual(3);
  });
});

describe('periods', () => {
  it('counts back from the as-of date in windows of equal length', () => {
    expect(periodIndex('2026-11-24', '2026-11-24', 30)).toBe(0);
    expect(periodIndex('2026-10-26', '2026-11-24', 30)).toBe(0);
    expect(periodIndex('2026-10-25', '2026-11-24', 30)).toBe(1);
    expect(periodIndex('2026-11-25', '2026-11-24', 30)).toBe(-1);
  });
});
