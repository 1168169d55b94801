import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the table files; they are applied by application code (src/server/db/migrate.ts)
// on PGlite and PostgreSQL alike. Never edit a generated migration: change the table and run `npm run db:generate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './src/server/db/migrations',
});
