import { ENTERED_INDICATORS, SERVICE_INDEX_COUNT_COLUMNS, serviceIndexPeriod, type ServiceIndexRanking, type ServiceIndexResult, type ServiceIndexTrend } from '../../../shared/contracts/service-index.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { parsePeriod, type Period } from '../../../shared/domain/periods.ts';
import type { Counts } from '../../../shared/domain/service-index.ts';
import { rankServiceIndex } from '../../../shared/domain/service-index-entered.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { Table } from '../../platform/files/tables.ts';
import { addSums, emptySums, reportOf, sumGroups, type FlowSums } from '../../../shared/domain/flow-sums.ts';
import { flowSums } from './dossier-flows.repository.ts';
import type { DossiersDeps } from './dossiers-deps.ts';
import { listProcedures } from './procedures.repository.ts';
import { createReportScope } from './report-scope.ts';
import { scoredIndex } from './service-index-inputs.ts';
import { countsFor, saveCounts, type EnteredCount } from './service-index.repository.ts';


function calendarPeriod(text: string): Period {
  const p = serviceIndexPeriod.safeParse(text).success ? parsePeriod(text) : null;
  if (!p) throw new AppError('invalid_period', { period: text });
  return p;
}


/**
 * The national service index (Decision 766) of a unit with its subtree, for a month, quarter
 * or year, computed from the dossiers' flow rows, the catalogue, and counts entered per
 * period (service-index-inputs.ts says which is which). Scoring is shared/domain/service-index.ts.
 */
export function createServiceIndex(deps: DossiersDeps) {
  const reportScope = createReportScope(deps);

  /** Scores of several unit sets for one period from four flow queries. */
  async function scoreSets(sets: { unitIds: number[]; countsUnitId: number }[], period: Period) {
    const all = [...new Set(sets.flatMap((s) => s.unitIds))];
    const before = await flowSums(deps.db, { unitIds: all, lo: null, hi: addDays(period.from, -1), by: ['unit'] });
    const within = await flowSums(deps.db, { unitIds: all, lo: period.from, hi: period.to, by: ['unit'] });
    const byProcedure = await flowSums(deps.db, { unitIds: all, lo: period.from, hi: period.to, by: ['unit', 'procedure'] });
    const catalogue = await listProcedures(deps.db);
    const entered = await countsFor(deps.db, sets.map((s) => s.countsUnitId), [period.label]);
    return sets.map((s) => {
      const ids = new Set(s.unitIds);
      const w = sumGroups(within, (g) => ids.has(g.unitId!));
      const perProcedure = new Map<string, FlowSums>();
      for (const g of byProcedure) if (ids.has(g.unitId!)) perProcedure.set(g.procedureCode!, addSums(perProcedure.get(g.procedureCode!) ?? emptySums(''), g.sums));
      const counts = new Map<string, Counts>(entered.filter((e) => e.unitId === s.countsUnitId).map((e) => [e.indicator, { numerator: e.numerator, denominator: e.denominator }]));
      return scoredIndex({ report: reportOf(sumGroups(before, (g) => ids.has(g.unitId!)), w, period), within: w, withinByProcedure: perProcedure, catalogue, entered: counts });
    });
  }

  async function compute(actor: Actor, unitCode: string, periodText: string): Promise<ServiceIndexResult> {
    const period = calendarPeriod(periodText);
    const scope = await reportScope(actor, unitCode, period.to, true);
    const [scored] = await scoreSets([{ unitIds: scope.unitIds, countsUnitId: scope.unit.id }], period);
    return { unit: { code: scope.unit.code, names: scope.unit.names }, period: period.label, from: period.from, to: period.to, provisional: period.to >= deps.today(), ...scored! };
  }

  return {
    compute,

    /**
     * The unit's children ranked by their index (standard competition ranking: 1, 2, 2, 4);
     * children with counts not entered are listed after them, unranked (rankServiceIndex).
     */
    async ranking(actor: Actor, unitCode: string, periodText: string): Promise<ServiceIndexRanking> {
      const period = calendarPeriod(periodText);
      const scope = await reportScope(actor, unitCode, period.to, true);
      const scored = await scoreSets(scope.children.map((c) => ({ unitIds: c.unitIds, countsUnitId: c.id })), period);
      const rows = scope.children.map((c, i) => ({ unit: { code: c.code, names: c.names }, s: scored[i]! }));
      const ranked = rankServiceIndex(rows, (r) => r.s.total, (r) => r.s.notEntered.indicators.length > 0, (a, b) => a.unit.code.localeCompare(b.unit.code));
      return {
        period: period.label,
        units: ranked.map(({ item, rank, of }) => ({ unit: item.unit, total: item.s.total, band: item.s.band, rank, of, notEntered: item.s.notEntered.indicators, groups: item.s.groups.map((g) => ({ key: g.key, score: g.score })) })),
      };
    },

    /**
     * The last `months` calendar months up to `until`, on the tree of that last month: four
     * queries for the whole trend (flows before it, per month, per procedure and month).
     */
    async trend(actor: Actor, unitCode: string, until: string, months: number): Promise<ServiceIndexTrend> {
      const periods: Period[] = [];
      for (let d = `${until}-01`, i = 0; i < months; i++, d = addDays(d, -1).slice(0, 7) + '-01') periods.unshift(calendarPeriod(d.slice(0, 7)));
      const [first, last] = [periods[0]!, periods[periods.length - 1]!];
      const scope = await reportScope(actor, unitCode, last.to, true);
      const q = { unitIds: scope.unitIds, lo: first.from, hi: last.to };
      const [before] = await flowSums(deps.db, { ...q, lo: null, hi: addDays(first.from, -1), by: [] });
      const perMonth = await flowSums(deps.db, { ...q, by: ['month'] });
      const perProcedure = await flowSums(deps.db, { ...q, by: ['procedure', 'month'] });
      const catalogue = await listProcedures(deps.db);
      const entered = await countsFor(deps.db, [scope.unit.id], periods.map((p) => p.label));
      let running = before?.sums ?? emptySums('');
      const out = periods.map((period) => {
        const within = perMonth.find((g) => g.month === period.label)?.sums ?? emptySums('');
        const withinByProcedure = new Map(perProcedure.filter((g) => g.month === period.label).map((g) => [g.procedureCode!, g.sums]));
        const counts = new Map<string, Counts>(entered.filter((e) => e.period === period.label).map((e) => [e.indicator, { numerator: e.numerator, denominator: e.denominator }]));
        const s = scoredIndex({ report: reportOf(running, within, period), within, withinByProcedure, catalogue, entered: counts });
        running = addSums({ ...running }, within);
        return { period: period.label, total: s.total, band: s.band, groups: s.groups.map((g) => ({ key: g.key, score: g.score })) };
      });
      return { unit: { code: scope.unit.code, names: scope.unit.names }, months: out };
    },

    /** Counts for indicators that do not come from dossiers: unit_code,period,indicator,numerator,denominator. */
    async importCounts(actor: Actor, table: Table): Promise<{ saved: number }> {
      const errors: ImportRowError[] = SERVICE_INDEX_COUNT_COLUMNS.filter((c) => !table.header.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      const ids = new Map<string, number | null>();
      const rows: EnteredCount[] = [];
      for (const { line, values: v } of table.rows) {
        const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
        const code = v.unit_code ?? '';
        if (!ids.has(code)) {
          const id = await deps.units.idOf(code).catch(() => null);
          const may = await deps.units.accessTo({ actor, permission: 'dossiers.manage', unitIds: [id] });
          ids.set(code, may(id) ? id : null);
        }
        const unitId = ids.get(code);
        if (unitId === null || unitId === undefined) fail('unit_code', code ? 'unit_out_of_scope' : 'required');
        if (!serviceIndexPeriod.safeParse(v.period ?? '').success) fail('period', 'invalid_period');
        if (!(ENTERED_INDICATORS as readonly string[]).includes(v.indicator ?? '')) fail('indicator', 'unknown_indicator');
        const [n, d] = [v.numerator ?? '', v.denominator ?? ''];
        if (!/^\d+$/.test(n)) fail('numerator', 'not_a_whole_number');
        if (!/^\d+$/.test(d)) fail('denominator', 'not_a_whole_number');
        else if (Number(n) > Number(d)) fail('numerator', 'more_than_denominator');
        if (errors.some((e) => e.line === line)) continue;
        rows.push({ unitId: unitId!, period: v.period!, indicator: v.indicator!, numerator: Number(n), denominator: Number(d) });
      }
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      return inTransaction(deps.db, async (tx) => {
        await saveCounts(tx, rows);
        await appendAudit(tx, actor, { action: 'service_index.counts_import', entity: 'service_index_counts', after: { rows: rows.length } });
        return { saved: rows.length };
      });
    },
  };
}

export type ServiceIndex = ReturnType<typeof createServiceIndex>;
