import { randomUUID } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { AuditChainBusyError, auditChainSql, type AuditChainRow } from '../../server/audit/audit';
import { executeText, type Db } from '../../server/db';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { PgColumn, type AnyPgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { users } from '../users/users.table';
import { petitionAttachments, petitionCases, petitionDeadlines, petitionEvents, petitionIdentities, petitionLetters } from './petitions.table';

export type CaseRow = typeof petitionCases.$inferSelect;

export type LetterRow = typeof petitionLetters.$inferSelect;
export type DeadlineRow = typeof petitionDeadlines.$inferSelect;
export type EventRow = typeof petitionEvents.$inferSelect;

/**
 * Next number of a yearly series of an agency (`seq` of the rows where `agency` and `year` match): the transaction
 * advisory lock on `series` serialises concurrent writers, so no number is given twice.
 */
export async function nextInSeries(tx: Db, series: string, table: PgTable, cols: { seq: AnyPgColumn; agency: AnyPgColumn; year: AnyPgColumn }, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${series}:${agencyId}:${year}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${cols.seq}), 0)::int` })
    .from(table)
    .where(and(eq(cols.agency, agencyId), eq(cols.year, year)));
  return Number(row?.n ?? 0) + 1;
}

/**
 * Next register number of an agency for a year, from the same counter row the one-statement registration uses
 * (registerLetterRows): the row stays locked until commit, so a letter registered another way (a transfer into the
 * inbox) never takes a number twice. It continues from the letters already stored.
 */
export async function nextRegisterSeq(tx: Db, agencyId: string, year: number): Promise<number> {
  const result = await tx.execute(sql`
    insert into petition_register_counters as c (agency_id, register_year, last_seq)
    values (${agencyId}, ${year}, coalesce((select max(l.register_seq) from petition_letters l where l.agency_id = ${agencyId} and l.register_year = ${year}), 0) + 1)
    on conflict (agency_id, register_year) do update set last_seq = greatest(c.last_seq, excluded.last_seq - 1) + 1
    returning last_seq`);
  return Number((result as unknown as { rows: { last_seq: number }[] }).rows[0]!.last_seq);
}

/** Inserts a letter. */
export async function insertLetter(tx: Db, row: typeof petitionLetters.$inferInsert): Promise<LetterRow> {
  const [created] = await tx.insert(petitionLetters).values(row).returning();
  return created!;
}

/** What registerLetterRows writes besides the letter: the sealed identities, the deadlines and the timeline. */
export type LetterChildren = {
  identities: Omit<typeof petitionIdentities.$inferInsert, 'letterId'>[];
  deadlines: Omit<typeof petitionDeadlines.$inferInsert, 'letterId'>[];
  events: Omit<typeof petitionEvents.$inferInsert, 'letterId'>[];
};

/** `{registerNo}` in the pseudonym and in event notes is replaced by the register number the database assigns. */
export const REGISTER_NO = '{registerNo}';

type NewLetter = Omit<typeof petitionLetters.$inferInsert, 'registerSeq' | 'registerNo'>;

/** JSON object with the database's column names (what jsonb_populate_record reads). */
function byColumnName(table: Record<string, unknown>, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    const col = table[key];
    if (value !== undefined && col instanceof PgColumn) out[col.name] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

// The statement text depends only on which letter columns are given; built once per column set.
const registerSql = new Map<string, string>();
function registerStatement(columns: string[], portal: boolean, audited = false): string {
  const key = `${portal}:${audited}:${columns.join(',')}`;
  let text = registerSql.get(key);
  if (text) return text;
  const list = columns.map((c) => `"${c}"`).join(', ');
  const fromRecord = columns.map((c) => `n."${c}"`).join(', ');
  const cols = (t: Record<string, unknown>, keys: string[]) => keys.map((k) => (t[k] as PgColumn).name);
  const deadlineCols = cols(petitionDeadlines as never, ['clockId', 'startDate', 'dueDate', 'warningDate', 'unit', 'length', 'regime', 'ruleSource', 'ruleVersion', 'basis', 'toVerify', 'explanation']);
  const eventCols = cols(petitionEvents as never, ['at', 'actorUserId', 'actorLabel', 'event', 'fromState', 'toState', 'public']);
  // `n` of each agency and year is taken from the counter in one step: the counter row stays locked until commit.
  const batchOf = `(select g.n from grp g where g.agency_id = excluded.agency_id and g.register_year = excluded.register_year)`;
  // The audited form also appends the letters' audit records ($5, see registerPortalLettersAudited) to the chain.
  const auditCtes = audited
    ? `, audit_src as (
      select (row_number() over (order by t.ord))::int as ord, r.*, yy.y->>'p' as p, yy.y->>'s' as s
      from jsonb_array_elements($5::jsonb) with ordinality as t(x, ord)
      join letter l on l.id = (t.x->>'entity_id')::uuid
      cross join lateral (select replace(t.x::text, '${REGISTER_NO}', l.register_no)::jsonb as y) as yy
      cross join lateral jsonb_populate_record(null::audit_log, yy.y) as r
    ), ${auditChainSql('audit_src')}`
    : '';
  text = `
    with ${audited ? 'recursive ' : ''}input as (
      select x.ord, r.* from jsonb_array_elements($1::jsonb) with ordinality as x(j, ord), lateral jsonb_populate_record(null::petition_letters, x.j) as r
      ${portal ? `where exists (select 1 from agencies a where a.id = r.agency_id and a.status = 'active')
        and (r.submission_key is null or not exists (select 1 from petition_letters p where p.submission_key = r.submission_key))` : ''}
    ), grp as (
      select agency_id, register_year, count(*)::int as n from input group by agency_id, register_year
    ), counter as (
      insert into petition_register_counters as c (agency_id, register_year, last_seq)
      select g.agency_id, g.register_year, coalesce((select max(l.register_seq) from petition_letters l where l.agency_id = g.agency_id and l.register_year = g.register_year), 0) + g.n from grp g
      on conflict (agency_id, register_year) do update set last_seq = greatest(c.last_seq, excluded.last_seq - ${batchOf}) + ${batchOf}
      returning agency_id, register_year, last_seq
    ), seqs as (
      select i.ord, c.last_seq - g.n + (row_number() over (partition by i.agency_id, i.register_year order by i.ord))::int as seq
      from input i join counter c on c.agency_id = i.agency_id and c.register_year = i.register_year join grp g on g.agency_id = i.agency_id and g.register_year = i.register_year
    ), numbered as (
      select i.*, s.seq, i.register_year::text || '/' || lpad(s.seq::text, 6, '0') as no from input i join seqs s on s.ord = i.ord
    ), letter as (
      insert into petition_letters (${list}, register_seq, register_no, author_pseudonym)
      select ${fromRecord}, n.seq, n.no, replace(n.author_pseudonym, '${REGISTER_NO}', n.no)
      from numbered n order by n.ord
      returning id, agency_id, register_no, author_pseudonym, tracking_code, received_on::text as received_on
    ), identities as (
      insert into petition_identities (letter_id, role, ordinal, sealed)
      select x.letter_id, x.role, x.ordinal, x.sealed from jsonb_populate_recordset(null::petition_identities, $2::jsonb) as x join letter on letter.id = x.letter_id
    ), deadlines as (
      insert into petition_deadlines (letter_id, ${deadlineCols.join(', ')})
      select x.letter_id, ${deadlineCols.map((c) => `x.${c}`).join(', ')} from jsonb_populate_recordset(null::petition_deadlines, $3::jsonb) as x join letter on letter.id = x.letter_id
    ), events as (
      insert into petition_events (letter_id, ${eventCols.join(', ')}, note)
      select letter.id, ${eventCols.map((c) => `x.${c}`).join(', ')}, replace(x.note, '${REGISTER_NO}', letter.register_no)
      from jsonb_populate_recordset(null::petition_events, $4::jsonb) as x join letter on letter.id = x.letter_id
    )${auditCtes}
    select l.id, l.register_no, l.author_pseudonym, l.tracking_code, l.received_on, a.name as agency_name${
      // A letter without its audit record must not be stored: when a concurrent append took one of the ids
      // (fewer audit rows inserted than letters), this division by zero fails the whole statement.
      audited ? `, 1 / ((select count(*) from audit_ins) = (select count(*) from letter))::int as audited` : ''
    } from letter l join agencies a on a.id = l.agency_id`;
  registerSql.set(key, text);
  return text;
}

/** A letter to register with registerLetterBatch: the row (its id chosen by the caller) and its children. */
export type NewLetterWithChildren = { row: NewLetter & { id: string }; children: LetterChildren };
export type RegisteredLetter = { id: string; registerNo: string; authorPseudonym: string; trackingCode: string | null; receivedOn: string; agencyName: string };

/**
 * Registers letters in ONE statement with four parameters (the letters and their children as JSON): takes the next
 * register numbers of each agency and year (the counter row stays locked until commit, so concurrent registrations
 * get consecutive numbers, see petitionRegisterCounters; within a batch the numbers follow the order given),
 * inserts the letters, their sealed identities, their deadlines and their timelines. The number continues from the
 * letters already stored, so a missing or stale counter row cannot produce a duplicate. Register number format:
 * YYYY/NNNNNN. One statement and few parameters matter on embedded PGlite, where each statement is parsed and
 * planned anew and each parameter costs a round of its wire protocol in JavaScript. Results in the order given.
 */
export async function registerLetterBatch(tx: Db, items: NewLetterWithChildren[]): Promise<RegisteredLetter[]> {
  const written = await registerLetters(tx, items, false);
  return written.map((w) => {
    if (!w) throw new Error('registerLetterBatch: a letter was not inserted');
    return w;
  });
}

/**
 * The online portal's form of registerLetterBatch: a letter to an agency that is not active, or whose submission key
 * is already stored (a re-send), is left out — `undefined` in its place — for the caller to answer; the others are
 * registered and numbered as usual. Saves the portal's group two reads before it writes.
 */
export function registerPortalLetters(tx: Db, items: NewLetterWithChildren[]): Promise<(RegisteredLetter | undefined)[]> {
  return registerLetters(tx, items, true);
}

/** Which letters registerLetters can write in one statement: those with the same set of given columns. */
export function letterColumnsKey(item: NewLetterWithChildren): string {
  return columnsKey(byColumnName(petitionLetters as never, item.row as never));
}
const columnsKey = (letter: Record<string, unknown>) => Object.keys(letter).filter((c) => c !== 'author_pseudonym').join(',');

/**
 * registerPortalLetters and the letters' audit records in ONE statement, run on its own (no transaction around it:
 * the statement is atomic): the online portal's group write costs one round trip to the server. `audits[i]` is the
 * record of `items[i]` (auditChainRows), built before the number is known: `{registerNo}` in it is replaced by the
 * number the statement assigns. All items must share one letterColumnsKey. When a concurrent append took one of the
 * audit ids, nothing is stored and AuditChainBusyError is thrown (run it again).
 */
export async function registerPortalLettersAudited(db: Db, items: NewLetterWithChildren[], audits: AuditChainRow[]): Promise<(RegisteredLetter | undefined)[]> {
  if (new Set(items.map(letterColumnsKey)).size > 1) throw new Error('registerPortalLettersAudited: letters with different columns');
  try {
    return await registerLetters(db, items, true, audits);
  } catch (err) {
    if ((err as { code?: string }).code === '22012') throw new AuditChainBusyError();
    throw err;
  }
}

async function registerLetters(tx: Db, items: NewLetterWithChildren[], portal: boolean, audits?: AuditChainRow[]): Promise<(RegisteredLetter | undefined)[]> {
  if (items.length === 0) return [];
  const letters = items.map((it) => byColumnName(petitionLetters as never, it.row as never));
  // Letters with a different set of given columns go in separate statements (a column left out takes its default).
  const groups = new Map<string, number[]>();
  letters.forEach((l, i) => {
    const key = columnsKey(l);
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = new Map<string, RegisteredLetter>();
  for (const [key, indexes] of groups) {
    const text = registerStatement(key.split(','), portal, audits !== undefined);
    const children = (pick: (c: LetterChildren) => object[], table: Record<string, unknown>) =>
      JSON.stringify(indexes.flatMap((i) => pick(items[i]!.children).map((r) => byColumnName(table, { ...r, letterId: items[i]!.row.id } as never))));
    const params = [
      JSON.stringify(indexes.map((i) => letters[i])),
      children((c) => c.identities, petitionIdentities as never),
      children((c) => c.deadlines, petitionDeadlines as never),
      children((c) => c.events, petitionEvents as never),
      ...(audits ? [JSON.stringify(indexes.map((i) => audits[i]))] : []),
    ];
    const result = await executeText<{ id: string; register_no: string; author_pseudonym: string; tracking_code: string | null; received_on: string; agency_name: string }>(tx, text, params);
    for (const r of result.rows) {
      out.set(r.id, { id: r.id, registerNo: r.register_no, authorPseudonym: r.author_pseudonym, trackingCode: r.tracking_code, receivedOn: r.received_on, agencyName: r.agency_name });
    }
  }
  return items.map((it) => out.get(it.row.id));
}

/** Registers one letter (registerLetterBatch of one). */
export async function registerLetterRows(tx: Db, row: NewLetter, children: LetterChildren): Promise<RegisteredLetter> {
  const [created] = await registerLetterBatch(tx, [{ row: { ...row, id: row.id ?? randomUUID() }, children }]);
  return created!;
}

/** Stores sealed identities of a letter. */
export async function insertIdentities(tx: Db, rows: (typeof petitionIdentities.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionIdentities).values(rows);
}

/** The sealed identities of a letter, in order. */
export function listIdentities(db: Db, letterId: string) {
  return db.select().from(petitionIdentities).where(eq(petitionIdentities.letterId, letterId)).orderBy(asc(petitionIdentities.ordinal));
}

/** Stores deadlines. */
export async function insertDeadlines(tx: Db, rows: (typeof petitionDeadlines.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionDeadlines).values(rows);
}

/** Appends timeline events. */
export async function insertEvents(tx: Db, rows: (typeof petitionEvents.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionEvents).values(rows);
}

/** A letter with the path and name of its agency. */
export async function findLetter(db: Db, id: string) {
  const [row] = await db
    .select({ letter: petitionLetters, agencyPath: agencies.path, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(eq(petitionLetters.id, id));
  return row;
}

/** A letter by its public tracking code. */
export async function findLetterByTracking(db: Db, trackingCode: string) {
  const [row] = await db
    .select({ letter: petitionLetters, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(eq(petitionLetters.trackingCode, trackingCode));
  return row;
}

/** What a re-sent online submission needs of the letter its key already made (a narrow read: asked on every submission). */
export async function findLetterBySubmissionKey(db: Db, key: string) {
  const [row] = await db
    .select({ id: petitionLetters.id, state: petitionLetters.state, trackingCode: petitionLetters.trackingCode, registerNo: petitionLetters.registerNo, receivedOn: petitionLetters.receivedOn, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(eq(petitionLetters.submissionKey, key));
  return row;
}

/** Letters already submitted with these portal submission keys (an idempotent re-send finds its first letter). */
export async function findLettersBySubmissionKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return [];
  return db
    .select({ submissionKey: sql<string>`${petitionLetters.submissionKey}`, id: petitionLetters.id, state: petitionLetters.state, trackingCode: petitionLetters.trackingCode, registerNo: petitionLetters.registerNo, receivedOn: petitionLetters.receivedOn, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(inArray(petitionLetters.submissionKey, keys));
}

/** Deadlines of letters. */
export function listDeadlines(db: Db, letterIds: string[]) {
  if (letterIds.length === 0) return Promise.resolve([] as DeadlineRow[]);
  return db.select().from(petitionDeadlines).where(inArray(petitionDeadlines.letterId, letterIds)).orderBy(asc(petitionDeadlines.dueDate));
}

/** Timeline of a letter, oldest first. */
export function listEvents(db: Db, letterId: string, publicOnly = false) {
  const conds: SQL[] = [eq(petitionEvents.letterId, letterId)];
  if (publicOnly) conds.push(eq(petitionEvents.public, true));
  return db
    .select()
    .from(petitionEvents)
    .where(and(...conds))
    .orderBy(asc(petitionEvents.at), asc(petitionEvents.id));
}

export type LetterListFilter = {
  scopes: string[];
  state?: string;
  kind?: string;
  searchFold?: string;
  from?: string;
  to?: string;
  provinceCode?: string;
  communeCode?: string;
  /** An officer's id, or null for letters nobody handles yet. */
  handlerUserId?: string | null;
  /** 'overdue': a running deadline is past due on `today`; 'due_soon': one reached its warning date or is due today. */
  deadline?: 'overdue' | 'due_soon';
  today: string;
  agencyId?: string;
  limit: number;
  offset: number;
};

/** Letters of the agencies in `scopes`, newest first, with filters and a diacritics-insensitive text search. */
export async function listLetters(db: Db, q: LetterListFilter) {
  const conds: SQL[] = [agencyPathIn(q.scopes)];
  if (q.state) conds.push(eq(petitionLetters.state, q.state));
  if (q.kind) conds.push(sql`coalesce(${petitionLetters.kind}, ${petitionLetters.claimedKind}) = ${q.kind}`);
  if (q.from) conds.push(gte(petitionLetters.receivedOn, q.from));
  if (q.to) conds.push(lte(petitionLetters.receivedOn, q.to));
  if (q.searchFold) {
    // The word index narrows the search (every word, the last one as a prefix: "thu hoi da" finds "thu hồi đất");
    // LIKE keeps the exact meaning: the folded text contains the folded query.
    const words = wordsOf(q.searchFold);
    const query = words.map((w, i) => (i === words.length - 1 ? `${lexeme(w)}:*` : lexeme(w))).join(' & ');
    if (words.length) conds.push(sql`${lettersWords} @@ ${query}::tsquery`);
    conds.push(sql`${petitionLetters.searchText} like ${`%${q.searchFold}%`}`);
  }
  if (q.provinceCode) conds.push(eq(petitionLetters.provinceCode, q.provinceCode));
  if (q.communeCode) conds.push(eq(petitionLetters.communeCode, q.communeCode));
  if (q.agencyId) conds.push(eq(petitionLetters.agencyId, q.agencyId));
  if (q.handlerUserId !== undefined) conds.push(q.handlerUserId === null ? isNull(petitionLetters.handlerUserId) : eq(petitionLetters.handlerUserId, q.handlerUserId));
  if (q.deadline) {
    const due =
      q.deadline === 'overdue'
        ? sql`${petitionDeadlines.dueDate} < ${q.today}::date`
        : sql`${petitionDeadlines.dueDate} >= ${q.today}::date and (${petitionDeadlines.dueDate} = ${q.today}::date or ${petitionDeadlines.warningDate} <= ${q.today}::date)`;
    conds.push(sql`exists (select 1 from ${petitionDeadlines} where ${petitionDeadlines.letterId} = ${petitionLetters.id} and ${petitionDeadlines.status} = 'running' and ${due})`);
  }
  const where = and(...conds);
  const rows = await db
    .select({ letter: petitionLetters, agencyName: agencies.name, agencyPath: agencies.path, handlerName: users.fullName })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .leftJoin(users, eq(users.id, petitionLetters.handlerUserId))
    .where(where)
    .orderBy(desc(petitionLetters.receivedAt), desc(petitionLetters.registerSeq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(petitionLetters).innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The name of a user (the handler shown on a letter). */
export async function userName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.fullName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** Attachments of a letter with their file records, oldest first. */
export function listAttachments(db: Db, letterId: string) {
  return db
    .select({ attachment: petitionAttachments, file: files })
    .from(petitionAttachments)
    .innerJoin(files, eq(files.id, petitionAttachments.fileId))
    .where(eq(petitionAttachments.letterId, letterId))
    .orderBy(asc(petitionAttachments.createdAt), asc(files.originalName));
}

/** Links stored files to a letter. */
export async function insertAttachments(tx: Db, rows: (typeof petitionAttachments.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionAttachments).values(rows);
}

/** How many files the sender already added to a letter (the portal's cap). */
export async function countSenderAttachments(db: Db, letterId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(petitionAttachments).where(and(eq(petitionAttachments.letterId, letterId), eq(petitionAttachments.source, 'sender')));
  return Number(row?.n ?? 0);
}

/** Updates a letter's state. */
export async function updateLetterState(tx: Db, id: string, state: string, patch: Partial<typeof petitionLetters.$inferInsert> = {}): Promise<void> {
  await tx
    .update(petitionLetters)
    .set({ ...patch, state, updatedAt: new Date() })
    .where(eq(petitionLetters.id, id));
}

/** Cases opened from a letter. */
export function listCases(db: Db, letterId: string) {
  return listCasesOf(db, [letterId]);
}

/** Cases opened from several letters, in one query. */
export function listCasesOf(db: Db, letterIds: string[]) {
  if (letterIds.length === 0) return Promise.resolve([] as CaseRow[]);
  return db.select().from(petitionCases).where(inArray(petitionCases.letterId, letterIds)).orderBy(asc(petitionCases.createdAt));
}

/** Opens a case. */
export async function insertCase(tx: Db, row: typeof petitionCases.$inferInsert): Promise<CaseRow> {
  const [created] = await tx.insert(petitionCases).values(row).returning();
  return created!;
}

/** Updates a case's state and flags. */
export async function updateCase(tx: Db, id: string, patch: Partial<typeof petitionCases.$inferInsert>): Promise<void> {
  await tx
    .update(petitionCases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(petitionCases.id, id));
}

/** Closes the running deadlines of some clocks of a letter: 'met' when closed by the due date, else 'late'. */
export async function stopDeadlines(tx: Db, letterId: string, clockIds: string[], on: string): Promise<void> {
  if (clockIds.length === 0) return;
  // A paused clock (suspended case) stopped later (termination, withdrawal) is judged on the day it was paused.
  const judgedOn = sql`case when ${petitionDeadlines.status} = 'paused' then coalesce((${petitionDeadlines.inputs}->>'pausedFrom')::date, ${on}::date) else ${on}::date end`;
  await tx
    .update(petitionDeadlines)
    .set({ status: sql`case when ${petitionDeadlines.dueDate} >= ${judgedOn} then 'met' else 'late' end`, closedOn: on })
    .where(and(eq(petitionDeadlines.letterId, letterId), inArray(petitionDeadlines.status, ['running', 'paused']), inArray(petitionDeadlines.clockId, clockIds)));
}

/** Changes one deadline (pause, resumption, extension, new flags). */
export async function updateDeadline(tx: Db, id: string, patch: Partial<Omit<DeadlineRow, 'id' | 'letterId' | 'caseId' | 'clockId' | 'startDate' | 'createdAt'>>): Promise<void> {
  await tx.update(petitionDeadlines).set(patch).where(eq(petitionDeadlines.id, id));
}

/** Trigram similarity from which two subjects count as "the same matter" (title + respondent, no diacritics). */
export const SUBJECT_SIMILARITY = 0.5;
/** How many earlier letters each criterion of the duplicate look-up may contribute before ranking. */
export const SIMILAR_PER_CRITERION = 50;
/** How many letters found by words are compared (trigram similarity, respondent phrase), at most, per criterion. */
export const SIMILAR_CANDIDATES = 300;

/** The words of folded text as the `simple` text-search parser sees them (letters and digits). */
export function wordsOf(fold: string): string[] {
  return [...new Set(fold.match(/[\p{L}\p{N}]+/gu) ?? [])];
}

/** A tsquery operand for one word (words hold only letters and digits, so quoting is enough). */
const lexeme = (w: string) => `'${w}'`;

type WordStats = { at: number; sample: number; rows: number; docs: Map<string, number> };
const wordStatsCache = new WeakMap<Db, Promise<WordStats>>();
const WORD_STATS_TTL_MS = 10 * 60_000;

/**
 * How common each word of the letters' subjects is, estimated on a sample of ~300 table pages (TABLESAMPLE SYSTEM),
 * cached per database for ten minutes: tells the duplicate look-up which words of a subject are distinctive
 * (a commune, a person, a decision number) and which are the boilerplate most letters share.
 */
export function wordStats(db: Db, now = Date.now()): Promise<WordStats> {
  const cached = wordStatsCache.get(db);
  if (cached) {
    // Refreshed in the background once stale; the old figures serve meanwhile.
    void cached.then((s) => {
      if (now - s.at > WORD_STATS_TTL_MS && wordStatsCache.get(db) === cached) wordStatsCache.set(db, loadWordStats(db, now));
    });
    return cached;
  }
  const loading = loadWordStats(db, now);
  wordStatsCache.set(db, loading);
  loading.catch(() => wordStatsCache.delete(db));
  return loading;
}

async function loadWordStats(db: Db, now: number): Promise<WordStats> {
  const pages = Number(((await db.execute(sql`select (pg_relation_size('petition_letters') / 8192)::int as pages`)) as unknown as { rows: { pages: number }[] }).rows[0]?.pages ?? 0);
  const percent = Math.min(100, (300 * 100) / Math.max(1, pages));
  const result = await db.execute(sql`
    with s as materialized (select to_tsvector('simple', ${petitionLetters.subjectFold}) as v from ${petitionLetters} tablesample system (${sql.raw(percent.toFixed(6))}) repeatable (1))
    select w.lexeme as word, count(*)::int as docs, (select count(*) from s)::int as sample from s, unnest(s.v) as w group by w.lexeme`);
  const rows = (result as unknown as { rows: { word: string; docs: number; sample: number }[] }).rows;
  const sample = Number(rows[0]?.sample ?? 0);
  return { at: now, sample, rows: Math.round((sample * 100) / percent), docs: new Map(rows.map((r) => [r.word, Number(r.docs)])) };
}

/** Estimated number of letters whose subject has the word. */
const lettersWith = (stats: WordStats, word: string) => (stats.sample ? ((stats.docs.get(word) ?? 0) * stats.rows) / stats.sample : 0);

/** The words of `fold`, rarest first (longer first among equally rare ones), with their estimated letter counts. */
function byRarity(fold: string, stats: WordStats) {
  return wordsOf(fold)
    .filter((w) => w.length >= 2)
    .map((w) => ({ w, n: lettersWith(stats, w) }))
    .sort((a, b) => a.n - b.n || b.w.length - a.w.length);
}

/** About how many letters a word query may match before the trigram comparison (the rest is cut by a LIMIT). */
export const CANDIDATE_BUDGET = 300;

/**
 * The word query that picks the candidates of the similar-subject criterion: the subject's most distinctive words,
 * as few letters as possible but enough to find the same matter reworded. If the rarest word is rare (≤ the budget),
 * letters with any of the rarest words (up to three, while their letters stay within the budget); otherwise letters
 * with all of the rarest words, adding words until their estimated common letters fit the budget.
 */
export function distinctiveWordsQuery(subjectFold: string, stats: WordStats): string | null {
  const words = byRarity(subjectFold, stats);
  if (words.length === 0) return null;
  const picked = [words[0]!];
  if (words[0]!.n <= CANDIDATE_BUDGET) {
    let total = words[0]!.n;
    for (const w of words.slice(1, 3)) {
      if (total + w.n > CANDIDATE_BUDGET) break;
      picked.push(w);
      total += w.n;
    }
    return picked.map((p) => lexeme(p.w)).join(' | ');
  }
  let estimate = words[0]!.n;
  for (const w of words.slice(1, 4)) {
    if (estimate <= CANDIDATE_BUDGET) break;
    picked.push(w);
    estimate = (estimate * w.n) / Math.max(1, stats.rows);
  }
  return picked.map((p) => lexeme(p.w)).join(' & ');
}

/**
 * The word query of the same-respondent criterion (the phrase itself is checked after): its three rarest words and
 * its last two, where names put what sets them apart ("… đất đai khu vực Nhân Lý", "Ông Nguyễn Văn An") — words
 * that each come with a common template ("chi nhánh văn phòng đăng ký…") are rare alone but not together.
 */
export function respondentWordsQuery(respondentFold: string, stats: WordStats): string | null {
  const all = wordsOf(respondentFold).filter((w) => w.length >= 2);
  const words = new Set([...byRarity(respondentFold, stats).slice(0, 3).map((p) => p.w), ...all.slice(-2)]);
  return words.size ? [...words].map(lexeme).join(' & ') : null;
}

/** The word indexes, written as the queries must write them for PostgreSQL to use them. */
const lettersWords = sql`to_tsvector('simple', ${petitionLetters.searchText})`;
const subjectWords = sql`to_tsvector('simple', ${petitionLetters.subjectFold})`;

/**
 * Earlier letters that may be the same person's or about the same matter (spec §1.3 DR-1.3.2), in one statement of
 * index-backed criteria, each capped at SIMILAR_PER_CRITERION before the candidates are filtered by scope and ranked:
 * - the same person: equal blind index of name, ID number or phone (b-tree look-ups);
 * - the same respondent: the respondent's words (word index), then the exact phrase in the other letter's subject;
 * - a similar subject: trigram similarity ≥ SUBJECT_SIMILARITY among at most SIMILAR_CANDIDATES letters that share
 *   distinctive words with this subject (see distinctiveWordsQuery). Letters that resemble this one only by
 *   boilerplate ("khiếu nại quyết định thu hồi đất…") are thus not proposed — among a million letters thousands do.
 */
export async function findSimilarLetters(
  db: Db,
  q: { excludeId: string; scopes: string[]; nameIndex: string | null; idIndex: string | null; phoneIndex: string | null; respondentFold: string | null; subjectFold: string; limit: number },
) {
  const per = SIMILAR_PER_CRITERION;
  const L = petitionLetters;
  const notSelf = sql`${L.id} <> ${q.excludeId}::uuid`;
  const branch = (column: AnyPgColumn, value: string | null) => (value ? sql`(select ${L.id} from ${L} where ${column} = ${value} and ${notSelf} limit ${per})` : null);
  const stats = await wordStats(db);
  const respondentQuery = q.respondentFold ? respondentWordsQuery(q.respondentFold, stats) : null;
  const subjectQuery = q.subjectFold.length >= 3 ? distinctiveWordsQuery(q.subjectFold, stats) : null;
  const similarity = sql<number>`similarity(${L.subjectFold}, ${q.subjectFold})`;
  const branches = [
    branch(L.authorNameIndex, q.nameIndex),
    branch(L.authorIdIndex, q.idIndex),
    branch(L.authorPhoneIndex, q.phoneIndex),
    respondentQuery
      ? sql`(select id from (select ${L.id} as id, ${L.subjectFold} as s from ${L} where ${subjectWords} @@ ${respondentQuery}::tsquery and ${notSelf} limit ${SIMILAR_CANDIDATES}) c where position(${q.respondentFold} in s) > 0 limit ${per})`
      : null,
    subjectQuery
      ? sql`(select id from (select ${L.id} as id, ${similarity} as s from ${L} where ${subjectWords} @@ ${subjectQuery}::tsquery and ${notSelf} limit ${SIMILAR_CANDIDATES}) c where s >= ${SUBJECT_SIMILARITY} order by s desc limit ${per})`
      : null,
  ].filter((b): b is NonNullable<typeof b> => b !== null);
  if (branches.length === 0) return [];
  const person = [q.nameIndex && eq(L.authorNameIndex, q.nameIndex), q.idIndex && eq(L.authorIdIndex, q.idIndex), q.phoneIndex && eq(L.authorPhoneIndex, q.phoneIndex)].filter((c): c is SQL => !!c);
  const samePerson = person.length ? sql`(${sql.join(person, sql` or `)})` : sql`false`;
  const sameRespondent = q.respondentFold ? sql`position(${q.respondentFold} in ${L.subjectFold}) > 0` : sql`false`;
  // Ranking: an ID number or phone identifies a person, a name alone does not (namesakes are common: one name can
  // stand on a thousand letters), so a namesake on another matter ranks below a letter on the same matter.
  const strong = [q.idIndex && eq(L.authorIdIndex, q.idIndex), q.phoneIndex && eq(L.authorPhoneIndex, q.phoneIndex)].filter((c): c is SQL => !!c);
  const strongPerson = strong.length ? sql`(${sql.join(strong, sql` or `)})` : sql`false`;
  const sameMatter = sql`(${sameRespondent} or similarity(${L.subjectFold}, ${q.subjectFold}) >= ${SUBJECT_SIMILARITY})`;
  const rank = sql<number>`case when ${strongPerson} then 4 when ${samePerson} and ${sameMatter} then 3 when ${sameMatter} then 2 when ${samePerson} then 1 else 0 end`;
  // The candidates (a few hundred at most) drive the query: primary-key look-ups, then the scope check per letter.
  const ranked = (on: Db) =>
    on
      .select({
        letter: L,
        agencyName: sql<string>`(select ${agencies.name} from ${agencies} where ${agencies.id} = ${L.agencyId})`,
        samePerson: sql<boolean>`${samePerson}`,
        sameRespondent: sql<boolean>`${sameRespondent}`,
        similarity,
      })
      .from(L)
      .where(and(sql`${L.id} = any(array(${sql.join(branches, sql` union `)}))`, sql`${L.agencyId} = any(array(select ${agencies.id} from ${agencies} where ${agencyPathIn(q.scopes)}))`))
      .orderBy(desc(rank), desc(similarity), desc(L.receivedAt))
      .limit(q.limit);
  return db.transaction(async (tx) => {
    // A look-up of milliseconds: PostgreSQL's JIT compiler (on by default from a plan cost of 100,000, which the
    // estimate of a word query can pass) would add up to seconds of compilation to it.
    await tx.execute(sql`set local jit = off`);
    return ranked(tx);
  });
}

/** Number of stored letters (demo data is created only into an empty table). */
export async function countLetters(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(petitionLetters);
  return Number(row?.n ?? 0);
}

/** Keyed blind indexes of the people to look for (IdentityVault.index), any of which may be empty. */
export type PersonIndexes = { names: string[]; ids: string[]; phones: string[] };

/** Letters in `scopes` whose author matches one of the indexes (e.g. earlier letters of a visitor), newest first. */
export async function findLettersByPerson(db: Db, q: { scopes: string[]; people: PersonIndexes; limit: number }) {
  const { names, ids, phones } = q.people;
  const match = (column: AnyPgColumn, values: string[]) => (values.length ? inArray(column, values) : sql`false`);
  const [byName, byId, byPhone] = [match(petitionLetters.authorNameIndex, names), match(petitionLetters.authorIdIndex, ids), match(petitionLetters.authorPhoneIndex, phones)];
  return db
    .select({ id: petitionLetters.id, registerNo: petitionLetters.registerNo, receivedOn: petitionLetters.receivedOn, title: petitionLetters.title, state: petitionLetters.state, sameName: sql<boolean>`${byName}`, sameId: sql<boolean>`${byId}`, samePhone: sql<boolean>`${byPhone}` })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(and(agencyPathIn(q.scopes), sql`(${byName} or ${byId} or ${byPhone})`))
    .orderBy(desc(petitionLetters.receivedAt))
    .limit(q.limit);
}
