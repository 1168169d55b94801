ALTER TABLE "petition_deadlines" ADD COLUMN "inputs" jsonb;--> statement-breakpoint
ALTER TABLE "reception_deadlines" ADD COLUMN "inputs" jsonb;--> statement-breakpoint
ALTER TABLE "inspection_deadlines" ADD COLUMN "inputs" jsonb;--> statement-breakpoint
ALTER TABLE "inspection_plan_deadlines" ADD COLUMN "inputs" jsonb;