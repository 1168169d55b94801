CREATE TABLE "inspection_answer_files" (
	"answer_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "inspection_answer_files_answer_id_file_id_pk" PRIMARY KEY("answer_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"case_year" integer NOT NULL,
	"case_seq" integer NOT NULL,
	"case_no" text NOT NULL,
	"title" text NOT NULL,
	"origin" text NOT NULL,
	"regime" text NOT NULL,
	"subject_name" text NOT NULL,
	"subject_tax_code" text,
	"subject_address" text,
	"content" text NOT NULL,
	"period_from" date,
	"period_to" date,
	"decision_no" text,
	"decision_date" date NOT NULL,
	"signer_name" text,
	"duration_days" integer NOT NULL,
	"status" text NOT NULL,
	"announced_on" date,
	"province_code" text,
	"search_text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_cases_no_unique" UNIQUE("agency_id","case_year","case_seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_diary" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"author_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"day" date NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"event" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"note" text,
	"party_visible" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"position" text,
	"token_hash" text,
	"token_expires_at" timestamp with time zone,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone,
	"status" text DEFAULT 'invited' NOT NULL,
	CONSTRAINT "inspection_parties_unique" UNIQUE("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"details" text NOT NULL,
	"basis" text NOT NULL,
	"due_date" date NOT NULL,
	"requested_by" uuid NOT NULL,
	"requested_by_name" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answered_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "inspection_requests_seq_unique" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_team_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"coi_declared_at" timestamp with time zone,
	"coi_has_conflict" boolean,
	"coi_statement" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_team_unique" UNIQUE("case_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "kind" text DEFAULT 'officer' NOT NULL;--> statement-breakpoint
ALTER TABLE "inspection_answer_files" ADD CONSTRAINT "inspection_answer_files_answer_id_inspection_answers_id_fk" FOREIGN KEY ("answer_id") REFERENCES "public"."inspection_answers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_answer_files" ADD CONSTRAINT "inspection_answer_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_answers" ADD CONSTRAINT "inspection_answers_request_id_inspection_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."inspection_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_answers" ADD CONSTRAINT "inspection_answers_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_diary" ADD CONSTRAINT "inspection_diary_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_diary" ADD CONSTRAINT "inspection_diary_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_events" ADD CONSTRAINT "inspection_events_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_parties" ADD CONSTRAINT "inspection_parties_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_parties" ADD CONSTRAINT "inspection_parties_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_parties" ADD CONSTRAINT "inspection_parties_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_requests" ADD CONSTRAINT "inspection_requests_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_requests" ADD CONSTRAINT "inspection_requests_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_team_members" ADD CONSTRAINT "inspection_team_members_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_team_members" ADD CONSTRAINT "inspection_team_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_answers_request_idx" ON "inspection_answers" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "inspection_cases_agency_idx" ON "inspection_cases" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "inspection_diary_case_idx" ON "inspection_diary" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "inspection_events_case_idx" ON "inspection_events" USING btree ("case_id","id");--> statement-breakpoint
CREATE INDEX "inspection_parties_token_idx" ON "inspection_parties" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "inspection_team_user_idx" ON "inspection_team_members" USING btree ("user_id");