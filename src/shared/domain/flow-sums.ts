import { addDays } from './dates.ts';
import { reportFromFlows, type DailyFlow, type DossierReport } from './dossier-flows.ts';

/**
 * Sums of dossier flows over units, procedures or months, as the flow rows are read back
 * (ADR 0004): the one-stop report and the service index add them up and turn them into
 * reports the same way, here.
 */

/** Flow counters, including the service-index facts counted on the day of receipt. */
export interface FlowSums extends DailyFlow {
  eResult: number;
  digitised: number;
  reusedData: number;
  citizenData: number;
  feeRequired: number;
  paidOnline: number;
  dissatisfied: number;
}

// One literal with every field (not a spread of emptyFlow): reports build thousands of these, and
// a spread makes objects V8 handles slowly (a CPU profile of the report with breakdowns at 10 M
// dossiers put a third of its time here and in addSums).
export const emptySums = (day: string): FlowSums => ({
  day, online: 0, direct: 0, postal: 0, open: 0, early: 0, onTime: 0, late: 0, withdrawn: 0, overdue: 0,
  eResult: 0, digitised: 0, reusedData: 0, citizenData: 0, feeRequired: 0, paidOnline: 0, dissatisfied: 0,
});
const COUNTERS = Object.keys(emptySums('')).filter((k) => k !== 'day') as Exclude<keyof FlowSums, 'day'>[];

/** Flow sums of one group (a unit, a procedure, a month, or a pair of them; the keys not grouped by are null). */
export interface FlowGroup {
  unitId: number | null;
  procedureCode: string | null;
  month: string | null;
  sums: FlowSums;
}

/** Add flow sums into a running total (every counter; the day is left as it is). */
export function addSums(into: FlowSums, more: FlowSums): FlowSums {
  for (const k of COUNTERS) into[k] += more[k];
  return into;
}

/** The total of the groups that `keep` accepts (all by default). */
export function sumGroups(groups: readonly FlowGroup[], keep: (g: FlowGroup) => boolean = () => true): FlowSums {
  return groups.filter(keep).reduce((s, g) => addSums(s, g.sums), emptySums(''));
}

/** The report for [from, to] from what happened before it and within it (see reportFromFlows). */
export function reportOf(before: FlowSums, within: FlowSums, period: { from: string; to: string }): DossierReport {
  return reportFromFlows([{ ...before, day: addDays(period.from, -1) }, { ...within, day: period.from }], period.from, period.to);
}
