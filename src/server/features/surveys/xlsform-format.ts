import type ExcelJS from 'exceljs';
import { LOCALES, type Locale } from '../../../shared/locales.ts';

/**
 * What our XLSForm files share between export and import (docs/surveys.md, "XLSForm"): the
 * five languages' column suffixes, our own extra columns and sheet, and how headers and cells
 * are read the way pyxform (the converter KoboToolbox and ODK use) reads them.
 */

/** The suffix of each language's `label::…`/`hint::…` column: a name and the IANA code in parentheses, as XLSForm asks. */
export const LANGUAGE_SUFFIX: Record<Locale, string> = { vi: 'Vietnamese (vi)', en: 'English (en)', lo: 'Lao (lo)', km: 'Khmer (km)', th: 'Thai (th)' };

/** The choice list of every 5-point scale question: levels 1–5 and 0 for "no answer", the values stored. */
export const SAT5_LIST = 'parmon_sat5';
export const SAT5_LEVELS = ['1', '2', '3', '4', '5', '0'] as const;
/** Names a list may give "no answer" (what our responses importer reads as 0). */
export const NO_ANSWER_NAMES = ['0', 'na', 'n/a', 'no_answer'];

/** Our sheet of what XLSForm has no place for (code, purpose, elements…): `_`-prefixed, so pyxform and Kobo skip it silently. */
export const META_SHEET = '_parmon';
export const META_FORMAT_VERSION = '1';

/** The survey row every export starts with: the unit served, which our responses importer needs back from KoboToolbox or ODK. */
export const UNIT_CODE_NAME = 'unit_code';
export const UNIT_CODE_KIND = 'unit_code';

export const labelColumn = (base: 'label' | 'hint', l: Locale) => `${base}::${LANGUAGE_SUFFIX[l]}`;

/** Language names a header may give without a code (`label::English`). */
const LANGUAGE_NAMES: Record<string, Locale> = { english: 'en', vietnamese: 'vi', 'tiếng việt': 'vi', 'tieng viet': 'vi', lao: 'lo', 'ລາວ': 'lo', 'ພາສາລາວ': 'lo', khmer: 'km', 'ខ្មែរ': 'km', 'ភាសាខ្មែរ': 'km', thai: 'th', 'ไทย': 'th', 'ภาษาไทย': 'th' };

/**
 * A language suffix (`English (en)`, `en-US`, `Tiếng Việt`) as one of our languages; null for
 * another language. The code in parentheses decides, its region dropped; else the name; else a bare code.
 */
export function languageOf(suffix: string): Locale | null {
  const s = suffix.trim();
  const ours = (code: string): Locale | null => {
    const primary = code.trim().toLowerCase().split(/[-_]/)[0]!;
    return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : null;
  };
  const inParentheses = /\(([^()]*)\)\s*$/.exec(s)?.[1];
  if (inParentheses !== undefined) return ours(inParentheses);
  return LANGUAGE_NAMES[s.toLowerCase()] ?? (/^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$/.test(s) ? ours(s) : null);
}

/** A header as pyxform reads it: the column's name in snake case (`list name` → `list_name`) and the language after `::` (or a single `:`). */
export interface Header {
  column: string;
  /** the text after `::`, for a translated column */
  language: string | null;
  raw: string;
}

const ALIASES: Record<string, string> = { relevance: 'relevant', 'list name': 'list_name', set_form_title: 'form_title', set_form_id: 'form_id' };

export function parseHeader(raw: string): Header {
  const text = raw.trim();
  const split = text.includes('::') ? text.indexOf('::') : text.indexOf(':');
  const sep = text.includes('::') ? 2 : 1;
  const base = (split >= 0 ? text.slice(0, split) : text).trim().toLowerCase();
  const column = ALIASES[base] ?? base.replace(/\s+/g, '_');
  return { column, language: split >= 0 ? text.slice(split + sep).trim() : null, raw: text };
}

/** A cell as the text typed: numbers as written, Excel booleans as true/false, rich text joined, formulas by their result. */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('').trim();
    if (o.text !== undefined) return String(o.text).trim();
    if (o.result !== undefined) return cellText(o.result as ExcelJS.CellValue);
    return '';
  }
  return String(v).trim();
}

/** `required` as pyxform reads it: yes/true/true() and no/false/false(); anything else is an XPath expression (null). */
export function yesNo(text: string): boolean | null {
  const v = text.trim().toLowerCase();
  if (['yes', 'true', 'true()'].includes(v)) return true;
  if (['', 'no', 'false', 'false()'].includes(v)) return false;
  return null;
}

/** A questionnaire code from a form id or a file name: letters, digits and `._-`, at most 64. */
export const codeFrom = (text: string) =>
  text
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
