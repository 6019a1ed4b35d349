// `npm start` serves the built web app from dist/web. Build it when it is missing or older
// than its sources, so that a fresh clone needs only `npm install && npm start`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist/web/index.html');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const sources = Math.max(newest(join(root, 'src/web')), newest(join(root, 'src/shared')));
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.error('Building the web app (first start or sources changed)…');
  execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(root, 'vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
}
