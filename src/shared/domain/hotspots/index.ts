/**
 * Hot spots of petitions (issue 7 item 5): which areas (province, commune, sector) receive unusually many letters
 * compared with their OWN history — a statistical test, not a fixed count.
 *
 * The test. An area's counts in its H past periods (equal windows before the current one) estimate its usual rate λ.
 * With λ unknown, the count of the current period follows the Poisson–Gamma predictive distribution (Jeffreys prior
 * on λ): a negative binomial with r = S + ½ (S = letters in the H past periods) and p = H / (H + 1). Its upper tail
 * P(X ≥ observed) is the area's p-value: small when this period's count is improbable under the area's own history,
 * and honest when the history is short or small (a province with 2 letters a month is not "hot" at 5, one with
 * 200 a month is not "cold" at 190). Many areas are tested at once, so the p-values are adjusted with the
 * Benjamini–Hochberg procedure (false discovery rate); an area is a hot spot when its adjusted value is at most
 * `fdr` and it has at least `minCount` letters in the period (a rise from 0 to 1 is never a hot spot).
 *
 * These are statistical parameters of the platform, not legal rules; the defaults are below and a caller may set
 * them per query.
 */

export type HotspotParams = {
  /** Length of one period in days (the current period ends on the as-of date). */
  periodDays: number;
  /** Number of past periods that form the area's history. */
  historyPeriods: number;
  /** False discovery rate for the Benjamini–Hochberg adjustment. */
  fdr: number;
  /** Fewest letters in the current period for an area to be flagged. */
  minCount: number;
};

export const DEFAULT_HOTSPOT_PARAMS: HotspotParams = { periodDays: 30, historyPeriods: 12, fdr: 0.05, minCount: 5 };

export type AreaSeries = {
  key: string;
  /** Letters in the current period. */
  observed: number;
  /** Letters in each past period, most recent first (length ≤ historyPeriods; missing periods count as 0). */
  history: readonly number[];
};

export type HotspotLevel = 'hot' | 'rising' | 'normal';

export type HotspotResult = {
  key: string;
  observed: number;
  /** Usual count per period: mean of the history. */
  expected: number;
  /** observed / expected (null when the history is empty of letters). */
  ratio: number | null;
  /** P(X ≥ observed) under the area's history. */
  pValue: number;
  /** Benjamini–Hochberg adjusted p-value across the areas tested together. */
  qValue: number;
  level: HotspotLevel;
};

/** log(exp(a) + exp(b)) without overflow. */
function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log(Math.exp(a - m) + Math.exp(b - m));
}

/**
 * Upper tail P(X ≥ k) of the negative binomial with size r > 0 and success probability p (pmf(x) ∝ Γ(x+r)/(Γ(r)x!)
 * p^r (1−p)^x), computed as 1 − P(X < k) with the pmf by its recurrence in log space (no Gamma function needed).
 */
export function negBinomialUpperTail(k: number, r: number, p: number): number {
  if (k <= 0) return 1;
  if (!(r > 0) || !(p > 0) || !(p < 1)) throw new RangeError('negBinomialUpperTail: r > 0 and 0 < p < 1');
  let logPmf = r * Math.log(p);
  let logCdf = logPmf;
  const log1mp = Math.log1p(-p);
  for (let x = 0; x < k - 1; x++) {
    logPmf += Math.log((x + r) / (x + 1)) + log1mp;
    logCdf = logAdd(logCdf, logPmf);
  }
  const cdf = Math.exp(logCdf);
  // When the lower part is almost all of the mass, 1 − cdf loses precision: sum the upper tail directly instead.
  if (cdf > 0.999) {
    let upper = -Infinity;
    let lp = logPmf;
    for (let x = k - 1; ; x++) {
      lp += Math.log((x + r) / (x + 1)) + log1mp;
      upper = logAdd(upper, lp);
      if (lp < upper - 40 || x > k + 100_000) break;
    }
    return Math.min(1, Math.exp(upper));
  }
  return Math.min(1, Math.max(0, 1 - cdf));
}

/** The p-value of one area: P(X ≥ observed) under the Poisson–Gamma predictive of its history. */
export function risePValue(observed: number, history: readonly number[], historyPeriods: number): number {
  const h = Math.max(1, historyPeriods);
  const s = history.slice(0, h).reduce((a, b) => a + b, 0);
  return negBinomialUpperTail(observed, s + 0.5, h / (h + 1));
}

/** Benjamini–Hochberg adjusted p-values, in the order given. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => [p, i] as const).sort((a, b) => a[0] - b[0]);
  const q = new Array<number>(m);
  let min = 1;
  for (let rank = m; rank >= 1; rank--) {
    const [p, i] = order[rank - 1]!;
    min = Math.min(min, (p * m) / rank);
    q[i] = min;
  }
  return q;
}

/**
 * Tests every area against its own history and adjusts for the number of areas. `hot`: adjusted value ≤ fdr;
 * `rising`: ≤ 4 × fdr (worth watching); both need at least minCount letters in the period and a count above the
 * usual one. Sorted: hot first, then by adjusted value.
 */
export function detectHotspots(areas: readonly AreaSeries[], params: HotspotParams = DEFAULT_HOTSPOT_PARAMS): HotspotResult[] {
  const h = Math.max(1, params.historyPeriods);
  const p = areas.map((a) => risePValue(a.observed, a.history, h));
  const q = benjaminiHochberg(p);
  const results = areas.map((a, i): HotspotResult => {
    const expected = a.history.slice(0, h).reduce((x, y) => x + y, 0) / h;
    const above = a.observed >= params.minCount && a.observed > expected;
    const level: HotspotLevel = above && q[i]! <= params.fdr ? 'hot' : above && q[i]! <= Math.min(1, 4 * params.fdr) ? 'rising' : 'normal';
    return { key: a.key, observed: a.observed, expected: Math.round(expected * 100) / 100, ratio: expected > 0 ? Math.round((a.observed / expected) * 100) / 100 : null, pValue: p[i]!, qValue: q[i]!, level };
  });
  const rank = { hot: 0, rising: 1, normal: 2 } as const;
  return results.sort((x, y) => rank[x.level] - rank[y.level] || x.qValue - y.qValue || y.observed - x.observed || x.key.localeCompare(y.key));
}

/**
 * The period of a date relative to the as-of date: 0 = the current period (asOf − periodDays, asOf], 1 the one before,
 * … (dates as "YYYY-MM-DD"; a date after asOf is −1).
 */
export function periodIndex(date: string, asOf: string, periodDays: number): number {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  return days < 0 ? -1 : Math.floor(days / periodDays);
}
