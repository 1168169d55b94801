CREATE TABLE "sanction_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_year" integer NOT NULL,
	"case_seq" integer NOT NULL,
	"case_no" text NOT NULL,
	"status" text NOT NULL,
	"xlvphc_version" text NOT NULL,
	"violator_kind" text NOT NULL,
	"violator_name" text NOT NULL,
	"violator_id_no" text,
	"violator_address" text,
	"tax_code" text,
	"subject_id" uuid,
	"field" text NOT NULL,
	"act" text NOT NULL,
	"legal_provision" text NOT NULL,
	"bracket_min_individual" bigint NOT NULL,
	"bracket_max_individual" bigint NOT NULL,
	"field_max_individual" bigint,
	"licence_or_suspension" boolean DEFAULT false NOT NULL,
	"violation_state" text NOT NULL,
	"violation_on" date,
	"violation_ended_on" date,
	"detected_on" date NOT NULL,
	"place" text,
	"inspection_case_id" uuid,
	"limitation_end" date NOT NULL,
	"record_no" text,
	"record_on" date,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"decision_no" text,
	"decided_on" date,
	"decision_case" text,
	"signer_user_id" uuid,
	"signer_name" text,
	"signer_title" text,
	"forms" jsonb,
	"fine_amount" bigint,
	"additional_penalties" jsonb,
	"remedial_measures" jsonb,
	"execution_days" integer,
	"decision_check" jsonb,
	"received_on" date,
	"payment_due" date,
	"payment_due_finance" date,
	"execution_limitation_end" date,
	"instalments" jsonb,
	"postponed_until" date,
	"next_due" date,
	"paid_amount" bigint DEFAULT 0 NOT NULL,
	"completed_on" date,
	"closed_on" date,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanction_cases_no_unique" UNIQUE("agency_id","case_year","case_seq")
);
--> statement-breakpoint
CREATE TABLE "sanction_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"template_id" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number_text" text NOT NULL,
	"issued_on" date NOT NULL,
	"pdf_file_id" uuid NOT NULL,
	"docx_file_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_file_id" uuid,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sanction_documents_number_unique" UNIQUE("agency_id","year","seq")
);
--> statement-breakpoint
CREATE TABLE "sanction_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"event" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "sanction_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount" bigint NOT NULL,
	"late_fee_amount" bigint DEFAULT 0 NOT NULL,
	"receipt_no" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanction_payments_receipt_unique" UNIQUE("case_id","receipt_no")
);
--> statement-breakpoint
CREATE TABLE "sanction_power_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"effective_from" date NOT NULL,
	"power" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanction_title_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"user_id" uuid,
	"role" text,
	"title" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"basis" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_inspection_case_id_inspection_cases_id_fk" FOREIGN KEY ("inspection_case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_signer_user_id_users_id_fk" FOREIGN KEY ("signer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_cases" ADD CONSTRAINT "sanction_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_documents" ADD CONSTRAINT "sanction_documents_case_id_sanction_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."sanction_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_documents" ADD CONSTRAINT "sanction_documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_documents" ADD CONSTRAINT "sanction_documents_pdf_file_id_files_id_fk" FOREIGN KEY ("pdf_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_documents" ADD CONSTRAINT "sanction_documents_docx_file_id_files_id_fk" FOREIGN KEY ("docx_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_documents" ADD CONSTRAINT "sanction_documents_signed_file_id_files_id_fk" FOREIGN KEY ("signed_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_events" ADD CONSTRAINT "sanction_events_case_id_sanction_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."sanction_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_payments" ADD CONSTRAINT "sanction_payments_case_id_sanction_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."sanction_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_payments" ADD CONSTRAINT "sanction_payments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_title_assignments" ADD CONSTRAINT "sanction_title_assignments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanction_title_assignments" ADD CONSTRAINT "sanction_title_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sanction_cases_agency_idx" ON "sanction_cases" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "sanction_cases_subject_idx" ON "sanction_cases" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "sanction_cases_tax_code_idx" ON "sanction_cases" USING btree ("tax_code");--> statement-breakpoint
CREATE INDEX "sanction_cases_inspection_idx" ON "sanction_cases" USING btree ("inspection_case_id");--> statement-breakpoint
CREATE INDEX "sanction_documents_case_idx" ON "sanction_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "sanction_events_case_idx" ON "sanction_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "sanction_payments_case_idx" ON "sanction_payments" USING btree ("case_id","paid_on");--> statement-breakpoint
CREATE INDEX "sanction_power_overrides_title_idx" ON "sanction_power_overrides" USING btree ("title","effective_from");--> statement-breakpoint
CREATE INDEX "sanction_titles_user_idx" ON "sanction_title_assignments" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sanction_titles_agency_idx" ON "sanction_title_assignments" USING btree ("agency_id");