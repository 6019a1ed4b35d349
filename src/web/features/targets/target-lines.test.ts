import { describe, expect, it } from 'vitest';
import type { TargetStatusView } from '../../../shared/contracts/targets.ts';
import { meanDaysLines } from './target-lines.ts';

const target = (over: Partial<TargetStatusView>): TargetStatusView => ({
  id: 1, unit: { code: 'H99', names: { vi: 'Tỉnh' } }, procedureCode: null, field: null, measure: 'mean_working_days', kind: 'cut_by_percent', value: 10,
  baselineFrom: '2024-01-01', baselineTo: '2024-12-31', from: '2026-01-01', to: '2026-12-31', names: { vi: 'Giảm 10%' }, description: {},
  baseline: 2.3, target: 2.07, measuredFrom: '2026-01-01', measuredTo: '2026-12-06', current: 2.1, resolved: 100, currency: null, status: 'off_track', trend: [],
  ...over,
} as TargetStatusView);

describe('the target lines a chart of mean working days draws', () => {
  it("keeps the unit's own targets on all its procedures' mean working days that have a line", () => {
    const list = [
      target({ id: 1 }),
      target({ id: 2, procedureCode: '1.004227' }),
      target({ id: 3, field: 'Đất đai' }),
      target({ id: 4, unit: { code: 'H99.03', names: { vi: 'Sở' } } }),
      target({ id: 5, measure: 'within_statutory_rate', kind: 'at_least', target: 95 }),
      target({ id: 6, target: null }),
    ];
    expect(meanDaysLines(list, 'H99').map((t) => t.id)).toEqual([1]);
  });
});
