import type { ConsolidatedFigures } from '../shared/contracts/consolidated.ts';
import type { DossierReportResponse } from '../shared/contracts/dossiers.ts';
import type { ProcedureTimeFigures, TimeFigures } from '../shared/contracts/procedure-times.ts';
import type { TaskStatistics } from '../shared/contracts/tasks.ts';
import type { LocalizedNames } from '../shared/locales.ts';

/**
 * The JSON objects the `report …` commands print, built in one place so that
 * `report consolidated --json` embeds exactly what `report tasks --json` and
 * `report dossiers --json` print for the same unit and day.
 */

/** `report tasks --json`: the statistics, and what they are of: the unit (null: every unit), the plan, the day. */
export function taskReportObject(s: TaskStatistics, of: { unit: { code: string; names: LocalizedNames } | null; descendants: boolean; plan: string | null; asOf: string }) {
  return { ...s, unit: of.unit, descendants: of.descendants, plan: of.plan, asOf: of.asOf };
}

/** `report dossiers --json`: the report's figures, and what they are of: the unit, the period, the day they were read. */
export function dossierReportObject(r: Pick<DossierReportResponse, 'unit' | 'from' | 'to' | 'descendants' | 'report'>, period: string | null, asOf: string) {
  return { ...r.report, unit: r.unit, period, from: r.from, to: r.to, descendants: r.descendants, asOf };
}

/** `report procedure-times --json` (issue 17's contract): the unit, the period, the totals and each procedure's figures. */
export function procedureTimesObject(r: ProcedureTimeFigures, period: string | null, asOf: string) {
  const figures = (f: TimeFigures) => ({
    resolved: f.resolved,
    meanWorkingDays: f.meanWorkingDays,
    medianWorkingDays: f.medianWorkingDays,
    p90WorkingDays: f.p90WorkingDays,
    withinStatutory: f.withinStatutory,
    withinStatutoryRate: f.withinStatutoryRate,
  });
  return {
    unit: r.unit,
    period: period ?? `${r.from}..${r.to}`,
    from: r.from,
    to: r.to,
    descendants: r.descendants,
    asOf,
    total: figures(r.total),
    procedures: r.procedures.map((p) => ({ code: p.code, statutoryDays: p.statutoryDays, ...figures(p) })),
  };
}

/** `report consolidated --json`: its figures, the task and dossier parts as their own commands print them. */
export function consolidatedReportObject(f: ConsolidatedFigures, period: string | null, today: string) {
  const unit = { code: f.unit.code, names: f.unit.names };
  return {
    unit,
    period: f.period,
    from: f.from,
    to: f.to,
    asOf: f.asOf,
    round: f.round,
    tasks: {
      total: taskReportObject(f.tasks.total, { unit, descendants: true, plan: null, asOf: f.asOf }),
      byPlan: f.tasks.byPlan.map((p) => ({ plan: p.plan, issuingBody: p.issuingBody, ...p.statistics })),
      byIssuingBody: f.tasks.byIssuingBody.map((b) => ({ issuingBody: b.issuingBody, ...b.statistics })),
      byArea: f.tasks.byArea.map((a) => ({ area: a.area, ...a.statistics })),
      key: f.tasks.key,
    },
    dossiers: dossierReportObject({ unit, from: f.from, to: f.to, descendants: true, report: f.dossiers }, period, today),
    serviceIndex: f.serviceIndex,
    assessments: f.assessments,
    standings: f.standings,
    submissions: f.submissions,
    keyUnits: f.keyUnits,
    targets: f.targets,
    proposals: f.proposals,
  };
}
