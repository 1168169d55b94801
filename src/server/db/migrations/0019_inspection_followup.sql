CREATE TABLE "inspection_finding_files" (
	"finding_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	CONSTRAINT "inspection_finding_files_finding_id_file_id_pk" PRIMARY KEY("finding_id","file_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"description" text NOT NULL,
	"legal_basis" text,
	"amount_vnd" bigint,
	"responsible" text,
	"status" text DEFAULT 'proposed' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	CONSTRAINT "inspection_findings_seq_unique" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_items_seq_unique" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_recommendation_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"on" date NOT NULL,
	"note" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"content" text NOT NULL,
	"addressee" text NOT NULL,
	"due_date" date NOT NULL,
	"amount_vnd" bigint,
	"persons" jsonb,
	"rule_body" text,
	"rule_name" text,
	"investigation_agency" text,
	"finding_id" uuid,
	"basis" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"follow_up_user_id" uuid,
	"follow_up_case_id" uuid,
	"closed_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspection_recommendations_seq_unique" UNIQUE("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "inspection_recovery_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recommendation_id" uuid NOT NULL,
	"paid_on" date NOT NULL,
	"amount_vnd" bigint NOT NULL,
	"document" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_reports" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"sections" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_on" date,
	"summary" jsonb,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "inspection_finding_files" ADD CONSTRAINT "inspection_finding_files_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_finding_files" ADD CONSTRAINT "inspection_finding_files_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_item_id_inspection_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."inspection_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_findings" ADD CONSTRAINT "inspection_findings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendation_steps" ADD CONSTRAINT "inspection_recommendation_steps_recommendation_id_inspection_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."inspection_recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recommendations_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recommendations_finding_id_inspection_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."inspection_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recommendations_follow_up_user_id_users_id_fk" FOREIGN KEY ("follow_up_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recommendations_follow_up_case_id_inspection_cases_id_fk" FOREIGN KEY ("follow_up_case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recommendations" ADD CONSTRAINT "inspection_recommendations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recovery_payments" ADD CONSTRAINT "inspection_recovery_payments_recommendation_id_inspection_recommendations_id_fk" FOREIGN KEY ("recommendation_id") REFERENCES "public"."inspection_recommendations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_recovery_payments" ADD CONSTRAINT "inspection_recovery_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_reports" ADD CONSTRAINT "inspection_reports_case_id_inspection_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."inspection_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_reports" ADD CONSTRAINT "inspection_reports_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inspection_findings_item_idx" ON "inspection_findings" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "inspection_recommendation_steps_rec_idx" ON "inspection_recommendation_steps" USING btree ("recommendation_id");--> statement-breakpoint
CREATE INDEX "inspection_recommendations_due_idx" ON "inspection_recommendations" USING btree ("status","due_date");--> statement-breakpoint
CREATE INDEX "inspection_recommendations_follow_up_idx" ON "inspection_recommendations" USING btree ("follow_up_case_id");--> statement-breakpoint
CREATE INDEX "inspection_recovery_payments_rec_idx" ON "inspection_recovery_payments" USING btree ("recommendation_id");