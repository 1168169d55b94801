import { index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';

/** The 34 provinces in force since 1 July 2025 (Nghị quyết 202/2025/QH15); official GSO codes are the keys. */
export const adminProvinces = pgTable('admin_provinces', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  fullName: text('full_name').notNull(),
  type: text('type').notNull(),
  nameKey: text('name_key').notNull(),
  sortKey: text('sort_key').notNull(),
});

/** The 3,321 communes, wards and special zones in force since 1 July 2025 (no district level). */
export const adminCommunes = pgTable(
  'admin_communes',
  {
    code: text('code').primaryKey(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => adminProvinces.code),
    name: text('name').notNull(),
    fullName: text('full_name').notNull(),
    type: text('type').notNull(),
    nameKey: text('name_key').notNull(),
    sortKey: text('sort_key').notNull(),
  },
  (t) => [index('admin_communes_province_idx').on(t.provinceCode, t.sortKey), index('admin_communes_name_key_idx').on(t.nameKey)],
);

/** Communes as they were before 1 July 2025, each mapped to the new commune(s) it became (old → new). */
export const adminOldCommunes = pgTable('admin_old_communes', {
  oldCode: text('old_code').primaryKey(),
  oldName: text('old_name').notNull(),
  oldProvinceCode: text('old_province_code').notNull(),
  newCodes: jsonb('new_codes').$type<string[]>().notNull(),
});

/** The 63 provinces before 1 July 2025 mapped to the new province. */
export const adminOldProvinces = pgTable('admin_old_provinces', {
  oldCode: text('old_code').primaryKey(),
  oldName: text('old_name').notNull(),
  newCodes: jsonb('new_codes').$type<string[]>().notNull(),
});
