import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';

/** Metadata of stored files; the bytes live in the BlobStore under `storage_key`. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storageKey: text('storage_key').notNull(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mimeType: text('mime_type').notNull(),
    extension: text('extension').notNull(),
    originalName: text('original_name').notNull(),
    confidentiality: text('confidentiality').notNull().default('normal'),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('files_agency_idx').on(t.agencyId), index('files_sha_idx').on(t.sha256)],
);
