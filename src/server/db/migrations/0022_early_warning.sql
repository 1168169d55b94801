CREATE TABLE "risk_indicator_sets" (
	"version" integer PRIMARY KEY NOT NULL,
	"definition" jsonb NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_petition_links" (
	"letter_id" uuid PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"linked_by" uuid,
	"linked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_rescore_queue" (
	"subject_id" uuid PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"queued_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_score_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subject_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"level" text NOT NULL,
	"set_version" integer NOT NULL,
	"as_of" date NOT NULL,
	"explanation" jsonb NOT NULL,
	"cause" text NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_scores" (
	"subject_id" uuid PRIMARY KEY NOT NULL,
	"score" double precision NOT NULL,
	"level" text NOT NULL,
	"set_version" integer NOT NULL,
	"digest" text NOT NULL,
	"history_id" bigint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subject_warnings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"level" text NOT NULL,
	"previous_level" text NOT NULL,
	"score" double precision NOT NULL,
	"set_version" integer NOT NULL,
	"history_id" bigint NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"action" text,
	"action_ref" text,
	"reason" text,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_indicator_sets" ADD CONSTRAINT "risk_indicator_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_petition_links" ADD CONSTRAINT "subject_petition_links_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_petition_links" ADD CONSTRAINT "subject_petition_links_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_petition_links" ADD CONSTRAINT "subject_petition_links_linked_by_users_id_fk" FOREIGN KEY ("linked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_score_history" ADD CONSTRAINT "subject_score_history_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_score_history" ADD CONSTRAINT "subject_score_history_set_version_risk_indicator_sets_version_fk" FOREIGN KEY ("set_version") REFERENCES "public"."risk_indicator_sets"("version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_scores" ADD CONSTRAINT "subject_scores_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_warnings" ADD CONSTRAINT "subject_warnings_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_warnings" ADD CONSTRAINT "subject_warnings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_warnings" ADD CONSTRAINT "subject_warnings_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subject_warnings" ADD CONSTRAINT "subject_warnings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "subject_petition_links_subject_idx" ON "subject_petition_links" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "subject_score_history_subject_idx" ON "subject_score_history" USING btree ("subject_id","id");--> statement-breakpoint
CREATE INDEX "subject_scores_level_idx" ON "subject_scores" USING btree ("level","score");--> statement-breakpoint
CREATE INDEX "subject_warnings_agency_idx" ON "subject_warnings" USING btree ("agency_id","state","created_at");--> statement-breakpoint
CREATE INDEX "subject_warnings_subject_idx" ON "subject_warnings" USING btree ("subject_id","created_at");