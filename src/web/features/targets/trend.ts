import type { TargetStatusView } from '../../../shared/contracts/targets.ts';

/** The top of a target's chart: its highest month, baseline or line, so that all three are drawn (1 when there is nothing yet). */
export function trendTop(t: Pick<TargetStatusView, 'trend' | 'baseline' | 'target'>): number {
  const values = [...t.trend.map((p) => p.value), t.baseline, t.target].filter((v): v is number => v !== null);
  return Math.max(1, ...values);
}
