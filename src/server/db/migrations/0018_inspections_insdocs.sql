CREATE TABLE "inspection_agency_settings" (
	"agency_id" uuid PRIMARY KEY NOT NULL,
	"video_url_template" text,
	"online_target_percent" numeric(5, 2),
	"online_target_source" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"template_id" text NOT NULL,
	"source_id" uuid,
	"year" integer NOT NULL,
	"seq" integer,
	"number_text" text NOT NULL,
	"issued_on" date NOT NULL,
	"subject" text NOT NULL,
	"party_visible" boolean NOT NULL,
	"pdf_file_id" uuid NOT NULL,
	"docx_file_id" uuid NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_documents_no_unique" UNIQUE("agency_id","year","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_draft_comment_files" (
	"comment_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "inspection_draft_comment_files_comment_id_file_id_pk" PRIMARY KEY("comment_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_draft_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draft_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"channel" text DEFAULT 'online' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"file_id" uuid,
	"basis" text NOT NULL,
	"comments_due" date NOT NULL,
	"sent_by" uuid NOT NULL,
	"sent_by_name" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	CONSTRAINT "inspection_drafts_seq_unique" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"video_link" text,
	"attendees" jsonb NOT NULL,
	"party_visible" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"minutes_text" text,
	"minutes_file_id" uuid,
	"held_on" date,
	"channel" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_answers" ADD COLUMN "channel" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_events" ADD COLUMN "channel" text DEFAULT 'online' NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_agency_settings" ADD CONSTRAINT "inspection_agency_settings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_agency_settings" ADD CONSTRAINT "inspection_agency_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_documents" ADD CONSTRAINT "inspection_documents_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_documents" ADD CONSTRAINT "inspection_documents_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_documents" ADD CONSTRAINT "inspection_documents_pdf_file_id_files_id_fk" FOREIGN KEY ("pdf_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_documents" ADD CONSTRAINT "inspection_documents_docx_file_id_files_id_fk" FOREIGN KEY ("docx_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_documents" ADD CONSTRAINT "inspection_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_draft_comment_files" ADD CONSTRAINT "inspection_draft_comment_files_comment_id_inspection_draft_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."inspection_draft_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_draft_comment_files" ADD CONSTRAINT "inspection_draft_comment_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_draft_comments" ADD CONSTRAINT "inspection_draft_comments_draft_id_inspection_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."inspection_drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_draft_comments" ADD CONSTRAINT "inspection_draft_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_drafts" ADD CONSTRAINT "inspection_drafts_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_drafts" ADD CONSTRAINT "inspection_drafts_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_drafts" ADD CONSTRAINT "inspection_drafts_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_meetings" ADD CONSTRAINT "inspection_meetings_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_meetings" ADD CONSTRAINT "inspection_meetings_minutes_file_id_files_id_fk" FOREIGN KEY ("minutes_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_meetings" ADD CONSTRAINT "inspection_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_documents_case_idx" ON "inspection_documents" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "inspection_draft_comments_draft_idx" ON "inspection_draft_comments" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "inspection_meetings_case_idx" ON "inspection_meetings" USING btree ("case_id","starts_at");