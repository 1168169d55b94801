import { runFullRescore } from '../../modules/subjects';
import type { Deps } from '../deps';

/** Scores the demo subjects once (so the early-warning inbox has warnings on the first start); returns the time taken. */
export async function seedDemoScores(deps: Deps): Promise<{ scored: number; warnings: number; ms: number }> {
  const r = await runFullRescore(deps);
  return { scored: r.written, warnings: r.warnings, ms: r.ms };
}
