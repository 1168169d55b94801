CREATE TABLE "inspection_plan_deadlines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
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
CREATE TABLE "inspection_plan_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_label" text NOT NULL,
	"event" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"subject_id" uuid,
	"subject_name" text NOT NULL,
	"subject_tax_code" text,
	"subject_kind" text,
	"content" text NOT NULL,
	"topics" jsonb NOT NULL,
	"period_from" date,
	"period_to" date,
	"planned_quarter" integer,
	"planned_month" integer,
	"lead_unit" text NOT NULL,
	"kind" text,
	"resolutions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_plan_items_seq_unique" UNIQUE("plan_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"on" date NOT NULL,
	"diff" jsonb NOT NULL,
	"items" jsonb NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "inspection_plan_versions_unique" UNIQUE("plan_id","revision")
);
--> statement-breakpoint
CREATE TABLE "inspection_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"plan_year" integer NOT NULL,
	"title" text NOT NULL,
	"regime" text NOT NULL,
	"drafted_on" date NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"issued_on" date,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_plans_agency_year_unique" UNIQUE("agency_id","plan_year")
);
--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD COLUMN "plan_item_id" uuid;--> statement-breakpoint
ALTER TABLE "inspection_plan_deadlines" ADD CONSTRAINT "inspection_plan_deadlines_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_events" ADD CONSTRAINT "inspection_plan_events_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_items" ADD CONSTRAINT "inspection_plan_items_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_items" ADD CONSTRAINT "inspection_plan_items_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_versions" ADD CONSTRAINT "inspection_plan_versions_plan_id_inspection_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."inspection_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plan_versions" ADD CONSTRAINT "inspection_plan_versions_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_plans" ADD CONSTRAINT "inspection_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_plan_deadlines_plan_idx" ON "inspection_plan_deadlines" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "inspection_plan_events_plan_idx" ON "inspection_plan_events" USING btree ("plan_id","id");--> statement-breakpoint
CREATE INDEX "inspection_plan_items_subject_idx" ON "inspection_plan_items" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "inspection_plan_items_tax_idx" ON "inspection_plan_items" USING btree ("subject_tax_code");--> statement-breakpoint
CREATE INDEX "inspection_plans_year_idx" ON "inspection_plans" USING btree ("plan_year","status");--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_subject_id_subjects_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."subjects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_cases" ADD CONSTRAINT "inspection_cases_plan_item_id_inspection_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."inspection_plan_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_cases_subject_idx" ON "inspection_cases" USING btree ("subject_id");--> statement-breakpoint
CREATE INDEX "inspection_cases_tax_idx" ON "inspection_cases" USING btree ("subject_tax_code");