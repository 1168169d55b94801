import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../server/db';
import type { SourceFacts, SourceKey } from '../../../../shared/domain/subjects/indicators';

/**
 * Which subjects to load facts for: a list (incremental rescoring, the subject page) or an id range (full rescoring:
 * `from` inclusive, `to` exclusive, null = to the end).
 */
export type SubjectSelection = { ids: string[] } | { from: string; to: string | null };

/** One line of a subject's history tab. */
export type HistoryItem = { id: string; title: string; date: string | null; status: string | null; link: string | null; details: string | null };

/**
 * A data source of the early warning: turns its tables into the plain fact rows of one SourceKey. Adding a source is
 * one file exporting such an object, listed in sources/index.ts.
 *
 * `rowsSql` is the single definition of the facts: one row per fact with `subject_id`, `fact` (the fact row of
 * facts.ts as JSON, camelCase, exactly what the pure computation reads) and the typed columns the set-based scorer
 * (risk.scoring.ts) aggregates. `load` (the subject page, the reference computation) reads the same rows.
 */
export interface FactSource<K extends SourceKey = SourceKey> {
  key: K;
  /** Section title of the history tab (vi, en). */
  titleVi: string;
  titleEn: string;
  /** The fact rows of the selected subjects (columns subject_id, fact and the source's typed columns). */
  rowsSql(sel: SubjectSelection): SQL;
  /** Order of a subject's facts (SQL over the rows' columns, alias `f`); ends with a unique key. */
  orderSql: string;
  /** How one fact row appears in the subject's history tab. */
  present(row: SourceFacts[K][number]): HistoryItem;
  /**
   * Idempotent DDL run at every start: triggers on the source's tables that queue the affected subjects
   * (`risk_queue_subjects(ids)`) in the transaction that changed the fact.
   */
  triggerSql: string;
}

/** `column` restricted to the selection (ids travel as one JSON parameter). */
export function selectionWhere(column: SQL, sel: SubjectSelection): SQL {
  if ('ids' in sel) return sql`${column} in (select value::uuid from json_array_elements_text(${JSON.stringify(sel.ids)}::json))`;
  return sel.to === null ? sql`${column} >= ${sel.from}::uuid` : sql`${column} >= ${sel.from}::uuid and ${column} < ${sel.to}::uuid`;
}

/** Rows of a raw query. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Fact rows of the selected subjects from `source`, by subject id, in the source's order (subjects without rows are absent). */
export async function loadSource<K extends SourceKey>(db: Db, source: FactSource<K>, sel: SubjectSelection): Promise<Map<string, SourceFacts[K]>> {
  const rows = rowsOf<{ subject_id: string; fact: SourceFacts[K][number] }>(await db.execute(sql`select f.subject_id, f.fact from (${source.rowsSql(sel)}) f order by f.subject_id, ${sql.raw(source.orderSql)}`));
  const out = new Map<string, SourceFacts[K]>();
  for (const r of rows) {
    const list = out.get(r.subject_id);
    if (list) (list as unknown[]).push(r.fact);
    else out.set(r.subject_id, [r.fact] as SourceFacts[K]);
  }
  return out;
}

/** Dd/mm/yyyy of an ISO day. */
export const viDay = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');
