import type { Position, PositionInput } from '../../../shared/contracts/positions.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';

/** A position as the editor holds it: texts in the reader's language, the other languages kept as they came. */
export interface PositionRow {
  key: number;
  code: string;
  title: string;
  category: string;
  grade: string;
  posts: number | '';
  duties: string;
  qualifications: string;
  /** the names in every language as they came, so that saving keeps the ones not edited */
  original: Pick<Position, 'title' | 'duties' | 'qualifications'> | null;
}

let nextKey = 1;

export function toRow(p: Position, locale: Locale): PositionRow {
  return { key: nextKey++, code: p.code, title: p.title[locale] ?? '', category: p.category, grade: p.grade, posts: p.posts, duties: p.duties[locale] ?? '', qualifications: p.qualifications[locale] ?? '', original: { title: p.title, duties: p.duties, qualifications: p.qualifications } };
}

export function emptyRow(category: string): PositionRow {
  return { key: nextKey++, code: '', title: '', category, grade: '', posts: 1, duties: '', qualifications: '', original: null };
}

/** The reader's text replaces their language's; a text emptied removes it (the other languages stay). */
function names(original: LocalizedNames | undefined, locale: Locale, text: string): LocalizedNames {
  const out: LocalizedNames = { ...original };
  if (text.trim()) out[locale] = text.trim();
  else delete out[locale];
  return out;
}

/** The fields of a row that must be filled before the list can be saved, by row key. */
export function rowProblems(rows: readonly PositionRow[], locale: Locale): Map<number, Set<'code' | 'title' | 'category' | 'posts'>> {
  const problems = new Map<number, Set<'code' | 'title' | 'category' | 'posts'>>();
  const add = (key: number, field: 'code' | 'title' | 'category' | 'posts') => problems.set(key, (problems.get(key) ?? new Set()).add(field));
  const codes = new Map<string, number>();
  for (const r of rows) codes.set(r.code.trim(), (codes.get(r.code.trim()) ?? 0) + 1);
  for (const r of rows) {
    if (!r.code.trim() || (codes.get(r.code.trim()) ?? 0) > 1) add(r.key, 'code');
    if (Object.values(names(r.original?.title, locale, r.title)).every((n) => !n?.trim())) add(r.key, 'title');
    if (!r.category) add(r.key, 'category');
    if (r.posts === '' || r.posts < 0) add(r.key, 'posts');
  }
  return problems;
}

export function toInput(r: PositionRow, locale: Locale): PositionInput {
  return {
    code: r.code.trim(),
    title: names(r.original?.title, locale, r.title),
    category: r.category,
    grade: r.grade.trim(),
    posts: r.posts === '' ? 0 : r.posts,
    duties: names(r.original?.duties, locale, r.duties),
    qualifications: names(r.original?.qualifications, locale, r.qualifications),
  };
}
