import { and, asc, count, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { jobs } from '../../server/jobs/jobs.table';
import { adminCommunes, adminProvinces } from '../admin-units/admin-units.table';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { subjectEvents, subjectImports, subjects } from './subjects.table';

export type SubjectRow = typeof subjects.$inferSelect;
export type SubjectImportRow = typeof subjectImports.$inferSelect;

/** Filters of the list and the export; `scopes` are agency paths (the managing agency must lie below one). */
export type SubjectFilter = {
  scopes: string[];
  nameFold?: string;
  taxCode?: string;
  provinceCode?: string;
  communeCode?: string;
  vsicCode?: string;
  kind?: string;
  status?: string;
  managingAgencyId?: string;
};

function filterWhere(f: SubjectFilter): SQL {
  const conds: SQL[] = [agencyPathIn(f.scopes)];
  if (f.nameFold) {
    // The word index narrows the search (every word, the last one as a prefix: "hoa bin" finds "Hoà Bình"); LIKE keeps
    // the exact meaning: the folded name contains the folded query.
    const words = f.nameFold.split(/[^a-z0-9]+/).filter(Boolean);
    const query = words.map((w, i) => (i === words.length - 1 ? `'${w}':*` : `'${w}'`)).join(' & ');
    if (words.length) conds.push(sql`to_tsvector('simple', ${subjects.nameKey}) @@ ${query}::tsquery`);
    conds.push(sql`${subjects.nameKey} like ${`%${f.nameFold.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  }
  if (f.taxCode) conds.push(sql`${subjects.taxCode} like ${`${f.taxCode.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (f.provinceCode) conds.push(eq(subjects.provinceCode, f.provinceCode));
  if (f.communeCode) conds.push(eq(subjects.communeCode, f.communeCode));
  if (f.vsicCode) conds.push(sql`${subjects.vsicCode} like ${`${f.vsicCode}%`}`);
  if (f.kind) conds.push(eq(subjects.kind, f.kind));
  if (f.status) conds.push(eq(subjects.status, f.status));
  if (f.managingAgencyId) conds.push(eq(subjects.managingAgencyId, f.managingAgencyId));
  return and(...conds)!;
}

const listColumns = {
  subject: subjects,
  provinceName: adminProvinces.name,
  communeName: adminCommunes.name,
  agencyName: agencies.name,
  agencyPath: agencies.path,
  agencyCode: agencies.code,
};

function baseQuery(db: Db) {
  return db
    .select(listColumns)
    .from(subjects)
    .innerJoin(agencies, eq(agencies.id, subjects.managingAgencyId))
    .innerJoin(adminProvinces, eq(adminProvinces.code, subjects.provinceCode))
    .leftJoin(adminCommunes, eq(adminCommunes.code, subjects.communeCode));
}
export type SubjectListRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['execute']>>[number];

/** One page of the subjects in scope, in Vietnamese alphabetical order, and the total. */
export async function listSubjects(db: Db, f: SubjectFilter & { limit: number; offset: number }) {
  const where = filterWhere(f);
  const rows = await baseQuery(db).where(where).orderBy(asc(subjects.sortKey), asc(subjects.id)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: count() }).from(subjects).innerJoin(agencies, eq(agencies.id, subjects.managingAgencyId)).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The subjects in scope after `afterId` (keyset by id), for the export to stream through without OFFSET. */
export function exportPage(db: Db, f: SubjectFilter, afterId: string | null, limit: number) {
  const where = afterId ? and(filterWhere(f), gt(subjects.id, afterId)) : filterWhere(f);
  return baseQuery(db).where(where).orderBy(asc(subjects.id)).limit(limit);
}

/** A subject with its place names and managing agency. */
export async function findSubject(db: Db, id: string) {
  const [row] = await baseQuery(db).where(eq(subjects.id, id));
  return row;
}

/** A subject by tax code (any scope), with its managing agency's path. */
export async function findByTaxCode(db: Db, taxCode: string) {
  const [row] = await db.select({ id: subjects.id, kind: subjects.kind, agencyPath: agencies.path }).from(subjects).innerJoin(agencies, eq(agencies.id, subjects.managingAgencyId)).where(eq(subjects.taxCode, taxCode));
  return row;
}

/** Inserts one subject. */
export async function insertSubject(tx: Db, row: typeof subjects.$inferInsert): Promise<SubjectRow> {
  const [created] = await tx.insert(subjects).values(row).returning();
  return created!;
}

/** Applies a change if the subject is still at `version`; returns the new row, or undefined when someone else changed it first. */
export async function updateSubjectRow(tx: Db, id: string, version: number, patch: Partial<typeof subjects.$inferInsert>, at: Date) {
  const [row] = await tx
    .update(subjects)
    .set({ ...patch, version: sql`${subjects.version} + 1`, updatedAt: at })
    .where(and(eq(subjects.id, id), eq(subjects.version, version)))
    .returning();
  return row;
}

/** Appends history events. */
export async function insertEvents(tx: Db, rows: (typeof subjectEvents.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(subjectEvents).values(rows);
}

/** A subject's history, newest first. */
export function listEvents(db: Db, subjectId: string, limit = 200) {
  return db.select().from(subjectEvents).where(eq(subjectEvents.subjectId, subjectId)).orderBy(sql`${subjectEvents.at} desc, ${subjectEvents.id} desc`).limit(limit);
}

/** Agencies at or below `path`: code → id (managing agencies an importer may name). */
export async function agencyCodesUnder(db: Db, paths: string[]): Promise<Map<string, string>> {
  const rows = await db.select({ id: agencies.id, code: agencies.code }).from(agencies).where(agencyPathIn(paths));
  return new Map(rows.map((r) => [r.code, r.id]));
}

// ---- imports -------------------------------------------------------------------------------------------------

/** Records a new import. */
export async function insertImport(tx: Db, row: typeof subjectImports.$inferInsert): Promise<SubjectImportRow> {
  const [created] = await tx.insert(subjectImports).values(row).returning();
  return created!;
}

/** An import with its agency's path. */
export async function findImport(db: Db, id: string) {
  const [row] = await db.select({ imp: subjectImports, agencyPath: agencies.path }).from(subjectImports).innerJoin(agencies, eq(agencies.id, subjectImports.agencyId)).where(eq(subjectImports.id, id));
  return row;
}

/** Updates an import's progress, counts or outcome. */
export async function updateImport(tx: Db, id: string, patch: Partial<typeof subjectImports.$inferInsert>): Promise<void> {
  await tx.update(subjectImports).set(patch).where(eq(subjectImports.id, id));
}

/** The stored fields an import compares and may change, by tax code, with the managing agency's path. */
export type ExistingSubject = {
  id: string;
  tax_code: string;
  name: string;
  kind: string;
  status: string;
  address: string | null;
  province_code: string;
  commune_code: string | null;
  old_commune_code: string | null;
  vsic_code: string | null;
  managing_agency_id: string;
  legal_rep_name: string | null;
  legal_rep_title: string | null;
  established_on: string | null;
  agency_path: string;
};

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** A subject row as the batch upsert takes it (snake_case keys of the JSON parameter). */
export type UpsertRow = Omit<ExistingSubject, 'id' | 'agency_path'> & { name_key: string; sort_key: string };

/**
 * Inserts new subjects and updates changed ones in one statement (multi-row INSERT … ON CONFLICT on the tax code;
 * the rows travel as one JSON parameter — ~20× faster than row-by-row). Returns id and tax code of every row and
 * whether it was inserted.
 */
export async function upsertSubjects(tx: Db, rows: UpsertRow[], importId: string | null, userId: string | null, at: Date): Promise<{ id: string; tax_code: string; inserted: boolean }[]> {
  if (rows.length === 0) return [];
  const result = await tx.execute(sql`
    insert into subjects (tax_code, name, name_key, sort_key, kind, status, address, province_code, commune_code, old_commune_code, vsic_code,
                          managing_agency_id, legal_rep_name, legal_rep_title, established_on, import_id, created_by, created_at, updated_at)
    select r.tax_code, r.name, r.name_key, r.sort_key, r.kind, r.status, r.address, r.province_code, r.commune_code, r.old_commune_code, r.vsic_code,
           r.managing_agency_id, r.legal_rep_name, r.legal_rep_title, r.established_on, ${importId}::uuid, ${userId}::uuid, ${at.toISOString()}::timestamptz, ${at.toISOString()}::timestamptz
    from json_to_recordset(${JSON.stringify(rows)}::json) as r(tax_code text, name text, name_key text, sort_key text, kind text, status text,
         address text, province_code text, commune_code text, old_commune_code text, vsic_code text, managing_agency_id uuid,
         legal_rep_name text, legal_rep_title text, established_on date)
    on conflict (tax_code) do update set
      name = excluded.name, name_key = excluded.name_key, sort_key = excluded.sort_key, kind = excluded.kind, status = excluded.status,
      address = excluded.address, province_code = excluded.province_code, commune_code = excluded.commune_code,
      old_commune_code = excluded.old_commune_code, vsic_code = excluded.vsic_code, managing_agency_id = excluded.managing_agency_id,
      legal_rep_name = excluded.legal_rep_name, legal_rep_title = excluded.legal_rep_title, established_on = excluded.established_on,
      version = subjects.version + 1, updated_at = excluded.updated_at
    returning id, tax_code, (xmax = 0) as inserted`);
  return rowsOf<{ id: string; tax_code: string; inserted: boolean }>(result);
}

// ---- the set-based import: staging table and merge ----------------------------------------------------------

/**
 * The staging table of an import: a TEMPORARY table of the job's own connection (no WAL, invisible to others,
 * dropped with the connection if the process dies), filled by COPY with the checked, de-duplicated rows.
 */
export const stageTable = (importId: string): string => `subject_import_stage_${importId.replace(/[^0-9a-f]/gi, '')}`;
export const STAGE_COLUMNS = ['line_no', 'tax_code', 'name', 'name_key', 'sort_key', 'kind', 'status', 'address', 'province_code', 'commune_code', 'old_commune_code', 'vsic_code', 'managing_agency_id', 'legal_rep_name', 'legal_rep_title', 'established_on'] as const;

/** (Re)creates the empty staging table on the session's connection. */
export async function createStage(db: Db, stage: string): Promise<void> {
  await dropStage(db, stage);
  await db.execute(
    sql.raw(`create temporary table ${stage} (line_no integer not null, tax_code text not null, name text not null, name_key text not null, sort_key text not null,
      kind text not null, status text not null, address text, province_code text not null, commune_code text, old_commune_code text, vsic_code text,
      managing_agency_id uuid not null, legal_rep_name text, legal_rep_title text, established_on date)`),
  );
}

export async function dropStage(db: Db, stage: string): Promise<void> {
  await db.execute(sql.raw(`drop table if exists pg_temp.${stage}`));
}

/** Fresh statistics of the staging table (temporary tables are never analysed automatically), for the merge's plan. */
export async function analyzeStage(db: Db, stage: string): Promise<void> {
  await db.execute(sql.raw(`analyze ${stage}`));
}

/** The fields an import compares, as (history key, column); the tax code is the identity. */
const MERGED: [string, string][] = [
  ['name', 'name'],
  ['kind', 'kind'],
  ['status', 'status'],
  ['address', 'address'],
  ['provinceCode', 'province_code'],
  ['communeCode', 'commune_code'],
  ['oldCommuneCode', 'old_commune_code'],
  ['vsicCode', 'vsic_code'],
  ['managingAgencyId', 'managing_agency_id'],
  ['legalRepName', 'legal_rep_name'],
  ['legalRepTitle', 'legal_rep_title'],
  ['establishedOn', 'established_on'],
];

/** Staged rows whose tax code belongs to a subject of an agency outside `scopePath` (not overwritten), in file order. */
export async function stagedOutOfScope(tx: Db, stage: string, scopePath: string): Promise<{ line_no: number; tax_code: string; name: string }[]> {
  return rowsOf(
    await tx.execute(sql`
      select st.line_no, st.tax_code, st.name from ${sql.raw(stage)} st
      join subjects s on s.tax_code = st.tax_code join agencies a on a.id = s.managing_agency_id
      where left(a.path, length(${scopePath})) <> ${scopePath}
      order by st.line_no`),
  );
}

/**
 * Merges the staging table into the registry in three set-based statements of the caller's transaction: the table is
 * locked against other writers first (SHARE ROW EXCLUSIVE: readers go on, a concurrent edit or import waits), so
 * every staged row is exactly one of: out of scope (left alone), unchanged, changed (updated, version + 1, one history
 * event with the changed fields as [before, after]), new (inserted).
 */
export async function mergeStage(
  tx: Db,
  m: { stage: string; scopePath: string; importId: string; userId: string; actorName: string | null; at: Date; server: boolean },
  timings: Record<string, number> = {},
): Promise<{ created: number; updated: number; firstLoad: boolean }> {
  const at = m.at.toISOString();
  const stage = m.stage;
  await tx.execute(sql`lock table subjects in share row exclusive mode`);
  const restore = await prepareFirstLoad(tx, m.server);
  let t = performance.now();
  const before = MERGED.map(([, c]) => `s.${c}`).join(', ');
  const after = MERGED.map(([, c]) => `st.${c}`).join(', ');
  const pairs = MERGED.map(([k, c]) => (c === 'managing_agency_id' || c === 'established_on' ? `('${k}', s.${c}::text, st.${c}::text)` : `('${k}', s.${c}, st.${c})`)).join(', ');
  const sets = [...MERGED.map(([, c]) => `${c} = m.${c}`), 'name_key = m.name_key', 'sort_key = m.sort_key'].join(', ');
  // Nothing to update in an empty registry.
  const [upd] = restore ? [] : rowsOf<{ n: number }>(
    await tx.execute(sql`
      with matched as (
        select s.id, ${sql.raw(MERGED.map(([, c]) => `st.${c}`).join(', '))}, st.name_key, st.sort_key,
               (select coalesce(jsonb_object_agg(v.k, jsonb_build_array(v.b, v.a)), '{}'::jsonb)
                from (values ${sql.raw(pairs)}) as v(k, b, a) where v.b is distinct from v.a) as changes
        from ${sql.raw(stage)} st
        join subjects s on s.tax_code = st.tax_code
        join agencies a on a.id = s.managing_agency_id
        where left(a.path, length(${m.scopePath})) = ${m.scopePath}
          and (${sql.raw(before)}) is distinct from (${sql.raw(after)})
      ), upd as (
        update subjects s set ${sql.raw(sets)}, version = s.version + 1, updated_at = ${at}::timestamptz
        from matched m where s.id = m.id
        returning s.id
      ), ev as (
        insert into subject_events (subject_id, kind, changes, import_id, actor_user_id, actor_name, at)
        select m.id, 'imported', m.changes, ${m.importId}::uuid, ${m.userId}::uuid, ${m.actorName}, ${at}::timestamptz
        from matched m join upd on upd.id = m.id
        returning 1
      )
      select count(*)::int as n from ev`),
  );
  timings.update = performance.now() - t;
  t = performance.now();
  const [ins] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      with ins as (
        insert into subjects (tax_code, name, name_key, sort_key, kind, status, address, province_code, commune_code, old_commune_code, vsic_code,
                              managing_agency_id, legal_rep_name, legal_rep_title, established_on, import_id, created_by, created_at, updated_at)
        select st.tax_code, st.name, st.name_key, st.sort_key, st.kind, st.status, st.address, st.province_code, st.commune_code, st.old_commune_code, st.vsic_code,
               st.managing_agency_id, st.legal_rep_name, st.legal_rep_title, st.established_on, ${m.importId}::uuid, ${m.userId}::uuid, ${at}::timestamptz, ${at}::timestamptz
        from ${sql.raw(stage)} st
        ${restore ? sql`` : sql`where not exists (select 1 from subjects s where s.tax_code = st.tax_code)`}
        returning 1
      )
      select count(*)::int as n from ins`),
  );
  timings.insert = performance.now() - t;
  t = performance.now();
  for (const statement of restore ?? []) await tx.execute(sql.raw(statement));
  if (restore) timings.rebuild = performance.now() - t;
  return { created: ins?.n ?? 0, updated: upd?.n ?? 0, firstLoad: restore !== null };
}

/**
 * First load into an EMPTY registry (installation, or a registry emptied before a reload): inserting a million rows
 * one index entry and four foreign-key checks at a time costs several times more than building the indexes once,
 * sorted, and checking each foreign key with one join afterwards (PostgreSQL manual, "Populating a Database"). So,
 * in the merge's transaction and only when no subject exists, the table is locked exclusively (nobody can read an
 * empty registry being filled anyway), its indexes other than the primary key (the unique tax code too: the staged
 * rows are already unique by tax code) and its foreign keys are dropped, and the returned statements — their
 * definitions as the catalog gives them, same names — recreate them after the insert, still in the transaction: a
 * failure (a duplicate, a foreign key that does not hold) rolls everything back. Returns null (nothing dropped) when
 * the registry is not empty.
 */
async function prepareFirstLoad(tx: Db, server: boolean): Promise<string[] | null> {
  const [state] = rowsOf<{ empty: boolean }>(await tx.execute(sql`select not exists (select 1 from subjects) as empty`));
  if (!state?.empty) return null;
  await tx.execute(sql`lock table subjects in access exclusive mode`);
  const indexes = rowsOf<{ name: string; def: string }>(
    await tx.execute(sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid
      where i.indrelid = 'subjects'::regclass and not i.indisprimary and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
      order by c.relname`),
  );
  const fks = rowsOf<{ name: string; def: string }>(
    await tx.execute(sql`select conname as name, pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'subjects'::regclass and contype = 'f' order by conname`),
  );
  for (const f of fks) await tx.execute(sql.raw(`alter table subjects drop constraint "${f.name}"`));
  for (const i of indexes) await tx.execute(sql.raw(`drop index "${i.name}"`));
  // Index builds sort in memory up to this much (the server's default, 64 MB, spills a million keys to disk).
  if (server) await tx.execute(sql`set local maintenance_work_mem = '256MB'`);
  return [...indexes.map((i) => i.def), ...fks.map((f) => `alter table subjects add constraint "${f.name}" ${f.def}`)];
}

/** Number of stored subjects (demo data is created only into an empty registry). */
export async function countSubjects(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(subjects);
  return Number(row?.n ?? 0);
}

/** Keeps a long-running job's claim alive (another worker takes over a job whose lock expired). */
export async function extendJobLock(tx: Db, jobId: number, until: Date): Promise<void> {
  await tx.update(jobs).set({ lockedUntil: until }).where(eq(jobs.id, jobId));
}
