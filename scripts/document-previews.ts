// The pictures of the documents in README (docs/documents/*.png): the real exports of the demo
// province, converted to PDF by LibreOffice as an office would print them, first page as PNG.
// Needs `soffice` (LibreOffice) and `pdftoppm` (poppler-utils). Run: npx tsx scripts/document-previews.ts
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApp, createServices, prepareDatabase, seed, type AppSettings } from '../src/server/app.ts';
import { openDatabase } from '../src/server/platform/db/database.ts';
import { createLogger } from '../src/server/platform/logger.ts';

/** Each picture and the export it shows. */
const DOCUMENTS: { name: string; url: string; extension: string }[] = [
  { name: 'one-stop-report-vi', url: '/api/dossiers/report.xlsx?unit=H99&period=2026-Q2&descendants=true&locale=vi', extension: 'xlsx' },
  { name: 'one-stop-report-lo', url: '/api/dossiers/report.xlsx?unit=H99&period=2026-Q2&descendants=true&locale=lo', extension: 'xlsx' },
  { name: 'task-list-vi', url: '/api/tasks/export?plan=CT-02&format=xlsx&locale=vi', extension: 'xlsx' },
  { name: 'task-statistics-lo', url: '/api/task-statistics/export?format=xlsx&locale=lo', extension: 'xlsx' },
  { name: 'round-results-vi', url: '/api/rounds/NB-DEMO-2/export?format=xlsx&locale=vi', extension: 'xlsx' },
];

const SETTINGS: AppSettings = {
  timeZone: 'Asia/Ho_Chi_Minh',
  mail: null,
  sessionSecret: 'document-previews-only-not-a-secret-0000',
  auditKey: 'document-previews-only-not-a-secret-0000',
  trustProxy: false,
  version: 'previews',
  secureCookies: false,
};

const out = new URL('../docs/documents/', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'parmon-previews-'));
const database = await openDatabase({ kind: 'pglite-memory' });
try {
  await prepareDatabase(database, SETTINGS);
  const services = createServices(database, SETTINGS);
  await seed(services, 'demo', true, { dossiers: true, rounds: true });
  const app = await createHttpApp(services, SETTINGS, createLogger('silent'));
  const session = await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'admin', password: 'demo1234' } });
  const cookie = session.cookies.find((c) => c.name === 'parmon_session')!;
  mkdirSync(out, { recursive: true });
  for (const d of DOCUMENTS) {
    const res = await app.inject({ method: 'GET', url: d.url, headers: { cookie: `parmon_session=${cookie.value}` } });
    if (res.statusCode !== 200) throw new Error(`${d.url}: ${res.statusCode} ${res.body}`);
    const file = join(work, `${d.name}.${d.extension}`);
    writeFileSync(file, res.rawPayload);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, file], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', '75', '-f', '1', '-l', '1', '-singlefile', join(work, `${d.name}.pdf`), join(out, d.name)]);
    console.log(`docs/documents/${d.name}.png`);
  }
  await app.close();
} finally {
  await database.close();
  rmSync(work, { recursive: true, force: true });
}
