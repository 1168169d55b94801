CREATE TABLE "petition_attachments" (
	"letter_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"identifying" boolean DEFAULT false NOT NULL,
	CONSTRAINT "petition_attachments_letter_id_file_id_pk" PRIMARY KEY("letter_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "petition_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
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
CREATE TABLE "petition_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"letter_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"event" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"note" text,
	"public" boolean DEFAULT false NOT NULL,
	"payload" jsonb
);
--> statement-breakpoint
CREATE TABLE "petition_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"role" text NOT NULL,
	"ordinal" integer NOT NULL,
	"sealed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "petition_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"register_year" integer NOT NULL,
	"register_seq" integer NOT NULL,
	"register_no" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"letter_date" date,
	"postmark_date" date,
	"claimed_kind" text NOT NULL,
	"kind" text,
	"subtype" text,
	"state" text DEFAULT 'received' NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"respondent_name" text,
	"respondent_address" text,
	"province_code" text,
	"commune_code" text,
	"author_type" text NOT NULL,
	"is_group" boolean DEFAULT false NOT NULL,
	"group_size" integer DEFAULT 1 NOT NULL,
	"identity_protected" boolean DEFAULT false NOT NULL,
	"author_pseudonym" text NOT NULL,
	"author_name_index" text,
	"author_id_index" text,
	"author_phone_index" text,
	"search_text" text NOT NULL,
	"tracking_code" text,
	"tracking_secret_hash" text,
	"transferred_from" text,
	"submission_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "petition_letters_tracking_code_unique" UNIQUE("tracking_code"),
	CONSTRAINT "petition_letters_submission_key_unique" UNIQUE("submission_key"),
	CONSTRAINT "petition_letters_register_unique" UNIQUE("agency_id","register_year","register_seq")
);
--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD CONSTRAINT "petition_attachments_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD CONSTRAINT "petition_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_deadlines" ADD CONSTRAINT "petition_deadlines_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_events" ADD CONSTRAINT "petition_events_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_identities" ADD CONSTRAINT "petition_identities_letter_id_petition_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."petition_letters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD CONSTRAINT "petition_letters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_deadlines_letter_idx" ON "petition_deadlines" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "petition_deadlines_due_idx" ON "petition_deadlines" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "petition_events_letter_idx" ON "petition_events" USING btree ("letter_id","at");--> statement-breakpoint
CREATE INDEX "petition_identities_letter_idx" ON "petition_identities" USING btree ("letter_id");--> statement-breakpoint
CREATE INDEX "petition_letters_agency_idx" ON "petition_letters" USING btree ("agency_id","received_on");--> statement-breakpoint
CREATE INDEX "petition_letters_state_idx" ON "petition_letters" USING btree ("state");--> statement-breakpoint
CREATE INDEX "petition_letters_name_idx" ON "petition_letters" USING btree ("author_name_index");--> statement-breakpoint
CREATE INDEX "petition_letters_id_idx" ON "petition_letters" USING btree ("author_id_index");--> statement-breakpoint
CREATE INDEX "petition_letters_phone_idx" ON "petition_letters" USING btree ("author_phone_index");--> statement-breakpoint
CREATE INDEX "petition_letters_search_idx" ON "petition_letters" USING gin ("search_text" gin_trgm_ops);