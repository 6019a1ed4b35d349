import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

// The project's own rules, run over a small tree of deliberate violations laid out like the
// project (test/fixtures/dependency-rules): each rule must name exactly its violations, and
// the imports that go through an index.ts must pass.
const config = createRequire(import.meta.url)('../../.dependency-cruiser.cjs') as IConfiguration;
const FIXTURE = fileURLToPath(new URL('../fixtures/dependency-rules/', import.meta.url));

async function violations(): Promise<string[]> {
  const { forbidden } = config;
  const result = await cruise(['src', 'test', 'bench'], { baseDir: FIXTURE, ruleSet: { forbidden }, validate: true, tsPreCompilationDeps: true });
  if (typeof result.output === 'string') throw new Error('expected a cruise result, not text');
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

describe('the import rules of ARCHITECTURE.md (dependency-cruiser)', () => {
  it('catches each deliberate violation and lets imports through an index.ts pass', async () => {
    expect(await violations()).toEqual([
      'black-box-tests-through-index: test/integration/reads-repository.ts → src/server/features/gamma/gamma.repository.ts',
      'nothing-imports-bench: src/server/platform/uses-bench.ts → bench/measure.ts',
      'nothing-imports-tests: src/web/features/beta/uses-test-helper.ts → test/support/helper.ts',
      'unit-tests-are-pure: test/unit/opens-database.ts → src/server/platform/db/database.ts',
      'web-app-through-index: src/web/app/router.ts → src/web/features/alpha/inner.ts',
      'web-features-through-index: src/web/features/beta/reach-in.ts → src/web/features/alpha/inner.ts',
      'web-ui-presentational: src/web/ui/Widget.ts → src/web/features/alpha/index.ts',
    ]);
  });
});
