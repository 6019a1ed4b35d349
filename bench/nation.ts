/**
 * The nation of the national-size bench (issue 18, bench/national.ts): a country, its 34
 * provinces and centrally-run cities, each with 20 departments and 97 or 98 communes and
 * wards — 3,321 communes, as Viet Nam has had since 2025-07-01 — created through the
 * product's own units-file import, and the generator's view of it (the same `Province` shape
 * bench/province.ts builds for the demo province, so `dossiers()` generates the nation's
 * dossiers with the same distributions).
 *
 * The tree is the two-tier one for the whole span: the reforms of 2025 are the single-province
 * bench's subject (bench/scenario.ts); here the subject is size. Names are the kinds' names in
 * each of the five languages followed by a number, not made-up official names.
 */
import type { Services } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { DEFAULT_KINDS } from '../src/server/features/units/kinds.ts';
import type { Table, TableRow } from '../src/server/platform/files/tables.ts';
import { LOCALES } from '../src/shared/locales.ts';
import { catalogue, dayNumber, hashOf, levelOf, normal, Picker, rngOf, SHARE, type BenchProcedure, type Level, type Province, type UnitChoice } from './province.ts';

export const NATION = { root: 'VN', provinces: 34, departments: 20, communes: 3321 } as const;
/** Before the generated span (bench/scenario.ts SPAN), so every unit is open on every day of it. */
const VALID_FROM = '2024-01-01';
const ROOT_NAMES = { vi: 'Việt Nam', en: 'Viet Nam', lo: 'ຫວຽດນາມ', km: 'វៀតណាម', th: 'เวียดนาม' };

const pad = (n: number, width: number) => String(n).padStart(width, '0');
export const provinceCode = (p: number) => `N${pad(p, 2)}`;
/** Communes per province: 3,321 over 34, the first ones one more. */
export const communesOf = (p: number) => Math.floor(NATION.communes / NATION.provinces) + (p <= NATION.communes % NATION.provinces ? 1 : 0);

/** The units file of the nation: code, parent_code, kind, name (Vietnamese), valid_from, valid_to, name_<locale>. */
export function nationTable(): Table {
  const kindNames = new Map(DEFAULT_KINDS.map((k) => [k.code, k.names]));
  const header = ['code', 'parent_code', 'kind', 'name', 'valid_from', 'valid_to', ...LOCALES.filter((l) => l !== 'vi').map((l) => `name_${l}`)];
  const rows: TableRow[] = [];
  const add = (code: string, parent: string, kind: string, names: Record<string, string>) =>
    rows.push({ line: rows.length + 2, values: { code, parent_code: parent, kind, name: names.vi!, valid_from: VALID_FROM, valid_to: '', ...Object.fromEntries(LOCALES.filter((l) => l !== 'vi').map((l) => [`name_${l}`, names[l]!])) } });
  const numbered = (kind: string, label: string) => Object.fromEntries(LOCALES.map((l) => [l, `${kindNames.get(kind)![l]} ${label}`]));
  add(NATION.root, '', 'country', ROOT_NAMES);
  for (let p = 1; p <= NATION.provinces; p++) {
    const code = provinceCode(p);
    // Six centrally-run cities, as since 2025-07-01.
    const kind = p <= 6 ? 'city' : 'province';
    add(code, NATION.root, kind, numbered(kind, pad(p, 2)));
    for (let d = 1; d <= NATION.departments; d++) add(`${code}.${pad(d, 2)}`, code, 'department', numbered('department', `${pad(p, 2)}.${pad(d, 2)}`));
    for (let c = 1; c <= communesOf(p); c++) {
      // About one in four a ward; one special zone in a few coastal provinces.
      const kind = c === 1 && p % 11 === 0 ? 'special_zone' : c % 4 === 0 ? 'ward' : 'commune';
      add(`${code}.X${pad(c, 3)}`, code, kind, numbered(kind, `${pad(p, 2)}.${pad(c, 3)}`));
    }
  }
  return { header, rows };
}

/** Creates the nation through the units-file import (all or nothing, audited, ancestry rebuilt once). */
export async function importNation(services: Services): Promise<{ created: number }> {
  const r = await services.unitFiles.importTable(SYSTEM_ACTOR, nationTable(), 'vi');
  return { created: r.created };
}

/** The sector of a department (its last code segment): every province's department of a sector handles the same procedures. */
const sectorOf = (code: string) => code.split('.').pop()!;

export interface Nation extends Province {
  /** the provinces (id, code) and each one's share of the nation's dossiers, largest first */
  provinces: { id: number; code: string; share: number }[];
  /** every unit's share of the nation's dossiers, by code */
  shares: Map<string, number>;
}

/**
 * The generator's view of the nation: the units open on `from` (the tree does not change over
 * the span), weighted. Provinces differ in size (log-normal, σ 0.6: a few very large
 * cities, many small provinces); within a province the levels take the two-tier shares of
 * bench/province.ts and units differ in size as there (log-normal, σ 0.5); procedures are
 * Zipf-distributed per level (a department's by its sector).
 */
export async function nationOf(services: Services, from: string, to: string): Promise<Nation> {
  const tree = await services.units.treeOn(from);
  const sectors = [...new Set(tree.filter((u) => u.kind === 'department').map((u) => sectorOf(u.code)))].sort();
  const { byLevel, all } = catalogue(sectors);
  const zipf = (list: BenchProcedure[]) => new Picker(list, list.map((_, k) => 1 / (k + 1) ** 1.1));
  const pickers = new Map<string, Picker<BenchProcedure>>();
  const proceduresOf = (code: string, level: Level) => {
    const key = level === 'department' ? sectorOf(code) : level === 'commune' ? 'commune+district' : level;
    if (!pickers.has(key)) pickers.set(key, zipf(key === 'commune+district' ? [...byLevel.get('commune')!, ...byLevel.get('district')!] : byLevel.get(key)!));
    return pickers.get(key)!;
  };
  const rootId = tree.find((u) => u.code === NATION.root)!.id;
  const provinceNodes = tree.filter((u) => u.parentId === rootId);
  const provinceSize = new Map(provinceNodes.map((p) => [p.id, Math.exp(0.6 * normal(rngOf(hashOf(`size ${p.code}`))))]));
  const nationSize = [...provinceSize.values()].reduce((a, b) => a + b, 0);
  const items: UnitChoice[] = [];
  const weights: number[] = [];
  const shares = new Map<string, number>();
  for (const p of provinceNodes) {
    const inProvince = tree.filter((u) => u.id === p.id || u.parentId === p.id);
    const provinceShare = provinceSize.get(p.id)! / nationSize;
    for (const level of ['province', 'department', 'commune'] as const) {
      const units = inProvince.filter((u) => levelOf(u.kind) === level);
      const sizes = units.map((u) => Math.exp(0.5 * normal(rngOf(hashOf(u.code)))));
      const sum = sizes.reduce((a, b) => a + b, 0);
      units.forEach((u, i) => {
        const w = (provinceShare * SHARE.twoTier[level] * sizes[i]!) / sum;
        items.push({ id: u.id, code: u.code, procedures: proceduresOf(u.code, level) });
        weights.push(w);
        shares.set(u.code, w);
      });
    }
  }
  // The country itself receives nothing: the picker's weights sum to 1 over the provinces' units.
  const picker = new Picker(items, weights);
  const months = new Map<string, Picker<UnitChoice>>();
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = new Date((dayNumber(`${m}-28`) + 7) * 86_400_000).toISOString().slice(0, 7)) months.set(m, picker);
  const provinces = provinceNodes
    .map((p) => ({ id: p.id, code: p.code, share: provinceSize.get(p.id)! / nationSize }))
    .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
  return { months, procedures: all, provinces, shares };
}

/** The largest commune (by its share of dossiers) of a province: the commune measured. */
export function largestCommune(nation: Nation, province: string): string {
  let best: [string, number] = ['', -1];
  for (const [code, share] of nation.shares) if (code.startsWith(`${province}.X`) && share > best[1]) best = [code, share];
  return best[0];
}
