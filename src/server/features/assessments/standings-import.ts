import type { ExternalIndex } from '../../../shared/contracts/standings.ts';
import { PUBLISHED_TABLE_COLUMNS, STANDING_COLUMNS } from '../../../shared/contracts/standings.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { COMPARISON_SETS, type ComponentFigure } from '../../../shared/domain/standings.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Table, TableRow } from '../../platform/files/tables.ts';
import type { NewStanding } from './standings.repository.ts';

/**
 * The two layouts a published table comes in. The year's tables (issue 20) have a row per
 * unit and comparison set — `index,year,comparison_set,unit_code,value,rank,of` — and a row
 * per component naming it (`component`, its `max`); `band` and `source` are optional, the
 * file's name standing for the source. The older layout (issue 5) has a row per standing in
 * the nation's ranking: `unit_code,index_code,year,value,rank,of,band,source`.
 */
function layoutOf(header: readonly string[]) {
  if (header.includes('index_code')) return { required: STANDING_COLUMNS, index: 'index_code', set: null };
  return { required: PUBLISHED_TABLE_COLUMNS, index: 'index', set: 'comparison_set' };
}

const slotKey = (s: { unitId: number; indexCode: string; year: number; comparisonSet: string }) => `${s.unitId}/${s.indexCode}/${s.year}/${s.comparisonSet}`;

/**
 * Checks every row of a published table and returns the standings it holds, components
 * attached to their standing; any bad row fails the whole file (`import_rows_invalid`, each
 * problem with its line and column). `unitIdOf` answers null for a unit that does not exist
 * or is outside the importer's scope.
 */
export async function checkPublishedTable(table: Table, indices: readonly ExternalIndex[], unitIdOf: (code: string) => Promise<number | null>): Promise<NewStanding[]> {
  const layout = layoutOf(table.header);
  const errors: ImportRowError[] = layout.required.filter((c) => !table.header.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
  if (errors.length) throw new AppError('import_rows_invalid', { errors });
  const byCode = new Map(indices.map((i) => [i.code, i]));
  const standings = new Map<string, NewStanding & { components: ComponentFigure[] }>();
  const parts: { line: number; slot: string; figure: ComponentFigure; row: TableRow }[] = [];

  for (const row of table.rows) {
    const { line, values: v } = row;
    const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
    const unitId = await unitIdOf(v.unit_code ?? '');
    if (unitId === null) fail('unit_code', 'unit_out_of_scope');
    const index = byCode.get(v[layout.index] ?? '');
    if (!index) fail(layout.index, 'unknown_index');
    const comparisonSet = layout.set ? (v[layout.set] ?? '') : 'nation';
    if (!(COMPARISON_SETS as readonly string[]).includes(comparisonSet)) fail(layout.set!, 'unknown_comparison_set');
    if (!/^\d{4}$/.test(v.year ?? '')) fail('year', 'not_a_whole_number');
    const number = (f: string) => (v[f] ? (Number.isNaN(Number(v[f])) ? (fail(f, 'not_a_number'), null) : Number(v[f])) : null);
    const value = number('value');
    if (!v.value) fail('value', 'not_a_number');
    const whole = (f: string) => (v[f] ? (/^\d+$/.test(v[f]!) && Number(v[f]) > 0 ? Number(v[f]) : (fail(f, 'not_a_whole_number'), null)) : null);
    const [rank, of] = [whole('rank'), whole('of')];
    if (rank !== null && of === null && !errors.some((e) => e.line === line && e.field === 'of')) fail('of', 'required'); // a rank without its N is never stored
    if (rank !== null && of !== null && rank > of) fail('rank', 'rank_above_of');
    const component = v.component ?? '';
    if (component && index && !index.components.some((c) => c.key === component)) fail('component', 'unknown_component');
    const max = component ? number('max') : null;
    if (layout.set === null && !v.source) fail('source', 'required');
    if (errors.some((e) => e.line === line)) continue;

    const slot = { unitId: unitId!, indexCode: index!.code, year: Number(v.year), comparisonSet };
    if (component) {
      parts.push({ line, slot: slotKey(slot), figure: { key: component, value: value!, max, rank, of }, row });
      continue;
    }
    if (standings.has(slotKey(slot))) {
      fail('unit_code', 'duplicate_row');
      continue;
    }
    const source = v.source || table.fileName || `${slot.indexCode} ${slot.year}`;
    standings.set(slotKey(slot), { ...slot, value: value!, rank, of, band: v.band || null, source, components: [] });
  }
  for (const p of parts) {
    const owner = standings.get(p.slot);
    const fail = (code: string) => errors.push({ line: p.line, field: 'component', code, value: p.figure.key });
    if (!owner) fail('standing_row_missing');
    else if (owner.components.some((c) => c.key === p.figure.key)) fail('duplicate_row');
    else owner.components.push(p.figure);
  }
  if (errors.length) throw new AppError('import_rows_invalid', { errors: errors.sort((a, b) => a.line - b.line) });
  return [...standings.values()];
}
