import { addDays } from './dates.ts';
import { emptyFlow, reportFromFlows, type DailyFlow, type DossierReport } from './dossier-flows.ts';

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

export const emptySums = (day: string): FlowSums => ({ ...emptyFlow(day), eResult: 0, digitised: 0, reusedData: 0, citizenData: 0, feeRequired: 0, paidOnline: 0, dissatisfied: 0 });

/** Flow sums of one group (a unit, a procedure, a month, or a pair of them; the keys not grouped by are null). */
export interface FlowGroup {
  unitId: number | null;
  procedureCode: string | null;
  month: string | null;
  sums: FlowSums;
}

/** Add flow sums into a running total (every counter; the day is left as it is). */
export function addSums(into: FlowSums, more: FlowSums): FlowSums {
  for (const k of Object.keys(into) as (keyof FlowSums)[]) if (k !== 'day') (into[k] as number) += more[k] as number;
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
