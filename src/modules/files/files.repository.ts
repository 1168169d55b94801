import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { agencies } from '../orgs/orgs.table';
import { files } from './files.table';

export type FileRow = typeof files.$inferSelect;
export type NewFile = typeof files.$inferInsert;

/** Inserts a file record. */
export async function insertFile(db: Db, row: NewFile): Promise<FileRow> {
  const [created] = await db.insert(files).values(row).returning();
  return created!;
}

/** Loads a file record with the path of its agency (what the read policy needs). */
export async function findFileWithAgencyPath(db: Db, id: string): Promise<{ file: FileRow; agencyPath: string } | undefined> {
  const [row] = await db.select({ file: files, agencyPath: agencies.path }).from(files).innerJoin(agencies, eq(agencies.id, files.agencyId)).where(eq(files.id, id));
  return row;
}
