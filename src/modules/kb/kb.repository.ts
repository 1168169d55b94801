import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { walkUnits, type LawUnit } from '../../shared/domain/kb/structure';
import type { LibraryDocument } from './kb.library';
import { kbGeneration } from './kb.knowledge.table';
import { kbDocuments, kbFeedback, kbLibrary, kbUnits } from './kb.table';

export type KbDocumentRow = typeof kbDocuments.$inferSelect;
export type KbUnitRow = typeof kbUnits.$inferSelect;

/** Rows per INSERT statement. */
const CHUNK = 2000;

/** The hash of the shipped library currently loaded, if any. */
export async function loadedLibraryHash(db: Db): Promise<string | null> {
  const [row] = await db.select({ hash: kbLibrary.contentHash }).from(kbLibrary).where(eq(kbLibrary.id, 'shipped'));
  return row?.hash ?? null;
}

/** Flattens a unit tree depth-first into rows with fresh ids, parent links and positions. */
function unitRows(documentId: string, units: LawUnit[]) {
  const rows: { id: string; document_id: string; parent_id: string | null; kind: string; number: string; heading: string | null; text: string; position: number; refs: LawUnit['refs']; source_ref: string | null }[] = [];
  const visit = (list: LawUnit[], parentId: string | null) => {
    for (const u of list) {
      const id = randomUUID();
      rows.push({ id, document_id: documentId, parent_id: parentId, kind: u.kind, number: u.number, heading: u.heading, text: u.text, position: rows.length, refs: u.refs, source_ref: u.sourceRef ?? null });
      visit(u.children, id);
    }
  };
  visit(units, null);
  return rows;
}

/**
 * Replaces the shipped documents by `documents` in one transaction (multi-row inserts: PGlite is slow row by row).
 * Documents added by other means keep their rows; a shipped number that collides with one of them is skipped.
 */
export async function replaceShippedLibrary(db: Db, documents: LibraryDocument[], hash: string): Promise<{ documents: number; units: number }> {
  return db.transaction(async (tx) => {
    // Units first, by document: cheaper than letting the cascade walk them row by row.
    await tx.execute(sql`delete from kb_units where document_id in (select id from kb_documents where origin = 'shipped')`);
    await tx.delete(kbDocuments).where(eq(kbDocuments.origin, 'shipped'));
    const taken = new Set((await tx.select({ number: kbDocuments.number }).from(kbDocuments).where(ne(kbDocuments.origin, 'shipped'))).map((r) => r.number));
    const docs = documents.filter((d) => !taken.has(d.number));
    const { units } = await insertDocuments(tx, docs, 'shipped');
    await bumpGeneration(tx);
    await tx
      .insert(kbLibrary)
      .values({ id: 'shipped', contentHash: hash, documents: docs.length, units })
      .onConflictDoUpdate({ target: kbLibrary.id, set: { contentHash: hash, documents: docs.length, units, loadedAt: sql`now()` } });
    return { documents: docs.length, units };
  });
}

/** Inserts documents with their units (multi-row statements); returns the new rows and the number of units. */
export async function insertDocuments(tx: Db, docs: LibraryDocument[], origin: 'shipped' | 'uploaded') {
  const ids = docs.map(() => randomUUID());
  const inserted: KbDocumentRow[] = [];
  for (let i = 0; i < docs.length; i += CHUNK) {
    inserted.push(
      ...(await tx
        .insert(kbDocuments)
        .values(
          docs.slice(i, i + CHUNK).map((d, j) => ({
            id: ids[i + j]!,
            number: d.number,
            title: d.title,
            docType: d.docType,
            issuer: d.issuer,
            issuedOn: d.issuedOn,
            effectiveOn: d.effectiveOn,
            status: d.status,
            statusNote: d.statusNote,
            amendedBy: d.amendedBy,
            supersededBy: d.supersededBy,
            origin,
            source: d.source,
            sourceFormat: d.sourceFormat,
            articleCount: [...walkUnits(d.units)].filter((u) => u.kind === 'article').length,
          })),
        )
        .returning()),
    );
  }
  const rows = docs.flatMap((d, i) => unitRows(ids[i]!, d.units));
  // One JSON parameter per chunk instead of eleven bind parameters per row: PGlite binds large parameter lists slowly.
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.execute(sql`insert into kb_units (id, document_id, parent_id, kind, number, heading, text, position, refs, source_ref)
      select id, document_id, parent_id, kind, number, heading, text, position, refs, source_ref
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + CHUNK))}::jsonb)
        as x(id uuid, document_id uuid, parent_id uuid, kind text, number text, heading text, text text, position int, refs jsonb, source_ref text)`);
  }
  return { documents: inserted, units: rows.length };
}

/** Deletes a document and its units. */
export async function deleteDocument(tx: Db, id: string) {
  await tx.delete(kbUnits).where(eq(kbUnits.documentId, id));
  const [gone] = await tx.delete(kbDocuments).where(eq(kbDocuments.id, id)).returning();
  return gone;
}

/** Which of these numbers are already in the library. */
export async function takenNumbers(tx: Db, numbers: string[]) {
  if (numbers.length === 0) return [];
  return (await tx.select({ number: kbDocuments.number }).from(kbDocuments).where(inArray(kbDocuments.number, numbers))).map((r) => r.number);
}

/** Every document (for the index and the library list), by type then number. */
export function listDocuments(db: Db) {
  return db.select().from(kbDocuments).orderBy(asc(kbDocuments.docType), asc(kbDocuments.number));
}

/** Every unit of every document in document order (for building the search index). */
export function listAllUnits(db: Db) {
  return db.select().from(kbUnits).orderBy(asc(kbUnits.documentId), asc(kbUnits.position));
}

/** One document. */
export async function findDocument(db: Db, id: string) {
  const [row] = await db.select().from(kbDocuments).where(eq(kbDocuments.id, id));
  return row;
}

/** Documents by number. */
export function findDocumentsByNumber(db: Db, numbers: string[]) {
  if (numbers.length === 0) return Promise.resolve([]);
  return db.select().from(kbDocuments).where(inArray(kbDocuments.number, numbers));
}

/** The units of a document in order. */
export function listUnits(db: Db, documentId: string) {
  return db.select().from(kbUnits).where(eq(kbUnits.documentId, documentId)).orderBy(asc(kbUnits.position));
}

/** One unit. */
export async function findUnit(db: Db, id: string) {
  const [row] = await db.select().from(kbUnits).where(eq(kbUnits.id, id));
  return row;
}

/** Articles of documents by (document, number) pairs, for resolving cross-references. */
export function findArticles(db: Db, documentIds: string[]) {
  if (documentIds.length === 0) return Promise.resolve([]);
  return db
    .select({ id: kbUnits.id, documentId: kbUnits.documentId, number: kbUnits.number })
    .from(kbUnits)
    .where(and(inArray(kbUnits.documentId, documentIds), eq(kbUnits.kind, 'article')));
}

/** Stores one feedback entry. */
export async function insertFeedback(tx: Db, row: typeof kbFeedback.$inferInsert) {
  const [created] = await tx.insert(kbFeedback).values(row).returning();
  return created!;
}

/** The latest feedback entries, newest first. */
export function listFeedback(db: Db, limit: number) {
  return db.select().from(kbFeedback).orderBy(desc(kbFeedback.createdAt)).limit(limit);
}

/** The generation of the searchable knowledge (0 before the first change). */
export async function readGeneration(db: Db): Promise<number> {
  const [row] = await db.select({ generation: kbGeneration.generation }).from(kbGeneration).where(eq(kbGeneration.id, 'library'));
  return row?.generation ?? 0;
}

/** Raises the generation, in the transaction of the change, so that every process rebuilds its index. */
export async function bumpGeneration(tx: Db): Promise<void> {
  await tx
    .insert(kbGeneration)
    .values({ id: 'library', generation: 1 })
    .onConflictDoUpdate({ target: kbGeneration.id, set: { generation: sql`${kbGeneration.generation} + 1`, changedAt: sql`now()` } });
}

/** Sets a document's status (administrators' change); returns the row. */
export async function updateDocumentStatus(tx: Db, id: string, patch: Pick<typeof kbDocuments.$inferInsert, 'status' | 'statusNote' | 'supersededBy' | 'amendedBy' | 'statusChangedAt'>) {
  const [row] = await tx.update(kbDocuments).set(patch).where(eq(kbDocuments.id, id)).returning();
  return row!;
}
