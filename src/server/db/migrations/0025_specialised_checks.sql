ALTER TABLE "inspection_cases" DROP CONSTRAINT "inspection_cases_no_unique";--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD COLUMN "case_type" text DEFAULT 'inspection' NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD COLUMN "check_authority" text;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD COLUMN "check_basis" jsonb;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_no_unique" UNIQUE("agency_id","case_type","case_year","case_seq");