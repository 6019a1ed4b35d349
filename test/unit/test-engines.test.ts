import { describe, expect, it } from 'vitest';
import { enginesFor } from '../support/engines.ts';

describe('the engines the integration tests run on', () => {
  it('are PGlite and PostgreSQL when TEST_DATABASE_URL is set, in CI or not', () => {
    expect(enginesFor({ databaseUrl: 'postgres://parmon@127.0.0.1:55432/postgres', ci: true })).toEqual(['pglite', 'postgres']);
    expect(enginesFor({ databaseUrl: 'postgres://parmon@127.0.0.1:55432/postgres', ci: false })).toEqual(['pglite', 'postgres']);
  });

  it('are PGlite alone on a developer machine without TEST_DATABASE_URL', () => {
    expect(enginesFor({ databaseUrl: undefined, ci: false })).toEqual(['pglite']);
  });

  it('fail the run in CI without TEST_DATABASE_URL instead of testing PGlite alone', () => {
    expect(() => enginesFor({ databaseUrl: undefined, ci: true })).toThrow(/CI=true but TEST_DATABASE_URL is not set/);
  });
});
