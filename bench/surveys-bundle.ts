/**
 * The public form's download size (issue 19: "fast on a cheap phone over a slow line (small
 * bundle; measure it)"). Reads the built pages — dist/web/survey.html, the public form, and
 * dist/web/index.html, the app, as the baseline — and adds up what a first visit downloads
 * before the page can run: the entry scripts, the module preloads and the style sheets the HTML
 * names, raw and gzipped (zlib's default level, as a server would send them). Beside them: the
 * fonts those style sheets declare, per script (subset) — a browser fetches a subset's WOFF2
 * only when the page shows characters of it, so a Khmer reader gets Khmer and Latin, not Lao —
 * and the chunks the scripts load later on demand (a language's messages, the Intl polyfills).
 * The figure is the ratio of the form's first download to the app's, gzipped.
 *
 *   npm run build:web && node --import tsx bench/surveys-bundle.ts      (BENCH_WEB_DIR: another build)
 *
 * Without a survey.html in the build, the form's part is skipped with a message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { fmt, round, table } from './measure.ts';

export interface BundleFile {
  file: string;
  kind: 'script' | 'modulepreload' | 'stylesheet' | 'on demand';
  raw: number;
  gzip: number;
}
export interface FontSubset {
  /** the fontsource subset: latin, latin-ext, vietnamese, lao, khmer, thai… */
  script: string;
  /** the WOFF2 files of its weights (what browsers that read WOFF2 fetch) */
  files: string[];
  weights: number[];
  raw: number;
}
export interface PageBundle {
  page: string;
  /** what the HTML names: fetched on the first visit */
  first: BundleFile[];
  total: { raw: number; gzip: number };
  fonts: FontSubset[];
  /** chunks the scripts import on demand, with their own imports, not already in `first` */
  onDemand: { files: number; raw: number; gzip: number; largest: BundleFile[] };
}
export type SurveyBundleResult = { webDir: string; app: PageBundle; survey: PageBundle; ratio: { raw: number; gzip: number } } | { webDir: string; app: PageBundle | null; skipped: string };

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const localPath = (webDir: string, href: string) => join(webDir, href.replace(/^\.?\//, ''));

function measureFile(webDir: string, href: string, kind: BundleFile['kind']): BundleFile {
  const bytes = readFileSync(localPath(webDir, href));
  return { file: basename(href), kind, raw: bytes.length, gzip: gzipSync(bytes).length };
}

/** The scripts a script imports: statically (`from"./x.js"`), on demand (`import(\`./x.js\`)`), and the preload lists of its dynamic imports. */
function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const found = (re: RegExp) => [...code.matchAll(re)].map((m) => m[1]!);
  return {
    static: found(/(?:from|import)\s*["'`]\.\/([^"'`]+\.(?:js|css))["'`]/g),
    dynamic: [...found(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g), ...found(/["'`]assets\/([^"'`]+\.(?:js|css))["'`]/g)],
  };
}

/** The fonts a style sheet declares, per subset, by fontsource's file names (`<family>-<subset>-<weight>-<style>-<hash>.woff2`). */
function fontsOf(css: string, webDir: string, into: Map<string, FontSubset>): void {
  for (const block of css.match(/@font-face\{[^}]*\}/g) ?? []) {
    const family = /font-family:\s*["']?([^;"']+)/.exec(block)?.[1]?.trim().toLowerCase().replace(/\s+/g, '-') ?? '';
    const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1] ?? 400);
    const woff2 = /url\(([^)]+\.woff2)\)/.exec(block)?.[1]?.replace(/["']/g, '');
    if (!woff2) continue;
    const name = basename(woff2);
    const script = name.startsWith(`${family}-`) ? name.slice(family.length + 1).replace(/-\d{3}-(normal|italic)-.*$/, '') : name;
    const subset = into.get(script) ?? { script, files: [], weights: [], raw: 0 };
    if (!subset.files.includes(name)) {
      subset.files.push(name);
      subset.weights.push(weight);
      subset.raw += readFileSync(localPath(webDir, woff2)).length;
    }
    into.set(script, subset);
  }
}

export function pageBundle(webDir: string, page: string): PageBundle {
  const html = readFileSync(join(webDir, page), 'utf8');
  const first: BundleFile[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const rel = attribute(tag, 'rel');
    if (tag.startsWith('<script') && attribute(tag, 'src')) first.push(measureFile(webDir, attribute(tag, 'src')!, 'script'));
    else if (rel === 'modulepreload' || rel === 'stylesheet') first.push(measureFile(webDir, attribute(tag, 'href')!, rel));
  }
  const assets = join(webDir, 'assets');
  const eager = new Set(first.map((f) => f.file));
  const fonts = new Map<string, FontSubset>();
  for (const f of first.filter((x) => x.kind === 'stylesheet')) fontsOf(readFileSync(join(assets, f.file), 'utf8'), webDir, fonts);
  // What the first scripts pull in later, followed through their own imports.
  const lazy = new Set<string>();
  const queue = first.filter((f) => f.file.endsWith('.js')).map((f) => f.file);
  const seen = new Set(queue);
  while (queue.length) {
    const file = queue.shift()!;
    if (!file.endsWith('.js') || !existsSync(join(assets, file))) continue;
    const { static: direct, dynamic } = importsOf(readFileSync(join(assets, file), 'utf8'));
    for (const next of [...direct, ...dynamic]) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
      if (!eager.has(next)) lazy.add(next);
    }
  }
  const later = [...lazy].filter((f) => existsSync(join(assets, f))).map((f) => measureFile(webDir, `assets/${f}`, 'on demand'));
  const sum = (files: BundleFile[], k: 'raw' | 'gzip') => files.reduce((s, f) => s + f[k], 0);
  return {
    page,
    first,
    total: { raw: sum(first, 'raw'), gzip: sum(first, 'gzip') },
    fonts: [...fonts.values()].sort((a, b) => a.script.localeCompare(b.script)),
    onDemand: { files: later.length, raw: sum(later, 'raw'), gzip: sum(later, 'gzip'), largest: later.sort((a, b) => b.gzip - a.gzip).slice(0, 5) },
  };
}

export function measureSurveyBundle(webDir = process.env.BENCH_WEB_DIR ?? fileURLToPath(new URL('../dist/web/', import.meta.url))): SurveyBundleResult {
  if (!existsSync(join(webDir, 'index.html'))) return { webDir, app: null, skipped: `no web build in ${webDir}: run \`npm run build:web\` first` };
  const app = pageBundle(webDir, 'index.html');
  if (!existsSync(join(webDir, 'survey.html'))) return { webDir, app, skipped: `${webDir} has no survey.html (the public form's page): its size is not measured; rebuild with \`npm run build:web\`` };
  const survey = pageBundle(webDir, 'survey.html');
  return { webDir, app, survey, ratio: { raw: round(survey.total.raw / app.total.raw, 3), gzip: round(survey.total.gzip / app.total.gzip, 3) } };
}

const kb = (bytes: number) => round(bytes / 1024, 1);

export function surveyBundleTable(r: SurveyBundleResult): string {
  const pages = 'survey' in r ? [r.survey, r.app] : r.app ? [r.app] : [];
  const out = pages.map((p) =>
    table(
      [`${p.page}: first visit`, 'kind', 'raw kB', 'gzip kB'],
      [...p.first.map((f) => [f.file, f.kind, kb(f.raw), kb(f.gzip)]), ['total', '', kb(p.total.raw), kb(p.total.gzip)], [`on demand later: ${p.onDemand.files} files`, '', kb(p.onDemand.raw), kb(p.onDemand.gzip)]],
    ) + `\nfonts (WOFF2, fetched per script shown): ${p.fonts.map((f) => `${f.script} ${kb(f.raw)} kB (${f.weights.join('/')})`).join(', ') || 'none'}`,
  );
  if ('survey' in r) out.push(`public form ÷ app, first visit: ${r.ratio.gzip}x gzipped (${fmt(r.survey.total.gzip)} ÷ ${fmt(r.app.total.gzip)} bytes), ${r.ratio.raw}x raw`);
  else out.push(`skipped: ${r.skipped}`);
  return out.join('\n\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureSurveyBundle();
  console.log(surveyBundleTable(result));
}
