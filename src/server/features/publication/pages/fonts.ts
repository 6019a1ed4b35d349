import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Locale } from '../../../../shared/locales.ts';

/**
 * The public pages' typefaces: Lao, Khmer and Thai in the Noto Sans the project bundles for its
 * documents (assets/fonts, SIL OFL), served by the pages themselves at /p/fonts/… so a phone
 * without them still reads the page. Each face covers only its script (unicode-range): a
 * browser fetches it only for text in that script. Latin and Vietnamese are the phone's own.
 */
const FONTS_DIR = new URL('../../../../../assets/fonts/', import.meta.url);

const SCRIPTS: { family: string; stem: string; locale: Locale; range: string }[] = [
  { family: 'Noto Sans Lao', stem: 'NotoSansLao', locale: 'lo', range: 'U+0E80-0EFF' },
  { family: 'Noto Sans Khmer', stem: 'NotoSansKhmer', locale: 'km', range: 'U+1780-17FF, U+19E0-19FF' },
  { family: 'Noto Sans Thai', stem: 'NotoSansThai', locale: 'th', range: 'U+0E01-0E5B' },
];
const WEIGHTS = [
  { weight: 400, file: 'Regular' },
  { weight: 700, file: 'Bold' },
] as const;

export const FONT_FAMILIES = SCRIPTS.map((s) => `'${s.family}'`).join(', ');

export const FONT_PATH = '/p/fonts/';

/** The @font-face rules of every bundled face. */
export const FONT_FACES = SCRIPTS.flatMap((s) =>
  WEIGHTS.map((w) => `@font-face{font-family:'${s.family}';font-style:normal;font-weight:${w.weight};font-display:swap;src:url(${FONT_PATH}${s.stem}-${w.file}.ttf) format('truetype');unicode-range:${s.range}}`),
).join('\n');

/** The regular face of the page's own script, worth fetching before the style sheet asks for it. */
export function preloadedFont(locale: Locale): string | null {
  const script = SCRIPTS.find((s) => s.locale === locale);
  return script ? `${FONT_PATH}${script.stem}-Regular.ttf` : null;
}

const FILES = new Set(SCRIPTS.flatMap((s) => WEIGHTS.map((w) => `${s.stem}-${w.file}.ttf`)));

interface FontFile {
  etag: string;
  plain: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}
const loaded = new Map<string, FontFile>();

/** A bundled font file and the encoding it is sent in (brotli or gzip when the reader takes them), or null if there is none of that name. */
export function fontFile(name: string, acceptEncoding = ''): { body: Buffer; etag: string; encoding: 'br' | 'gzip' | null } | null {
  if (!FILES.has(name)) return null;
  let file = loaded.get(name);
  if (!file) {
    const plain = readFileSync(new URL(name, FONTS_DIR));
    file = { plain, etag: `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"` };
    loaded.set(name, file);
  }
  const taken = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().toLowerCase().split(/\s*;\s*q=/))
      .filter(([, q]) => q === undefined || Number(q) > 0)
      .map(([coding]) => coding),
  );
  // A strong ETag names one representation: each encoding its own.
  const tag = (suffix: string) => file.etag.replace(/"$/, `${suffix}"`);
  if (taken.has('br')) return { body: (file.br ??= brotliCompressSync(file.plain)), etag: tag('-br'), encoding: 'br' };
  if (taken.has('gzip')) return { body: (file.gzip ??= gzipSync(file.plain, { level: 9 })), etag: tag('-gz'), encoding: 'gzip' };
  return { body: file.plain, etag: file.etag, encoding: null };
}
