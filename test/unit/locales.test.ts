import { describe, it, expect } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALES, namesFromColumns, pickName, type LocalizedNames } from '../../src/shared/locales.ts';

const all: LocalizedNames = { vi: 'VI', en: 'EN', lo: 'LO', km: 'KM', th: 'TH' };

/** Drop languages one by one in the order given and record which name each step picks. */
function fallbackOrder(locale: (typeof LOCALES)[number]): string[] {
  const names: LocalizedNames = { ...all };
  const picked: string[] = [];
  for (let i = 0; i < LOCALES.length; i++) {
    const n = pickName(names, locale);
    picked.push(n);
    const l = LOCALES.find((x) => names[x] === n)!;
    delete names[l];
  }
  return picked;
}

describe('pickName', () => {
  it('prefers the reader’s own language', () => {
    for (const l of LOCALES) expect(pickName(all, l)).toBe(l.toUpperCase());
  });

  it('falls back vi → en → lo → km → th for Vietnamese', () => {
    expect(fallbackOrder('vi')).toEqual(['VI', 'EN', 'LO', 'KM', 'TH']);
  });

  it('falls back en → vi → lo → km → th for English', () => {
    expect(fallbackOrder('en')).toEqual(['EN', 'VI', 'LO', 'KM', 'TH']);
  });

  it('falls back lo → en → vi → th → km for Lao', () => {
    expect(fallbackOrder('lo')).toEqual(['LO', 'EN', 'VI', 'TH', 'KM']);
  });

  it('falls back km → en → vi → th → lo for Khmer', () => {
    expect(fallbackOrder('km')).toEqual(['KM', 'EN', 'VI', 'TH', 'LO']);
  });

  it('falls back th → en → vi → lo → km for Thai', () => {
    expect(fallbackOrder('th')).toEqual(['TH', 'EN', 'VI', 'LO', 'KM']);
  });

  it('skips empty and whitespace-only names', () => {
    expect(pickName({ vi: '', en: '   ', lo: 'Vientiane' }, 'vi')).toBe('Vientiane');
    expect(pickName({ th: '\t', en: '', vi: 'Hà Nội' }, 'th')).toBe('Hà Nội');
  });

  it('returns an empty string when no name is usable', () => {
    expect(pickName({}, 'en')).toBe('');
    expect(pickName({ vi: ' ', en: '' }, 'vi')).toBe('');
  });
});

describe('isLocale', () => {
  it('accepts the five locales and nothing else', () => {
    for (const l of LOCALES) expect(isLocale(l)).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('VI')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('defaults to Vietnamese', () => {
    expect(DEFAULT_LOCALE).toBe('vi');
  });
});

describe('namesFromColumns', () => {
  it('reads the plain column in the file’s language and <column>_<locale> in theirs', () => {
    expect(namesFromColumns({ title: 'Rà soát', title_lo: 'ທົບທວນ', title_th: ' ', code: 'T1' }, 'title', 'vi')).toEqual({ vi: 'Rà soát', lo: 'ທົບທວນ' });
    expect(namesFromColumns({ name: 'Review' }, 'name', 'en')).toEqual({ en: 'Review' });
  });

  it('lets a <column>_<locale> cell win over the plain column of the same language', () => {
    expect(namesFromColumns({ field: 'Land', field_vi: 'Đất đai' }, 'field', 'vi')).toEqual({ vi: 'Đất đai' });
  });

  it('gives no names for empty cells', () => {
    expect(namesFromColumns({ field: '' }, 'field', 'vi')).toEqual({});
  });
});
