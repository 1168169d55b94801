-- Early warning (issue 7): the registry columns the set-based scoring reads, in an index it can answer from alone
-- (index-only scan by id range, instead of reading the wide subjects rows: ~2 KB each, 2 GB for a million).
-- Drizzle's index builder has no INCLUDE, hence a custom migration.
CREATE INDEX IF NOT EXISTS "subjects_risk_cover_idx" ON "subjects" USING btree ("id") INCLUDE ("status", "vsic_code", "established_on", "managing_agency_id", "tax_code");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "subjects_risk_tax_cover_idx" ON "subjects" USING btree ("tax_code") INCLUDE ("id") WHERE "tax_code" IS NOT NULL;
