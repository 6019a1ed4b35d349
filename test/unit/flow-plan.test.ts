import { describe, expect, it } from 'vitest';
import { flowPlan, monthOf, planCost } from '../../src/shared/domain/flow-plan.ts';

describe('which rows give the flows of a period (monthly cumulative snapshots)', () => {
  it('steps months across years', () => {
    expect(monthOf('2026-01-17', -1)).toBe('2025-12-01');
    expect(monthOf('2025-12-31', 1)).toBe('2026-01-01');
    expect(monthOf('2026-03-01', -15)).toBe('2024-12-01');
  });

  it('reads flow rows only before the first roll, or grouped by month', () => {
    expect(flowPlan(null, '2026-10-31', null)).toEqual([{ sign: 1, spans: [{ grain: 'm', from: '0001-01-01', before: '2026-11-01' }] }]);
    expect(monthOf('0001-01-01', 1)).toBe('0001-02-01');
    expect(flowPlan('2026-01-01', '2026-12-31', '2026-10-01', true)).toEqual([{ sign: 1, spans: [{ grain: 'm', from: '2026-01-01', before: '2027-01-01' }] }]);
  });

  it('reads everything before a day as one snapshot and the days of its month', () => {
    expect(flowPlan(null, '2026-09-30', '2026-10-01')).toEqual([{ sign: 1, snapshot: '2026-09-01' }]);
    expect(flowPlan(null, '2026-10-06', '2026-10-01')).toEqual([
      { sign: 1, snapshot: '2026-09-01' },
      { sign: 1, spans: [{ grain: 'd', from: '2026-10-01', before: '2026-10-07' }] },
    ]);
  });

  it('adds the months not rolled yet to the last snapshot', () => {
    expect(flowPlan(null, '2026-11-30', '2026-09-01')).toEqual([
      { sign: 1, snapshot: '2026-09-01' },
      { sign: 1, spans: [{ grain: 'm', from: '2026-10-01', before: '2026-12-01' }] },
    ]);
  });

  it('subtracts two totals for a long period, and reads a month or a few days directly', () => {
    expect(flowPlan('2025-01-01', '2025-12-31', '2026-10-01')).toEqual([
      { sign: 1, snapshot: '2025-12-01' },
      { sign: -1, snapshot: '2024-12-01' },
    ]);
    expect(flowPlan('2026-07-01', '2026-09-30', '2026-10-01')).toHaveLength(2);
    expect(flowPlan('2026-10-01', '2026-10-31', '2026-10-01')).toEqual([{ sign: 1, spans: [{ grain: 'm', from: '2026-10-01', before: '2026-11-01' }] }]);
    expect(flowPlan('2026-10-05', '2026-10-20', '2026-10-01')).toEqual([{ sign: 1, spans: [{ grain: 'd', from: '2026-10-05', before: '2026-10-21' }] }]);
  });

  it('reads as many rows for ten years of history as for one', () => {
    const rows = (lo: string | null, hi: string) => planCost(flowPlan(lo, hi, '2036-10-01'));
    expect(rows(null, '2026-10-20')).toBe(rows(null, '2036-10-20'));
    expect(rows('2026-01-01', '2026-12-31')).toBe(rows('2036-01-01', '2036-09-30'));
    expect(rows(null, '2036-10-20')).toBe(1 + 20);
  });
});
