import type { ProcedureTimesResponse } from '../../../../shared/contracts/procedure-times.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';

type Procedure = ProcedureTimesResponse['procedures'][number];

/** How many procedures the "actual against statutory" chart draws. */
export const CHART_PROCEDURES = 10;

export interface StatutoryBar {
  code: string;
  names: LocalizedNames | null;
  meanWorkingDays: number;
  statutoryDays: number;
}

/**
 * The procedures slowest against their statutory time, in the server's order (`longest`:
 * actual ÷ statutory, highest first), each with its mean and its statutory working days.
 */
export function statutoryBars(data: Pick<ProcedureTimesResponse, 'procedures' | 'longest'>, limit = CHART_PROCEDURES): StatutoryBar[] {
  const byCode = new Map(data.procedures.map((p) => [p.code, p]));
  const bars: StatutoryBar[] = [];
  for (const code of data.longest) {
    const p = byCode.get(code);
    if (p?.meanWorkingDays == null || p.statutoryDays == null) continue;
    bars.push({ code, names: p.names, meanWorkingDays: p.meanWorkingDays, statutoryDays: p.statutoryDays });
    if (bars.length === limit) break;
  }
  return bars;
}

/** Every calendar month (YYYY-MM) from `from`'s to `to`'s, inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const last = to.slice(0, 7);
  for (let month = from.slice(0, 7); month <= last; month = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(month);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/** The mean working days of each month of a `by=month` answer; a month without a resolved dossier is null (a gap in the line, not a zero). */
export function monthlyMeans(data: Pick<ProcedureTimesResponse, 'from' | 'to' | 'groups'>): { month: string; meanWorkingDays: number | null }[] {
  const means = new Map(data.groups.map((g) => [g.key, g.meanWorkingDays]));
  return monthsBetween(data.from, data.to).map((month) => ({ month, meanWorkingDays: means.get(month) ?? null }));
}

/** Whether the procedure's mean time rose against the previous period of the same length. */
export function isRising(p: Pick<Procedure, 'meanWorkingDays' | 'previousMeanWorkingDays'>): boolean {
  return p.meanWorkingDays !== null && p.previousMeanWorkingDays !== null && p.meanWorkingDays > p.previousMeanWorkingDays;
}
