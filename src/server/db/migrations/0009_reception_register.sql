CREATE TABLE "reception_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
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
CREATE TABLE "reception_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"visit_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"event" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"note" text,
	"payload" jsonb
);
--> statement-breakpoint
CREATE TABLE "reception_visitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"representative" boolean NOT NULL,
	"label" text NOT NULL,
	"sealed" text NOT NULL,
	"name_index" text,
	"id_index" text,
	"phone_index" text
);
--> statement-breakpoint
CREATE TABLE "reception_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"register_year" integer NOT NULL,
	"register_seq" integer NOT NULL,
	"register_no" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"session_kind" text NOT NULL,
	"officer_user_id" uuid,
	"officer_name" text NOT NULL,
	"place" text,
	"visitor_count" integer NOT NULL,
	"is_group" boolean NOT NULL,
	"appointment_in_writing" boolean DEFAULT false NOT NULL,
	"kind_claimed" text NOT NULL,
	"identity_protected" boolean NOT NULL,
	"visitors_label" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"respondent_name" text,
	"respondent_address" text,
	"prior_resolution" text,
	"requests" text,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text,
	"state" text NOT NULL,
	"regime" text NOT NULL,
	"refusal_code" text,
	"outcome" text,
	"letter_id" uuid,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_visits_register_unique" UNIQUE("agency_id","register_year","register_seq")
);
--> statement-breakpoint
ALTER TABLE "reception_deadlines" ADD CONSTRAINT "reception_deadlines_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_events" ADD CONSTRAINT "reception_events_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visitors" ADD CONSTRAINT "reception_visitors_visit_id_reception_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."reception_visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_visits" ADD CONSTRAINT "reception_visits_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reception_deadlines_visit_idx" ON "reception_deadlines" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "reception_deadlines_due_idx" ON "reception_deadlines" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "reception_events_visit_idx" ON "reception_events" USING btree ("visit_id","at");--> statement-breakpoint
CREATE INDEX "reception_visitors_visit_idx" ON "reception_visitors" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "reception_visitors_name_idx" ON "reception_visitors" USING btree ("name_index");--> statement-breakpoint
CREATE INDEX "reception_visitors_id_idx" ON "reception_visitors" USING btree ("id_index");--> statement-breakpoint
CREATE INDEX "reception_visitors_phone_idx" ON "reception_visitors" USING btree ("phone_index");--> statement-breakpoint
CREATE INDEX "reception_visits_agency_idx" ON "reception_visits" USING btree ("agency_id","received_at");--> statement-breakpoint
CREATE INDEX "reception_visits_letter_idx" ON "reception_visits" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "reception_visits_search_idx" ON "reception_visits" USING gin ("search_text" gin_trgm_ops);