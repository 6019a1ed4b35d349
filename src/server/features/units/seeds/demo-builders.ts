import type { Locale } from '../../../../shared/locales.ts';
import { placeNames } from './demo-place-names.ts';
import type { SeedOp } from './seed-ops.ts';

/** Builders for the demo province's seed operations (demo.data.ts). */
export const DEMO_PROVINCE_CODE = 'H99';

export const P = DEMO_PROVINCE_CODE;
export const START = '2008-01-01';

type CreateOp = Extract<SeedOp, { op: 'create' }>;

/** A department's names are translated (demo-2008.data.ts); local units' are spelled (demo-place-names.ts). */
export function department(n: string, names: Record<Locale, string>): CreateOp {
  return {
    op: 'create',
    date: START,
    code: `${P}.${n}`,
    kind: 'department',
    names,
    parent: P,
    groups: ['provincial_departments'],
  };
}

export function district(n: string, kind: 'district' | 'town' | 'provincial_city', vi: string, en: string): CreateOp {
  return { op: 'create', date: START, code: `${P}.${n}`, kind, names: placeNames(vi, en), parent: P, groups: ['districts'] };
}

export function commune(
  districtNo: string,
  n: string,
  kind: 'commune' | 'ward' | 'township',
  vi: string,
  en: string,
  date: string = START,
): CreateOp {
  return {
    op: 'create',
    date,
    code: `${P}.${districtNo}.${n}`,
    kind,
    names: placeNames(vi, en),
    parent: `${P}.${districtNo}`,
    groups: ['communes'],
  };
}

/** Old communes (closed on 2025-07-01) → one new commune or ward directly under the province. */
export function merge2025(n: string, kind: 'commune' | 'ward', vi: string, en: string, from: string[], note: string): SeedOp {
  return {
    op: 'merge',
    date: '2025-07-01',
    from,
    into: `${P}.${n}`,
    create: { kind, names: placeNames(vi, en), parent: P, groups: ['communes'] },
    note,
  };
}

export const DISTRICT_NOTE =
  'District level abolished from 1 July 2025 (two-tier local government); its communes were reorganised into new communes and wards directly under the province.';

