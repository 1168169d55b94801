CREATE TABLE "subject_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"import_id" uuid,
	"actor_user_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"blob_key" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"rows_total" integer,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"bytes_done" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"duplicates" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"error_sample" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error_report_key" text,
	"failure" text,
	"created_by" uuid NOT NULL,
	"audit_context" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subjects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tax_code" text,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"sort_key" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"address" text,
	"province_code" text NOT NULL,
	"commune_code" text,
	"old_commune_code" text,
	"vsic_code" text,
	"managing_agency_id" uuid NOT NULL,
	"legal_rep_name" text,
	"legal_rep_title" text,
	"established_on" date,
	"import_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subject_events" ADD CONSTRAINT "subject_events_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_imports" ADD CONSTRAINT "subject_imports_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_imports" ADD CONSTRAINT "subject_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_province_code_admin_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."admin_provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_commune_code_admin_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."admin_communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_managing_agency_id_agencies_id_fk" FOREIGN KEY ("managing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subjects" ADD CONSTRAINT "subjects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subject_events_subject_idx" ON "subject_events" USING btree ("subject_id","at");--> statement-breakpoint
CREATE INDEX "subject_imports_agency_idx" ON "subject_imports" USING btree ("agency_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "subjects_tax_code_unique" ON "subjects" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "subjects_agency_idx" ON "subjects" USING btree ("managing_agency_id","sort_key");--> statement-breakpoint
CREATE INDEX "subjects_place_idx" ON "subjects" USING btree ("province_code","commune_code");--> statement-breakpoint
CREATE INDEX "subjects_name_words_idx" ON "subjects" USING gin (to_tsvector('simple', "name_key"));