#!/usr/bin/env node
// The `parmon` command. Runs the TypeScript sources through tsx, so a checkout needs no
// build step before `npx parmon …`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
