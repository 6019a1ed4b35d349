import { defineConfig } from 'drizzle-kit';

// Tables live beside the code that owns them (*.table.ts); migrations are generated into
// db/migrations, reviewed, and never edited after they land.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/**/*.table.ts',
  out: './db/migrations',
});
