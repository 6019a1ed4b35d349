export type Engine = 'pglite' | 'postgres';

/**
 * PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server. CI must test
 * both: with CI=true a missing TEST_DATABASE_URL fails the run (every integration file
 * fails to load) instead of passing on PGlite alone.
 */
export function enginesFor(settings: { databaseUrl?: string; ci: boolean }): Engine[] {
  if (settings.databaseUrl) return ['pglite', 'postgres'];
  if (settings.ci) throw new Error('CI=true but TEST_DATABASE_URL is not set: the integration tests would run on PGlite alone. Point it at a PostgreSQL server (bash .ci/run starts one).');
  return ['pglite'];
}
