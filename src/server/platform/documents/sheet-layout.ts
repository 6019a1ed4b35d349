import { textWidth } from './text-width.ts';
import type { Locale } from '../../../shared/locales.ts';

/**
 * The layout rules of a printed spreadsheet, as pure arithmetic so they can be tested with
 * exact numbers. Widths are in Excel's column unit (about one digit of the body font), heights
 * in points. Spreadsheets store no text metrics, so Excel and LibreOffice do not fit rows to
 * wrapped text or to tall scripts by themselves: every row gets an explicit height from these.
 */

/** The body font size of every sheet; titles are larger. */
export const BODY_SIZE = 11;
export const TITLE_SIZE = 14;

/**
 * A row's first line as a multiple of the font size. Vietnamese stacks two diacritics above a
 * capital ("Ấ", "Ổ"), Lao and Thai stack vowels and tone marks above and below, Khmer adds
 * subscript consonants: Excel's default (1.36 × Calibri 11 = 15 pt) clips all of them. Each
 * further line of wrapped text needs its line spacing only, a third of the size less.
 */
const FIRST_LINE: Record<Locale, number> = { vi: 1.6, en: 1.5, lo: 1.9, th: 1.9, km: 2.1 };
const NEXT_LINE_LESS = 0.35;

/** Top and bottom padding of a row, in points. */
const ROW_PADDING = 3;

/**
 * How many lines a text takes when wrapped in a column `width` digits wide (word by word; a
 * word wider than the column — Lao and Thai write no spaces between words — is cut).
 */
export function linesOf(text: string, width: number): number {
  const room = Math.max(1, width - 1); // a cell's inner margins
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines += 1;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = textWidth(word);
      if (used > 0 && used + 1 + w <= room) {
        used += 1 + w;
        continue;
      }
      if (used > 0) lines += 1;
      lines += Math.ceil(w / room) - 1;
      used = w - (Math.ceil(w / room) - 1) * room;
    }
  }
  return lines;
}

/** The height of a row of `lines` lines in a font of `size` points, for a reader of `locale`. */
export function rowHeight(lines: number, size: number, locale: Locale): number {
  const first = FIRST_LINE[locale];
  return Math.round((size * (first + (lines - 1) * (first - NEXT_LINE_LESS)) + ROW_PADDING) * 10) / 10;
}

export interface WidthLimits {
  min: number;
  max: number;
}

/** A heading wraps to at most this many lines where its column may widen for it. */
export const HEADING_LINES = 3;

/**
 * A column's width: its widest value plus a margin, but at least its heading's longest word
 * (headings wrap at spaces, so no word is cut), wider still until its heading takes at most
 * three lines, and within the limits; longer values wrap.
 */
export function fitWidth(heading: string, values: string[], limits: WidthLimits): number {
  const longestWord = Math.max(0, ...heading.split(/\s+/).map(textWidth));
  const widest = Math.max(0, ...values.map(textWidth));
  let width = Math.min(limits.max, Math.max(limits.min, Math.ceil(Math.max(widest, longestWord) + 2)));
  while (width < limits.max && linesOf(heading, width) > HEADING_LINES) width += 1;
  return width;
}

/**
 * What fits across A4 portrait with the kit's margins (210 mm − 2 × 12.7 mm), in column units
 * (one unit ≈ 7 px at 96 dpi): a wider table prints landscape, still scaled to one page wide.
 */
export const PORTRAIT_WIDTH = 100;

export function orientationFor(widths: number[]): 'portrait' | 'landscape' {
  return widths.reduce((sum, w) => sum + w, 0) > PORTRAIT_WIDTH ? 'landscape' : 'portrait';
}
