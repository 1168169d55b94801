CREATE TABLE "inspection_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"clock_id" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"warning_date" date,
	"unit" text NOT NULL,
	"length" integer NOT NULL,
	"regime" text NOT NULL,
	"rule_source" text NOT NULL,
	"rule_version" integer NOT NULL,
	"basis" text NOT NULL,
	"to_verify" boolean NOT NULL,
	"explanation" jsonb NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"closed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD COLUMN "facts" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_deadlines" ADD CONSTRAINT "inspection_deadlines_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_deadlines_case_idx" ON "inspection_deadlines" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "inspection_deadlines_due_idx" ON "inspection_deadlines" USING btree ("status","due_date");