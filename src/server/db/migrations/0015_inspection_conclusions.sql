CREATE TABLE "inspection_conclusions" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"parts" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"conclusion_no" text,
	"signed_on" date,
	"signer_name" text,
	"published_on" date,
	"publication_forms" jsonb,
	"public_version" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_conclusions" ADD CONSTRAINT "inspection_conclusions_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_conclusions" ADD CONSTRAINT "inspection_conclusions_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;