CREATE TABLE "kb_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"doc_type" text NOT NULL,
	"issuer" text,
	"issued_on" date,
	"effective_on" date,
	"status" text NOT NULL,
	"status_note" text,
	"amended_by" jsonb NOT NULL,
	"superseded_by" text,
	"origin" text NOT NULL,
	"source" text NOT NULL,
	"source_format" text NOT NULL,
	"article_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kb_documents_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "kb_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"question" text NOT NULL,
	"verdict" text NOT NULL,
	"article_id" uuid,
	"law_number" text,
	"article" text,
	"mode" text NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_library" (
	"id" text PRIMARY KEY NOT NULL,
	"content_hash" text NOT NULL,
	"documents" integer NOT NULL,
	"units" integer NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"parent_id" uuid,
	"kind" text NOT NULL,
	"number" text NOT NULL,
	"heading" text,
	"text" text NOT NULL,
	"position" integer NOT NULL,
	"refs" jsonb NOT NULL,
	"source_ref" text
);
--> statement-breakpoint
ALTER TABLE "kb_feedback" ADD CONSTRAINT "kb_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kb_units" ADD CONSTRAINT "kb_units_document_id_kb_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."kb_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kb_feedback_created_idx" ON "kb_feedback" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "kb_units_document_idx" ON "kb_units" USING btree ("document_id","position");--> statement-breakpoint
CREATE INDEX "kb_units_article_idx" ON "kb_units" USING btree ("document_id","kind","number");