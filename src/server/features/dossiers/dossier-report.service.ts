import type { DossierReportQuery, DossierReportResponse } from '../../../shared/contracts/dossiers.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { addSums, emptySums, reportOf, sumGroups, type FlowSums } from '../../../shared/domain/flow-sums.ts';
import { monthsOf, parsePeriod, type Period } from '../../../shared/domain/periods.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { dossierFormXlsx } from './dossier-form.ts';
import { flowSums, usedProcedures } from './dossier-flows.repository.ts';
import { lastSnapshotMonth } from './flow-snapshots.repository.ts';
import type { DossiersDeps } from './dossiers-deps.ts';
import { listProcedures } from './procedures.repository.ts';
import { createReportScope } from './report-scope.ts';

export const UNKNOWN_PROCEDURE_FIELD = '';

export function periodOf(q: { period?: string; from?: string; to?: string }): Period {
  const p = q.period ? parsePeriod(q.period) : q.from && q.to && q.from <= q.to ? { from: q.from, to: q.to, label: `${q.from}..${q.to}` } : null;
  if (!p) throw new AppError('invalid_period', { period: q.period ?? null, from: q.from ?? null, to: q.to ?? null });
  return p;
}

/**
 * The one-stop report of a unit (alone or with its subtree) for a period, with breakdowns by
 * child unit, month, field and procedure. Everything is read from the flow rows and their
 * monthly snapshots: a few small queries whatever the number of dossiers or the years of history.
 */
export function createDossierReports(deps: DossiersDeps) {
  const reportScope = createReportScope(deps);

  return {
    reportScope,
    report,
    /** Procedure codes used by dossiers of the unit's subtree but missing from the catalogue, for the secretariat to fix. */
    async unknownProcedures(actor: Actor, unitCode: string): Promise<{ code: string; received: number }[]> {
      const scope = await reportScope(actor, unitCode, deps.today(), true);
      const known = new Set((await listProcedures(deps.db)).map((p) => p.code));
      const used = await usedProcedures(deps.db, scope.unitIds);
      return used.filter((u) => !known.has(u.procedureCode)).map((u) => ({ code: u.procedureCode, received: u.received })).sort((a, b) => b.received - a.received || a.code.localeCompare(b.code));
    },
    /** The report as the official form, in the user's language. */
    formXlsx: async (actor: Actor, q: DossierReportQuery, locale: Locale): Promise<Buffer> => dossierFormXlsx(await report(actor, q), locale, (key, values) => deps.text(locale, key, values), deps.today()),
  };

  async function report(actor: Actor, q: DossierReportQuery): Promise<DossierReportResponse> {
    const period = periodOf(q);
    const [scope, lastSnapshot] = await Promise.all([reportScope(actor, q.unit, q.tree === 'today' ? deps.today() : period.to, q.descendants), lastSnapshotMonth(deps.db)]);
    const base = { unitIds: scope.unitIds, lastSnapshot };
    // Independent reads, sent at once: PostgreSQL runs them on as many connections (PGlite queues them).
    const [before, within, months, split] = await Promise.all([
      flowSums(deps.db, { ...base, stockOnly: true, lo: null, hi: addDays(period.from, -1), by: ['unit'] }),
      flowSums(deps.db, { ...base, lo: period.from, hi: period.to, by: ['unit'] }),
      flowSums(deps.db, { ...base, lo: period.from, hi: period.to, by: ['month'] }),
      q.breakdowns ? breakdowns(base, period) : { byField: [], byProcedure: [] },
    ]);

    const of = (ids: Set<number>) => reportOf(sumGroups(before, (g) => ids.has(g.unitId!)), sumGroups(within, (g) => ids.has(g.unitId!)), period);
    let running = sumGroups(before);
    // Months of a running period that have not begun would show only what is carried into them.
    const byMonth = monthsOf(period)
      .filter((month) => `${month}-01` <= deps.today())
      .map((month) => {
        const from = period.from > `${month}-01` ? period.from : `${month}-01`;
        const last = addDays(`${addDays(`${month}-28`, 7).slice(0, 7)}-01`, -1);
        const sub = { from, to: period.to < last ? period.to : last };
        const m = sumGroups(months, (g) => g.month === month);
        const r = reportOf(running, m, sub);
        running = addSums({ ...running }, m);
        return { month, report: r };
      });
    return {
      unit: { code: scope.unit.code, names: scope.unit.names },
      from: period.from,
      to: period.to,
      descendants: q.descendants,
      report: of(new Set(scope.unitIds)),
      byChild: scope.children.map((c) => ({ unit: { code: c.code, names: c.names }, report: of(new Set(c.unitIds)) })),
      byMonth,
      ...split,
    };
  }

  /** By procedure and by field: the per-procedure rows, each summed once into its code's and its field's totals. */
  async function breakdowns(base: { unitIds: number[]; lastSnapshot: string | null }, period: { from: string; to: string }): Promise<Pick<DossierReportResponse, 'byField' | 'byProcedure'>> {
    const [procBefore, procWithin, procedures] = await Promise.all([
      flowSums(deps.db, { ...base, stockOnly: true, lo: null, hi: addDays(period.from, -1), by: ['procedure'] }),
      flowSums(deps.db, { ...base, lo: period.from, hi: period.to, by: ['procedure'] }),
      listProcedures(deps.db),
    ]);
    const catalogue = new Map(procedures.map((p) => [p.code, p]));
    const fieldOf = (code: string) => catalogue.get(code)?.field ?? UNKNOWN_PROCEDURE_FIELD;
    // A field's names per language, from the catalogue rows that name it.
    const fieldNames = new Map<string, LocalizedNames>();
    for (const p of catalogue.values()) fieldNames.set(p.field, { ...p.fieldNames, ...fieldNames.get(p.field) });
    const sums = { procedure: new Map<string, [FlowSums, FlowSums]>(), field: new Map<string, [FlowSums, FlowSums]>() };
    const add = (map: Map<string, [FlowSums, FlowSums]>, key: string, side: 0 | 1, s: FlowSums) => {
      const pair = map.get(key) ?? map.set(key, [emptySums(''), emptySums('')]).get(key)!;
      addSums(pair[side], s);
    };
    for (const [side, groups] of [[0, procBefore], [1, procWithin]] as const) {
      for (const g of groups) {
        add(sums.procedure, g.procedureCode!, side, g.sums);
        add(sums.field, fieldOf(g.procedureCode!), side, g.sums);
      }
    }
    const sorted = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => a.localeCompare(b));
    return {
      byProcedure: sorted(sums.procedure)
        .map(([code, [b, w]]) => ({ code, names: catalogue.get(code)?.names ?? null, field: catalogue.get(code)?.field ?? null, fieldNames: catalogue.get(code)?.fieldNames ?? {}, report: reportOf(b, w, period) }))
        .filter((p) => p.report.received.total > 0),
      byField: sorted(sums.field)
        .map(([field, [b, w]]) => ({ field, names: fieldNames.get(field) ?? {}, report: reportOf(b, w, period) }))
        .filter((f) => f.report.received.total > 0),
    };
  }
}

export type DossierReports = ReturnType<typeof createDossierReports>;
