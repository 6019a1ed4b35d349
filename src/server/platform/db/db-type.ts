import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The one database type the code sees, whichever engine is underneath (database.ts re-exports it). */
export type Db = PgDatabase<PgQueryResultHKT>;
