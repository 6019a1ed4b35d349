import type { Procedure } from '../../../shared/contracts/dossiers.ts';
import type { ProcedureTimesQuery, ProcedureTimesResponse, TimeFigure, TimeGrouping } from '../../../shared/contracts/procedure-times.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { CURRENCY } from '../../../shared/domain/holidays.data.ts';
import { addTimeSums, costFiguresOf, emptyTimeSums, percentileDays, ratioHalfUp, timeFiguresOf, type TimeSums } from '../../../shared/domain/procedure-times.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { periodOf, UNKNOWN_PROCEDURE_FIELD } from './dossier-report.service.ts';
import { timeSums, type TimeGroup } from './dossier-times.repository.ts';
import type { DossiersDeps } from './dossiers-deps.ts';
import { listProcedures } from './procedures.repository.ts';
import { createReportScope } from './report-scope.ts';

/** How many procedures the "longest" and "rising" lists name. */
const LISTED = 10;

/** Sums of groups by key; keys left with no resolved dossier (rows a correction emptied) are dropped. */
function byKey(groups: TimeGroup[], keyOf: (g: TimeGroup) => string = (g) => g.key ?? ''): Map<string, TimeSums> {
  const out = new Map<string, TimeSums>();
  for (const g of groups) addTimeSums(out.get(keyOf(g)) ?? out.set(keyOf(g), emptyTimeSums()).get(keyOf(g))!, g.sums);
  for (const [key, s] of out) if (s.resolved === 0) out.delete(key);
  return out;
}
const total = (groups: TimeGroup[]) => groups.reduce((s, g) => addTimeSums(s, g.sums), emptyTimeSums());

/** The period of the same length just before [from, to]. */
function previousOf(from: string, to: string): { from: string; to: string } {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return { from: addDays(from, -days - 1), to: addDays(from, -1) };
}

/**
 * Procedure time and cost (issue 17): a unit's (and its subtree's) resolved dossiers over a
 * period, in working days against the statutory time, and what was paid. Read from the time
 * rows (dossier_times), never the dossiers: a few small queries whatever their number.
 */
export function createProcedureTimes(deps: DossiersDeps) {
  const reportScope = createReportScope(deps);

  async function catalogueOf(): Promise<Map<string, Procedure>> {
    return new Map((await listProcedures(deps.db)).map((p) => [p.code, p]));
  }

  return {
    async measures(actor: Actor, q: Omit<ProcedureTimesQuery, 'by'> & { by?: TimeGrouping }): Promise<ProcedureTimesResponse> {
      const period = periodOf(q);
      const by = q.by ?? 'procedure';
      const scope = await reportScope(actor, q.unit, period.to, q.descendants);
      const base = { unitIds: scope.unitIds, lo: period.from, hi: period.to };
      const previous = previousOf(period.from, period.to);
      const [perProcedure, perChannel, before, catalogue] = await Promise.all([
        timeSums(deps.db, { ...base, by: ['procedure'] }),
        timeSums(deps.db, { ...base, by: ['channel'] }),
        timeSums(deps.db, { ...base, lo: previous.from, hi: previous.to, by: ['procedure'], meansOnly: true }),
        catalogueOf(),
      ]);
      const currency = CURRENCY[await deps.units.countryOf(scope.unit.id, period.to)];
      const all = total(perChannel);
      const previousMean = byKey(before);
      const procedures = [...byKey(perProcedure)]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, s]) => {
          const p = catalogue.get(code);
          const prev = previousMean.get(code);
          return {
            code,
            names: p?.names ?? null,
            statutoryDays: p?.statutoryDays ?? null,
            ...timeFiguresOf(s),
            previousMeanWorkingDays: prev ? ratioHalfUp(prev.workingSum, prev.resolved) : null,
            costs: s.paid || s.savingCents ? [costFiguresOf(s, currency)] : [],
          };
        });
      const groups = await groupsOf(by, scope.unitIds, period, perProcedure, perChannel, catalogue);
      return {
        unit: { code: scope.unit.code, names: scope.unit.names },
        from: period.from,
        to: period.to,
        descendants: q.descendants,
        total: timeFiguresOf(all),
        costs: all.paid || all.savingCents ? [costFiguresOf(all, currency)] : [],
        by,
        groups,
        procedures,
        longest: procedures.filter((p) => p.statutoryRatio !== null).sort((a, b) => b.statutoryRatio! - a.statutoryRatio! || a.code.localeCompare(b.code)).slice(0, LISTED).map((p) => p.code),
        rising: procedures
          .filter((p) => p.meanWorkingDays !== null && p.previousMeanWorkingDays !== null && p.meanWorkingDays > p.previousMeanWorkingDays)
          .sort((a, b) => b.meanWorkingDays! - b.previousMeanWorkingDays! - (a.meanWorkingDays! - a.previousMeanWorkingDays!) || a.code.localeCompare(b.code))
          .slice(0, LISTED)
          .map((p) => p.code),
      };
    },

    /** One figure of a set of units (already scoped by the caller) for a target. */
    async figure(q: { unitIds: number[]; from: string; to: string; procedures?: string[] }): Promise<TimeFigure> {
      const groups = await timeSums(deps.db, { unitIds: q.unitIds, lo: q.from, hi: q.to, by: [], ...(q.procedures ? { procedures: q.procedures } : {}) });
      const s = total(groups);
      const f = timeFiguresOf(s);
      const currency = q.unitIds.length ? CURRENCY[await deps.units.countryOf(q.unitIds[0]!, q.to)] : null;
      return {
        resolved: s.resolved,
        meanWorkingDays: f.meanWorkingDays,
        medianWorkingDays: percentileDays(s.histogram, 0.5),
        p90WorkingDays: percentileDays(s.histogram, 0.9),
        withinStatutoryRate: f.withinStatutoryRate,
        meanPaid: costFiguresOf(s, currency ?? '').meanPaid,
        meanPaidOnline: s.paidOnline ? Math.floor((2 * s.paidOnlineCents + s.paidOnline) / (2 * s.paidOnline)) / 100 : null,
        onlineSaving: s.savingCents / 100,
        currency,
      };
    },
  };

  /** The chosen grouping: procedure, field and level from the per-procedure sums; channel and month from their own rows. */
  async function groupsOf(by: TimeGrouping, unitIds: number[], period: { from: string; to: string }, perProcedure: TimeGroup[], perChannel: TimeGroup[], catalogue: Map<string, Procedure>): Promise<ProcedureTimesResponse['groups']> {
    const names = new Map<string, LocalizedNames | null>();
    let sums: Map<string, TimeSums>;
    if (by === 'procedure') {
      sums = byKey(perProcedure);
      for (const code of sums.keys()) names.set(code, catalogue.get(code)?.names ?? null);
    } else if (by === 'field') {
      sums = byKey(perProcedure, (g) => catalogue.get(g.key!)?.field ?? UNKNOWN_PROCEDURE_FIELD);
      for (const p of catalogue.values()) names.set(p.field, { ...p.fieldNames, ...names.get(p.field) });
    } else if (by === 'level') {
      sums = byKey(perProcedure, (g) => catalogue.get(g.key!)?.level ?? '');
    } else if (by === 'channel') {
      sums = byKey(perChannel);
    } else {
      sums = byKey(await timeSums(deps.db, { unitIds, lo: period.from, hi: period.to, by: ['month'] }));
    }
    return [...sums]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, s]) => ({ key, names: names.get(key) ?? null, ...timeFiguresOf(s) }));
  }
}

export type ProcedureTimes = ReturnType<typeof createProcedureTimes>;
