/**
 * Pictures of what PAR Monitor's exports look like, for README: the demo province is loaded
 * into a throw-away embedded database, each export is fetched as a user would, printed to PDF
 * by LibreOffice as a leader's office would print it, and the first page kept as a PNG in
 * docs/documents/. Needs LibreOffice (Writer and Calc) and poppler-utils (pdftoppm):
 *
 *   apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2 fonts-noto-core
 * (Liberation Serif has the metrics of Times New Roman, so lines break where they would in Word)
 *   node --import tsx scripts/document-samples.ts [name-prefix…]   (all samples, or those named)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHttpApp, seed } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openServices, settingsOf } from '../src/server/main.ts';
import { createLogger } from '../src/server/platform/logger.ts';

/** Each sample: the file README shows, who exports it, and from where. */
const SAMPLES = [
  { name: 'round-summary-vi', user: 'secretariat', url: '/api/rounds/NB-DEMO-2/export?format=docx&locale=vi', type: 'docx' },
  { name: 'round-summary-lo', user: 'secretariat', url: '/api/rounds/NB-DEMO-2/export?format=docx&locale=lo', type: 'docx' },
  { name: 'round-results-vi', user: 'secretariat', url: '/api/rounds/NB-DEMO-2/export?format=xlsx&locale=vi', type: 'xlsx' },
  { name: 'one-stop-report-vi', user: 'secretariat', url: '/api/dossiers/report.xlsx?unit=H99&period=2025-Q3&locale=vi', type: 'xlsx' },
  { name: 'one-stop-report-lo', user: 'secretariat', url: '/api/dossiers/report.xlsx?unit=H99&period=2025-Q3&locale=lo', type: 'xlsx' },
  { name: 'task-statistics-vi', user: 'secretariat', url: '/api/task-statistics/export?unit=H99&descendants=true&format=xlsx&locale=vi', type: 'xlsx' },
  { name: 'task-list-lo', user: 'secretariat', url: '/api/tasks/export?plan=CT-02&format=xlsx&locale=lo', type: 'xlsx' },
] as const;

const OUT = new URL('../docs/documents/', import.meta.url).pathname;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'parmon-samples-'));
  try {
    const config = loadConfig({ PARMON_DATA_DIR: join(work, 'data'), PARMON_DEMO: 'off' });
    const { services, database } = await openServices(config);
    await seed(services, 'demo', true);
    const app = await createHttpApp(services, settingsOf(config), createLogger('warn'));
    mkdirSync(OUT, { recursive: true });
    const only = process.argv.slice(2);
    for (const sample of SAMPLES.filter((s) => only.length === 0 || only.some((prefix) => s.name.startsWith(prefix)))) {
      const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { username: sample.user, password: 'demo1234' } });
      const cookie = signIn.cookies.find((c) => c.name === 'parmon_session')!;
      const res = await app.inject({ method: 'GET', url: sample.url, headers: { cookie: `parmon_session=${cookie.value}` } });
      if (res.statusCode !== 200) throw new Error(`${sample.url}: ${res.statusCode} ${res.body}`);
      const file = join(work, `${sample.name}.${sample.type}`);
      writeFileSync(file, res.rawPayload);
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, file], { stdio: 'ignore' });
      // the first page at 80 dpi: readable in README, small in the repository
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(work, `${sample.name}.pdf`), join(OUT, sample.name)]);
      const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(work, `${sample.name}.pdf`)], { encoding: 'utf8' }))?.[1];
      console.log(`docs/documents/${sample.name}.png (${pages} pages printed)`);
    }
    await app.close();
    await database.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
