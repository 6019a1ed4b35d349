import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT, ownReport, sumReports, type Report } from './report-rows.ts';

const report = (received: [number, number, number, number], resolved: [number, number, number], pending: [number, number], withdrawn: number): Report => {
  const [carriedOver, online, direct, postal] = received;
  const [early, onTime, late] = resolved;
  const [inTime, overdue] = pending;
  return {
    received: { total: carriedOver + online + direct + postal, carriedOver, online, direct, postal },
    resolved: { total: early + onTime + late, early, onTime, late },
    pending: { total: inTime + overdue, inTime, overdue },
    withdrawn,
    rates: { onTime: 0, online: 0 },
  };
};

describe('sumReports', () => {
  it('adds the counts and recomputes the rates from them, as the server does (30 of 51 → 58.82)', () => {
    const sum = sumReports([report([1, 20, 5, 0], [10, 10, 5], [1, 0], 0), report([0, 10, 15, 0], [5, 5, 16], [0, 0], 0)]);
    expect(sum.received).toEqual({ total: 51, carriedOver: 1, online: 30, direct: 20, postal: 0 });
    expect(sum.resolved).toEqual({ total: 51, early: 15, onTime: 15, late: 21 });
    expect(sum.rates).toEqual({ onTime: 58.82, online: 60 });
    expect(sumReports([])).toEqual(EMPTY_REPORT);
  });
});

describe('ownReport', () => {
  it('is what the total has beyond its children, so that the rows add up to it', () => {
    const children = [report([1, 2, 3, 0], [2, 2, 1], [1, 0], 0), report([0, 4, 0, 1], [3, 0, 0], [1, 1], 0)];
    const own = report([2, 5, 0, 0], [4, 1, 0], [1, 0], 1);
    const total = sumReports([...children, own]);
    expect(ownReport(total, children)).toEqual(sumReports([own]));
  });

  it('is left out when the unit handled nothing itself, or has no rows below it', () => {
    const children = [report([1, 2, 3, 0], [2, 2, 1], [1, 0], 0)];
    expect(ownReport(sumReports(children), children)).toBeNull();
    expect(ownReport(sumReports(children), [])).toBeNull();
  });
});
