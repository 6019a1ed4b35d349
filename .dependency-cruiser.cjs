/**
 * The import rules of ARCHITECTURE.md, checked by `npm test` (npm run lint:deps).
 * Violations and cycles fail the build.
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
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
