import type { SourceKey } from '../../../../shared/domain/subjects/indicators';
import { inspectionsSource } from './inspections';
import { petitionsSource } from './petitions';
import { recommendationsSource } from './recommendations';
import { sanctionsSource } from './sanctions';
import type { FactSource } from './source';

/**
 * The wired fact sources. A source not listed here makes its indicators "unavailable" in every explanation. To wire
 * one: add a file like petitions.ts and list it here.
 */
export const FACT_SOURCES: FactSource[] = [petitionsSource, inspectionsSource, sanctionsSource, recommendationsSource] as FactSource[];

export const sourceByKey = (key: SourceKey) => FACT_SOURCES.find((s) => s.key === key);

/**
 * The queueing function the triggers call, and a wake-up job: the first fact of a burst inserts one
 * `subjects.rescore_queue` job (singleton key; the handler clears it before draining, so a later fact wakes it again).
 */
export const QUEUE_FUNCTION_SQL = `
  create or replace function risk_queue_subjects(ids uuid[], why text) returns void language plpgsql as $$
  begin
    if ids is null or array_length(ids, 1) is null then return; end if;
    insert into subject_rescore_queue (subject_id, reason, queued_at) select distinct unnest(ids), why, now()
      on conflict (subject_id) do update set reason = excluded.reason, queued_at = excluded.queued_at;
    insert into jobs (queue, payload, run_at, singleton_key) values ('subjects.rescore_queue', '{}'::jsonb, '1970-01-01T00:00:00Z', 'subjects.rescore_queue')
      on conflict (singleton_key) do nothing;
  end $$;`;

export { loadSource, rowsOf, selectionWhere, type FactSource, type SubjectSelection, type HistoryItem } from './source';
