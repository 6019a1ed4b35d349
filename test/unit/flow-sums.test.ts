import { describe, expect, it } from 'vitest';
import { addSums, emptySums, reportOf, sumGroups, type FlowGroup, type FlowSums } from '../../src/shared/domain/flow-sums.ts';

const sums = (over: Partial<FlowSums>): FlowSums => ({ ...emptySums(''), ...over });
const group = (unitId: number, over: Partial<FlowSums>): FlowGroup => ({ unitId, procedureCode: null, month: null, sums: sums(over) });

describe('flow sums', () => {
  it('adds every counter into the running total and leaves its day', () => {
    const total = addSums(sums({ day: '2026-01-01', online: 2, early: 1, digitised: 3 }), sums({ day: '2026-02-01', online: 5, late: 4, digitised: 1 }));
    expect(total).toEqual(sums({ day: '2026-01-01', online: 7, early: 1, late: 4, digitised: 4 }));
  });

  it('sums the groups a filter keeps, or all of them', () => {
    const groups = [group(1, { direct: 3, open: 3 }), group(2, { direct: 10 }), group(3, { postal: 1 })];
    expect(sumGroups(groups, (g) => g.unitId !== 2)).toEqual(sums({ direct: 3, open: 3, postal: 1 }));
    expect(sumGroups(groups).direct).toBe(13);
    expect(sumGroups([])).toEqual(emptySums(''));
  });

  it('reports a period from what was carried into it and what happened within it', () => {
    // 4 received before March, 1 of them resolved then: 3 carried over. In March 6 received
    // online and 5 resolved (4 early, 1 late): 4 pending at the end, 2 of them overdue.
    const before = sums({ direct: 4, open: 3, early: 1 });
    const within = sums({ online: 6, open: 1, early: 4, late: 1, overdue: 2 });
    const report = reportOf(before, within, { from: '2026-03-01', to: '2026-03-31' });
    expect(report.received).toEqual({ total: 9, carriedOver: 3, online: 6, direct: 0, postal: 0 });
    expect(report.resolved).toEqual({ total: 5, early: 4, onTime: 0, late: 1 });
    expect(report.pending).toEqual({ total: 4, inTime: 2, overdue: 2 });
    expect(report.rates).toEqual({ onTime: 80, online: 100 });
  });
});
