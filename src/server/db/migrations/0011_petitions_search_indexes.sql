CREATE TABLE "petition_register_counters" (
	"agency_id" uuid NOT NULL,
	"register_year" integer NOT NULL,
	"last_seq" integer NOT NULL,
	CONSTRAINT "petition_register_counters_agency_id_register_year_pk" PRIMARY KEY("agency_id","register_year")
);
--> statement-breakpoint
DROP INDEX "petition_letters_search_idx";--> statement-breakpoint
DROP INDEX "petition_letters_subject_idx";--> statement-breakpoint
ALTER TABLE "petition_register_counters" ADD CONSTRAINT "petition_register_counters_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "petition_letters_words_idx" ON "petition_letters" USING gin (to_tsvector('simple', "search_text"));--> statement-breakpoint
CREATE INDEX "petition_letters_subject_words_idx" ON "petition_letters" USING gin (to_tsvector('simple', "subject_fold"));