import { readFileSync } from 'node:fs';
import type { Locale } from '../../../shared/locales.ts';

/**
 * The typeface of each language's documents. Vietnamese administrative documents are set in
 * Times New Roman (Decree 30/2020/NĐ-CP, Appendix I), and so are the English ones. Lao, Khmer
 * and Thai are set in Noto Sans of their script, which the project bundles (`assets/fonts`,
 * SIL OFL): Word files embed it, so the text renders on a machine that lacks it; spreadsheets
 * cannot embed fonts and name the same family (Debian's fonts-noto-core, Google Fonts).
 */
const TYPEFACE: Record<Locale, string> = {
  vi: 'Times New Roman',
  en: 'Times New Roman',
  lo: 'Noto Sans Lao',
  km: 'Noto Sans Khmer',
  th: 'Noto Sans Thai',
};

/** The bundled faces of the scripts Office does not carry everywhere, by file stem. */
const BUNDLED: Partial<Record<Locale, string>> = { lo: 'NotoSansLao', km: 'NotoSansKhmer', th: 'NotoSansThai' };

const FONTS_DIR = new URL('../../../../assets/fonts/', import.meta.url);

export function typefaceOf(locale: Locale): string {
  return TYPEFACE[locale];
}

export interface BundledFont {
  name: string;
  regular: Buffer;
  bold: Buffer;
}

const loaded = new Map<Locale, BundledFont | null>();

/** The font files a document in `locale` embeds, or null where the typeface is a system one. */
export function bundledFontOf(locale: Locale): BundledFont | null {
  if (!loaded.has(locale)) {
    const stem = BUNDLED[locale];
    loaded.set(
      locale,
      stem ? { name: TYPEFACE[locale], regular: readFileSync(new URL(`${stem}-Regular.ttf`, FONTS_DIR)), bold: readFileSync(new URL(`${stem}-Bold.ttf`, FONTS_DIR)) } : null,
    );
  }
  return loaded.get(locale)!;
}
