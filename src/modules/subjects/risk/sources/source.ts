import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../server/db';
import type { SourceFacts, SourceKey } from '../../../../shared/domain/subjects/indicators';

/** Which subjects to load facts for: a list (incremental rescoring, the subject page) or an id range (full rescoring). */
export type SubjectSelection = { ids: string[] } | { from: string; to: string };

/** One line of a subject's history tab. */
export type HistoryItem = { id: string; title: string; date: string | null; status: string | null; link: string | null; details: string | null };

/**
 * A data source of the early warning: turns its tables into the plain fact rows of one SourceKey. Adding a source
 * (sanctions, recommendations) is one file exporting such an object, listed in sources/index.ts.
 */
export interface FactSource<K extends SourceKey = SourceKey> {
  key: K;
  /** Section title of the history tab (vi, en). */
  titleVi: string;
  titleEn: string;
  /** Fact rows of the selected subjects, by subject id (subjects without rows are absent). */
  load(db: Db, sel: SubjectSelection): Promise<Map<string, SourceFacts[K]>>;
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
  return sql`${column} between ${sel.from}::uuid and ${sel.to}::uuid`;
}

/** Rows of a raw query. */
export const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Groups rows by their `subject_id`. */
export function bySubject<R extends { subject_id: string }, T>(rows: R[], map: (r: R) => T): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.subject_id);
    if (list) list.push(map(r));
    else out.set(r.subject_id, [map(r)]);
  }
  return out;
}
