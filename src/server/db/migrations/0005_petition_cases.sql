CREATE TABLE "petition_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"machine" text NOT NULL,
	"state" text NOT NULL,
	"regime" text NOT NULL,
	"flags" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"opened_on" date NOT NULL,
	"accepted_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "petition_deadlines" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "petition_events" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_cases" ADD CONSTRAINT "petition_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_cases_letter_idx" ON "petition_cases" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "petition_cases_agency_idx" ON "petition_cases" USING btree ("agency_id","state");--> statement-breakpoint
ALTER TABLE "petition_deadlines" ADD CONSTRAINT "petition_deadlines_case_id_petition_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."petition_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_case_id_petition_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."petition_cases"("id") ON DELETE no action ON UPDATE no action;