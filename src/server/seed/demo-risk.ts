import { FULL_RESCORE_QUEUE } from '../../modules/subjects';
import type { Deps } from '../deps';

/**
 * Queues the first scoring of the demo subjects: the job worker computes the scores (and raises the warnings the
 * early-warning inbox shows) in the background right after the first start, so startup itself waits for one insert.
 * Run inline, 20,000 subjects took 8–50 s depending on the machine's load (see BENCHMARKS.md).
 */
export async function seedDemoScores(deps: Deps): Promise<{ queued: boolean }> {
  const id = await deps.jobs.enqueue(FULL_RESCORE_QUEUE, { demo: true }, { singletonKey: 'subjects.rescore:demo' });
  return { queued: id !== null };
}
