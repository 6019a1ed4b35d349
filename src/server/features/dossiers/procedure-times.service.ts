import type { Procedure } from '../../../shared/contracts/dossiers.ts';
import type { ProcedureTimeFigures, ProcedureTimesQuery, ProcedureTimesResponse, TimeFigure, TimeGrouping } from '../../../shared/contracts/procedure-times.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { CURRENCY } from '../../../shared/domain/holidays.data.ts';
import { addTimeSums, costFiguresOf, emptyTimeSums, meanAmount, ratioHalfUp, timeFiguresOf, type TimeSums } from '../../../shared/domain/procedure-times.ts';
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

  /** The period's per-procedure sums, the catalogue and the currency: what every reading starts from. */
  async function read(actor: Actor, q: Omit<ProcedureTimesQuery, 'by'>) {
    const period = periodOf(q);
    // The catalogue is read while the scope is checked: it is the same whoever asks.
    const [scope, catalogue] = await Promise.all([reportScope(actor, q.unit, period.to, q.descendants), catalogueOf()]);
    const [perProcedure, country] = await Promise.all([
      timeSums(deps.db, { unitIds: scope.unitIds, lo: period.from, hi: period.to, by: ['procedure'] }),
      deps.units.countryOf(scope.unit.id, period.to),
    ]);
    return { period, scope, perProcedure, catalogue, currency: CURRENCY[country] };
  }

  /** Totals and each procedure's figures (the previous period's means when given). */
  function figuresOf(r: Awaited<ReturnType<typeof read>>, descendants: boolean, previousMean = new Map<string, TimeSums>()): ProcedureTimeFigures {
    const all = total(r.perProcedure);
    const procedures = [...byKey(r.perProcedure)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, s]) => {
        const p = r.catalogue.get(code);
        const prev = previousMean.get(code);
        return {
          code,
          names: p?.names ?? null,
          statutoryDays: p?.statutoryDays ?? null,
          ...timeFiguresOf(s),
          previousMeanWorkingDays: prev ? ratioHalfUp(prev.workingSum, prev.resolved) : null,
          costs: s.paid || s.savingCents ? [costFiguresOf(s, r.currency)] : [],
        };
      });
    return {
      unit: { code: r.scope.unit.code, names: r.scope.unit.names },
      from: r.period.from,
      to: r.period.to,
      descendants,
      total: timeFiguresOf(all),
      costs: all.paid || all.savingCents ? [costFiguresOf(all, r.currency)] : [],
      procedures,
    };
  }

  return {
    /** What `parmon report procedure-times` prints: totals and each procedure's figures, one read of the time rows. */
    async figures(actor: Actor, q: Omit<ProcedureTimesQuery, 'by'>): Promise<ProcedureTimeFigures> {
      return figuresOf(await read(actor, q), q.descendants);
    },

    /** The page's measures: the figures, a grouping, and the procedures slowest against their statutory time or rising against the period before. */
    async measures(actor: Actor, q: Omit<ProcedureTimesQuery, 'by'> & { by?: TimeGrouping }): Promise<ProcedureTimesResponse> {
      const by = q.by ?? 'procedure';
      const r = await read(actor, q);
      const previous = previousOf(r.period.from, r.period.to);
      const before = await timeSums(deps.db, { unitIds: r.scope.unitIds, lo: previous.from, hi: previous.to, by: ['procedure'], meansOnly: true });
      const figures = figuresOf(r, q.descendants, byKey(before));
      const procedures = figures.procedures;
      return {
        ...figures,
        by,
        groups: await groupsOf(by, r.scope.unitIds, r.period, r.perProcedure, r.catalogue),
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
        medianWorkingDays: f.medianWorkingDays,
        p90WorkingDays: f.p90WorkingDays,
        withinStatutoryRate: f.withinStatutoryRate,
        meanPaid: meanAmount(s.paidCents, s.paid),
        meanPaidOnline: meanAmount(s.paidOnlineCents, s.paidOnline),
        onlineSaving: s.savingCents / 100,
        currency,
      };
    },
  };

  /** The chosen grouping: procedure, field and level from the per-procedure sums; channel and month from their own rows. */
  async function groupsOf(by: TimeGrouping, unitIds: number[], period: { from: string; to: string }, perProcedure: TimeGroup[], catalogue: Map<string, Procedure>): Promise<ProcedureTimesResponse['groups']> {
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
      sums = byKey(await timeSums(deps.db, { unitIds, lo: period.from, hi: period.to, by: ['channel'] }));
    } else {
      sums = byKey(await timeSums(deps.db, { unitIds, lo: period.from, hi: period.to, by: ['month'] }));
    }
    return [...sums]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, s]) => ({ key, names: names.get(key) ?? null, ...timeFiguresOf(s) }));
  }
}

export type ProcedureTimes = ReturnType<typeof createProcedureTimes>;
