import type { TargetStatusView } from '../../../shared/contracts/targets.ts';

/**
 * The targets whose line a chart of a unit's mean working days can draw: set on that unit for
 * all its procedures (not one procedure or field, not a unit under it), on mean working days,
 * with a line (a cut's baseline had dossiers).
 */
export function meanDaysLines(targets: readonly TargetStatusView[], unitCode: string): TargetStatusView[] {
  return targets.filter((t) => t.unit.code === unitCode && t.measure === 'mean_working_days' && t.procedureCode === null && t.field === null && t.target !== null);
}
