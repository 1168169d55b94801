CREATE TABLE "petition_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"case_id" uuid,
	"agency_id" uuid NOT NULL,
	"document_kind" text NOT NULL,
	"template_id" text NOT NULL,
	"audience" text NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number_text" text NOT NULL,
	"issued_on" date NOT NULL,
	"subject" text NOT NULL,
	"recipient" text,
	"names_filer" boolean DEFAULT false NOT NULL,
	"pdf_file_id" uuid NOT NULL,
	"docx_file_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"signed_file_id" uuid,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "petition_documents_number_unique" UNIQUE("agency_id","year","seq")
);
--> statement-breakpoint
CREATE TABLE "petition_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"from_letter_id" uuid NOT NULL,
	"from_case_id" uuid,
	"from_agency_id" uuid NOT NULL,
	"to_agency_id" uuid,
	"to_name" text NOT NULL,
	"to_address" text,
	"to_letter_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid
);
--> statement-breakpoint
ALTER TABLE "petition_documents" ADD CONSTRAINT "petition_documents_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_documents" ADD CONSTRAINT "petition_documents_case_id_petition_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."petition_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_documents" ADD CONSTRAINT "petition_documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_documents" ADD CONSTRAINT "petition_documents_pdf_file_id_files_id_fk" FOREIGN KEY ("pdf_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_documents" ADD CONSTRAINT "petition_documents_docx_file_id_files_id_fk" FOREIGN KEY ("docx_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_documents" ADD CONSTRAINT "petition_documents_signed_file_id_files_id_fk" FOREIGN KEY ("signed_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_transfers" ADD CONSTRAINT "petition_transfers_from_letter_id_petition_letters_id_fk" FOREIGN KEY ("from_letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_transfers" ADD CONSTRAINT "petition_transfers_from_case_id_petition_cases_id_fk" FOREIGN KEY ("from_case_id") REFERENCES "public"."petition_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_transfers" ADD CONSTRAINT "petition_transfers_from_agency_id_agencies_id_fk" FOREIGN KEY ("from_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_transfers" ADD CONSTRAINT "petition_transfers_to_agency_id_agencies_id_fk" FOREIGN KEY ("to_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_transfers" ADD CONSTRAINT "petition_transfers_to_letter_id_petition_letters_id_fk" FOREIGN KEY ("to_letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_documents_letter_idx" ON "petition_documents" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "petition_transfers_from_idx" ON "petition_transfers" USING btree ("from_letter_id");--> statement-breakpoint
CREATE INDEX "petition_transfers_to_idx" ON "petition_transfers" USING btree ("to_letter_id");