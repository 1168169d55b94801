CREATE TABLE "legal_rule_overrides" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"clock_id" text NOT NULL,
	"effective_from" date NOT NULL,
	"rule" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "legal_rule_overrides_clock_idx" ON "legal_rule_overrides" USING btree ("clock_id","effective_from");