-- Extensions and the `vi` text-search configuration, shared by PGlite and PostgreSQL 15.
-- `vi` = `simple` + `unaccent`, so "khieu nai" matches "Khiếu nại".
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'vi') THEN
    CREATE TEXT SEARCH CONFIGURATION vi (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION vi ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
  END IF;
END $$;
