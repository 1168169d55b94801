CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"list" text NOT NULL,
	"name" text NOT NULL,
	"filters" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_views_name_unique" UNIQUE("user_id","list","name")
);
--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD COLUMN "source" text DEFAULT 'officer' NOT NULL;--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD COLUMN "added_by" uuid;--> statement-breakpoint
ALTER TABLE "petition_attachments" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD COLUMN "parts" jsonb;--> statement-breakpoint
ALTER TABLE "petition_letters" ADD COLUMN "handler_user_id" uuid;--> statement-breakpoint
ALTER TABLE "saved_views" ADD CONSTRAINT "saved_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "saved_views_user_idx" ON "saved_views" USING btree ("user_id","list");--> statement-breakpoint
CREATE INDEX "petition_letters_handler_idx" ON "petition_letters" USING btree ("handler_user_id");--> statement-breakpoint
CREATE INDEX "petition_letters_place_idx" ON "petition_letters" USING btree ("province_code","commune_code");