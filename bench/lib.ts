/** Latency percentiles (ms) and throughput of a list of per-operation durations. */
export function summarise(durationsMs: number[], totalMs: number) {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { ops: sorted.length, perSecond: Math.round((sorted.length / totalMs) * 1000), p50: +at(0.5).toFixed(3), p95: +at(0.95).toFixed(3), p99: +at(0.99).toFixed(3) };
}

/** Times `n` sequential runs of `fn`. */
export async function timeMany(n: number, fn: (i: number) => Promise<unknown> | unknown) {
  const durations: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    durations.push(performance.now() - t);
  }
  return summarise(durations, performance.now() - start);
}

/** Prints one comparison line: the measured thing against its baseline from the same run. */
export function report(name: string, measured: ReturnType<typeof summarise>, baselineName: string, baseline: ReturnType<typeof summarise>) {
  const ratio = measured.perSecond / Math.max(1, baseline.perSecond);
  console.log(`${name}: ${measured.perSecond}/s p50 ${measured.p50} ms p99 ${measured.p99} ms | ${baselineName}: ${baseline.perSecond}/s p50 ${baseline.p50} ms p99 ${baseline.p99} ms | ratio ${ratio.toFixed(2)}`);
  return ratio;
}
