import { and, asc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db';
import { agencies } from '../orgs/orgs.table';
import { userRoles, users } from '../users/users.table';
import { nextAgencyDocumentSeq } from '../inspections/inspections-insdocs.repository';
import { petitionAttachments, petitionDocuments, petitionLetters, petitionTransfers } from './petitions.table';

export type DocumentRow = typeof petitionDocuments.$inferSelect;
export type TransferRow = typeof petitionTransfers.$inferSelect;

/**
 * Next document number of an agency for a year. ND 30/2020 Art 15(1): numbers run from 01 on 1 January to 31
 * December in one series per issuing body — shared with the documents the agency's inspections issue.
 */
export const nextDocumentSeq = (tx: Db, agencyId: string, year: number) => nextAgencyDocumentSeq(tx, agencyId, year);

/** Stores a generated document. */
export async function insertDocument(tx: Db, row: typeof petitionDocuments.$inferInsert): Promise<DocumentRow> {
  const [created] = await tx.insert(petitionDocuments).values(row).returning();
  return created!;
}

/** The documents of a letter and its cases, oldest first. */
export function listDocuments(db: Db, letterId: string) {
  return db.select().from(petitionDocuments).where(eq(petitionDocuments.letterId, letterId)).orderBy(asc(petitionDocuments.createdAt), asc(petitionDocuments.seq));
}

/** One document of a letter. */
export async function findDocument(db: Db, letterId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(petitionDocuments)
    .where(and(eq(petitionDocuments.letterId, letterId), eq(petitionDocuments.id, id)));
  return row;
}

/** Records the signed original of a draft; returns nothing when the document is no longer a draft (a concurrent upload won). */
export async function markSigned(tx: Db, id: string, patch: { signedFileId: string; signedBy: string; signedAt: Date }): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .update(petitionDocuments)
    .set({ ...patch, status: 'signed' })
    .where(and(eq(petitionDocuments.id, id), eq(petitionDocuments.status, 'draft')))
    .returning();
  return row;
}

/** Records a routing step (guidance, transfer, return). */
export async function insertTransfer(tx: Db, row: typeof petitionTransfers.$inferInsert): Promise<TransferRow> {
  const [created] = await tx.insert(petitionTransfers).values(row).returning();
  return created!;
}

const fromAgency = alias(agencies, 'from_agency');
const toAgency = alias(agencies, 'to_agency');
const fromLetter = alias(petitionLetters, 'from_letter');
const toLetter = alias(petitionLetters, 'to_letter');

/** Routing records that leave or reach a letter, with both agencies' names and paths and both register numbers. */
export function listTransfers(db: Db, letterId: string) {
  return db
    .select({
      transfer: petitionTransfers,
      fromAgencyName: fromAgency.name,
      fromAgencyPath: fromAgency.path,
      fromRegisterNo: fromLetter.registerNo,
      toAgencyName: toAgency.name,
      toAgencyPath: toAgency.path,
      toRegisterNo: toLetter.registerNo,
    })
    .from(petitionTransfers)
    .innerJoin(fromAgency, eq(fromAgency.id, petitionTransfers.fromAgencyId))
    .innerJoin(fromLetter, eq(fromLetter.id, petitionTransfers.fromLetterId))
    .leftJoin(toAgency, eq(toAgency.id, petitionTransfers.toAgencyId))
    .leftJoin(toLetter, eq(toLetter.id, petitionTransfers.toLetterId))
    .where(or(eq(petitionTransfers.fromLetterId, letterId), eq(petitionTransfers.toLetterId, letterId)))
    .orderBy(asc(petitionTransfers.at));
}

/** Links the attachments of one letter to another (the transferred letter carries the same files). */
export async function copyAttachments(tx: Db, fromLetterId: string, toLetterId: string): Promise<void> {
  const rows = await tx.select().from(petitionAttachments).where(eq(petitionAttachments.letterId, fromLetterId));
  if (rows.length) await tx.insert(petitionAttachments).values(rows.map((r) => ({ ...r, letterId: toLetterId })));
}

/**
 * The users who may sign the agency's documents: active holders of the head role there (the head and the deputies;
 * the role does not tell them apart), by name. The first is the default signer.
 */
export async function listSigners(db: Db, agencyId: string): Promise<{ userId: string; name: string }[]> {
  return db
    .selectDistinct({ userId: users.id, name: users.fullName })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(eq(userRoles.agencyId, agencyId), eq(userRoles.role, 'agency_head'), eq(users.status, 'active')))
    .orderBy(asc(users.fullName));
}

/** The name of the agency's first head (the default signer). */
export async function findHeadName(db: Db, agencyId: string): Promise<string | undefined> {
  return (await listSigners(db, agencyId))[0]?.name;
}
