import { describe, expect, it } from 'vitest';
import type { TimeFigure } from '../../src/shared/contracts/procedure-times.ts';
import { saveTargetRequest } from '../../src/shared/contracts/targets.ts';
import { measuredPeriod, measureOf, reaches, statusOf, targetLine, targetProblems, trendMonths, type TargetDraft } from '../../src/shared/domain/time-targets.ts';

const figure = (f: Partial<TimeFigure>): TimeFigure => ({
  resolved: 40,
  meanWorkingDays: 6.5,
  medianWorkingDays: 6,
  p90WorkingDays: 12,
  withinStatutoryRate: 96.25,
  meanPaid: 150000,
  meanPaidOnline: 75000,
  onlineSaving: 1500000,
  currency: 'VND',
  ...f,
});

describe('the line a target sets', () => {
  it('cuts the baseline by the percentage: 30 % off a mean of 10.00 working days is 7.00', () => {
    expect(targetLine('cut_by_percent', 30, 10)).toBe(7);
  });

  it('rounds the cut line half-up to two decimals on integers', () => {
    // 10.01 × 0.5 = 5.005: half-up gives 5.01 (binary floating point would give 5.00 or 5.004999…)
    expect(targetLine('cut_by_percent', 50, 10.01)).toBe(5.01);
    // 9.99 × 0.875 = 8.74125 → 8.74
    expect(targetLine('cut_by_percent', 12.5, 9.99)).toBe(8.74);
    // fees for online filing halved: 150,000 → 75,000
    expect(targetLine('cut_by_percent', 50, 150000)).toBe(75000);
  });

  it('has no line for a cut whose baseline has no value', () => {
    expect(targetLine('cut_by_percent', 30, null)).toBeNull();
  });

  it('is the value itself for a floor or a ceiling, baseline or not', () => {
    expect(targetLine('at_least', 95, null)).toBe(95);
    expect(targetLine('at_least', 95, 80)).toBe(95);
    expect(targetLine('at_most', 10, 14.2)).toBe(10);
  });
});

describe('reaching a line', () => {
  it('at least 95 %: 95.00 reaches it, 94.99 does not', () => {
    expect(reaches('at_least', 95, 95)).toBe(true);
    expect(reaches('at_least', 96.25, 95)).toBe(true);
    expect(reaches('at_least', 94.99, 95)).toBe(false);
  });

  it('a cut or a ceiling is reached at or under the line', () => {
    expect(reaches('cut_by_percent', 7, 7)).toBe(true);
    expect(reaches('cut_by_percent', 7.01, 7)).toBe(false);
    expect(reaches('at_most', 9.99, 10)).toBe(true);
    expect(reaches('at_most', 10.01, 10)).toBe(false);
  });
});

describe('the status of a target as of a day', () => {
  const cut = { kind: 'cut_by_percent' as const, to: '2026-12-31' };
  const floor = { kind: 'at_least' as const, to: '2026-12-31' };

  it('before the period ends: on track when the value so far reaches the line, off track when not', () => {
    expect(statusOf(cut, 7, 6.5, '2026-06-30')).toBe('on_track');
    expect(statusOf(cut, 7, 7.5, '2026-06-30')).toBe('off_track');
    expect(statusOf(floor, 95, 96.25, '2026-12-30')).toBe('on_track');
    expect(statusOf(floor, 95, 94, '2026-12-30')).toBe('off_track');
  });

  it('on the last day of the period and after: met or missed', () => {
    expect(statusOf(cut, 7, 6.5, '2026-12-31')).toBe('met');
    expect(statusOf(cut, 7, 7.5, '2026-12-31')).toBe('missed');
    expect(statusOf(floor, 95, 95, '2027-03-01')).toBe('met');
    expect(statusOf(floor, 95, 94.99, '2027-03-01')).toBe('missed');
  });

  it('no data without a value so far or without a line, before and after the end', () => {
    expect(statusOf(cut, 7, null, '2026-06-30')).toBe('no_data');
    expect(statusOf(cut, 7, null, '2027-01-01')).toBe('no_data');
    expect(statusOf(cut, null, 6.5, '2026-06-30')).toBe('no_data');
    expect(statusOf(cut, null, 6.5, '2027-01-01')).toBe('no_data');
  });
});

describe('the value a target measures', () => {
  it('reads each measure from the figure', () => {
    const f = figure({});
    expect(measureOf(f, 'mean_working_days')).toBe(6.5);
    expect(measureOf(f, 'within_statutory_rate')).toBe(96.25);
    expect(measureOf(f, 'mean_paid')).toBe(150000);
    expect(measureOf(f, 'online_fee_paid')).toBe(75000);
  });

  it('is null when no dossier was resolved, or nothing was paid', () => {
    expect(measureOf(figure({ resolved: 0, meanWorkingDays: 0 }), 'mean_working_days')).toBeNull();
    expect(measureOf(figure({ meanPaidOnline: null }), 'online_fee_paid')).toBeNull();
  });
});

describe('the days measured and the months of the trend', () => {
  const year = { from: '2026-01-01', to: '2026-12-31' };

  it('measures the period up to the day, nothing before it starts', () => {
    expect(measuredPeriod(year, '2025-12-31')).toBeNull();
    expect(measuredPeriod(year, '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(measuredPeriod(year, '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-03-15' });
    expect(measuredPeriod(year, '2027-02-01')).toEqual(year);
  });

  it('cuts the months so far, the current one up to the day', () => {
    expect(trendMonths(year, '2026-03-15')).toEqual([
      { month: '2026-01', from: '2026-01-01', to: '2026-01-31' },
      { month: '2026-02', from: '2026-02-01', to: '2026-02-28' },
      { month: '2026-03', from: '2026-03-01', to: '2026-03-15' },
    ]);
    expect(trendMonths(year, '2025-06-01')).toEqual([]);
    const all = trendMonths(year, '2027-06-01');
    expect(all).toHaveLength(12);
    expect(all[11]).toEqual({ month: '2026-12', from: '2026-12-01', to: '2026-12-31' });
  });

  it('cuts a period that starts and ends mid-month to its own days', () => {
    expect(trendMonths({ from: '2024-01-10', to: '2024-02-20' }, '2024-12-31')).toEqual([
      { month: '2024-01', from: '2024-01-10', to: '2024-01-31' },
      { month: '2024-02', from: '2024-02-01', to: '2024-02-20' },
    ]);
  });
});

describe('what is wrong with a target', () => {
  const good: TargetDraft = { measure: 'mean_working_days', kind: 'cut_by_percent', value: 30, baselineFrom: '2024-01-01', baselineTo: '2024-12-31', from: '2026-01-01', to: '2026-12-31' };
  const codes = (t: Partial<TargetDraft>) => targetProblems({ ...good, ...t }).map((p) => `${p.field}:${p.code}`);

  it('accepts a cut against a baseline and a floor without one', () => {
    expect(codes({})).toEqual([]);
    expect(codes({ kind: 'at_least', measure: 'within_statutory_rate', value: 95, baselineFrom: null, baselineTo: null })).toEqual([]);
  });

  it('refuses each broken rule on its field', () => {
    expect(codes({ procedureCode: 'P1', field: 'Đất đai' })).toEqual(['field:procedure_or_field']);
    expect(codes({ from: '2026-12-31', to: '2026-01-01' })).toEqual(['to:period_reversed']);
    expect(codes({ baselineFrom: null, baselineTo: null })).toEqual(['baselineFrom:baseline_required', 'baselineTo:baseline_required']);
    expect(codes({ kind: 'at_most', value: 10, baselineTo: null })).toEqual(['baselineTo:baseline_required']);
    expect(codes({ baselineFrom: '2024-12-31', baselineTo: '2024-01-01' })).toEqual(['baselineTo:baseline_reversed']);
    expect(codes({ baselineTo: '2026-01-01' })).toEqual(['baselineTo:baseline_after_start']);
    expect(codes({ measure: 'within_statutory_rate' })).toEqual(['measure:cut_not_lower_better']);
    expect(codes({ value: 100 })).toEqual(['value:percent_range']);
    expect(codes({ value: 0 })).toEqual(['value:percent_range']);
    expect(codes({ kind: 'at_least', measure: 'within_statutory_rate', value: 100.5 })).toEqual(['value:percent_range']);
    expect(codes({ value: 30.125 })).toEqual(['value:decimals']);
  });

  it('is the contract: each problem a validation issue on its field', () => {
    const r = saveTargetRequest.safeParse({ unitCode: 'H99', measure: 'within_statutory_rate', kind: 'cut_by_percent', value: 30, from: '2026-01-01', to: '2026-12-31', names: { vi: 'x' } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`).sort()).toEqual(['baselineFrom:baseline_required', 'baselineTo:baseline_required', 'measure:cut_not_lower_better']);
    const ok = saveTargetRequest.parse({ unitCode: 'H99', measure: 'within_statutory_rate', kind: 'at_least', value: 95, from: '2026-01-01', to: '2026-12-31', names: { vi: 'x' } });
    expect(ok).toMatchObject({ procedureCode: null, field: null, baselineFrom: null, baselineTo: null, description: {} });
  });
});
