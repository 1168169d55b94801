CREATE TABLE "reception_attachments" (
	"visit_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"identifying" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT 'visitor' NOT NULL,
	"added_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_attachments_visit_id_file_id_pk" PRIMARY KEY("visit_id","file_id")
);
--> statement-breakpoint
ALTER TABLE "reception_attachments" ADD CONSTRAINT "reception_attachments_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_attachments" ADD CONSTRAINT "reception_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;