/**
 * The import rules of ARCHITECTURE.md, checked by `npm test` (npm run lint:deps) over src,
 * test and bench. Violations and cycles fail the build; test/unit/dependency-rules.test.ts
 * proves that a deliberate violation of each boundary is caught.
 */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'shared-is-pure',
      comment: 'src/shared runs in Node and the browser: no server, web, node:* or DOM',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: ['^src/(server|web|cli)/', '^node:', '^(fs|path|crypto|os|child_process|url)$'] },
    },
    { name: 'shared-no-core-modules', severity: 'error', from: { path: '^src/shared/' }, to: { dependencyTypes: ['core'] } },
    { name: 'web-not-server', severity: 'error', from: { path: '^src/web/' }, to: { path: '^src/(server|cli)/' } },
    {
      name: 'public-form-stays-small',
      comment: "the public survey form is its own bundle for cheap phones on slow lines: no React, Mantine, zod or the app's code",
      severity: 'error',
      from: { path: '^src/web/public-form/' },
      to: { path: ['^src/web/(app|features|ui)/', '^src/shared/contracts/', '^node_modules/(react|react-dom|@mantine|zod|@tanstack|react-intl)/'], dependencyTypesNot: ['type-only'] },
    },
    { name: 'platform-not-features', severity: 'error', from: { path: '^src/server/platform/' }, to: { path: '^src/server/features/' } },
    {
      name: 'features-through-index',
      comment: "a feature imports another feature only through that feature's index.ts",
      severity: 'error',
      from: { path: '^src/server/features/([^/]+)/' },
      to: { path: '^src/server/features/([^/]+)/', pathNot: ['^src/server/features/$1/', '^src/server/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'routes-not-repositories',
      comment: 'routes call their service; repositories and tables are below it',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: ['\\.repository\\.ts$', '\\.table\\.ts$'] },
    },
    { name: 'server-not-web', severity: 'error', from: { path: '^src/server/' }, to: { path: '^src/(web|cli)/' } },
    {
      name: 'web-features-through-index',
      comment: "a web feature imports another web feature only through that feature's index.ts",
      severity: 'error',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/([^/]+)/', pathNot: ['^src/web/features/$1/', '^src/web/features/[^/]+/index\\.ts$'] },
    },
    {
      name: 'web-app-through-index',
      comment: "the app (router, layout), tests and benches reach a web feature only through its index.ts",
      severity: 'error',
      from: { path: ['^src/web/app/', '^test/', '^bench/'] },
      to: { path: '^src/web/features/', pathNot: '^src/web/features/[^/]+/index\\.ts$' },
    },
    {
      name: 'web-ui-presentational',
      comment: 'web/ui is presentational: data comes in as props, so no features, no API client or queries',
      severity: 'error',
      from: { path: '^src/web/ui/' },
      to: { path: ['^src/web/features/', '^src/web/app/api/(client|session|preferences|use-upload)\\.ts$', '^node_modules/@tanstack/react-query/'] },
    },
    {
      name: 'nothing-imports-tests',
      comment: 'the product never depends on its tests or benchmarks; benchmarks do not lean on test helpers',
      severity: 'error',
      from: { path: ['^src/', '^bench/'] },
      to: { path: '^test/' },
    },
    { name: 'nothing-imports-bench', severity: 'error', from: { pathNot: '^bench/' }, to: { path: '^bench/' } },
    {
      name: 'unit-tests-are-pure',
      comment: 'unit tests (test/unit and the *.test.ts beside the code) start no server and open no database: that is the integration tier',
      severity: 'error',
      from: { path: ['^test/unit/', '^src/.+\\.test\\.tsx?$'] },
      // test/support/engines.ts is pure (which engines a run covers, from the settings): unit-tested.
      to: { path: ['^src/server/(app|main)\\.ts$', '^src/server/platform/db/', '^test/support/', '^node_modules/(pg|@electric-sql/pglite|playwright-core)/'], pathNot: '^test/support/engines\\.ts$' },
    },
    {
      name: 'black-box-tests-through-index',
      comment: 'integration and end-to-end tests use a server feature through an index.ts (its public surface), never its repositories, tables or services directly',
      severity: 'error',
      from: { path: '^test/(integration|e2e|support)/' },
      to: { path: '^src/server/features/', pathNot: '/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Deliberate violations that test/unit/dependency-rules.test.ts cruises on their own.
    exclude: { path: '^test/fixtures/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
