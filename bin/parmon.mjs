#!/usr/bin/env node
// The `parmon` command. Runs the TypeScript sources through tsx, so a checkout needs no
// build step before `npx parmon …`. The commands themselves are `run` in src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main();
