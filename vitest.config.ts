import { defineConfig } from 'vitest/config';

// Three tiers (ARCHITECTURE.md): unit = pure, integration = HTTP + database (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), e2e = journeys in Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          // A folder and name prefix for the run's template databases (test/support/templates.ts).
          globalSetup: ['test/support/template-run.ts'],
          // Two files at a time on CI's two cores (vitest's default is cores − 1): half of each
          // file's time is spent waiting on PostgreSQL, and a fresh clone's run fell 1,138 → 806 s.
          maxWorkers: 2,
          // Vitest runs projects with different maxWorkers in separate groups: the unit tests
          // (group 0) first, then these.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // Loads the demo once into a template data folder that each journey's server copies.
          globalSetup: ['test/e2e/support/demo-template.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
