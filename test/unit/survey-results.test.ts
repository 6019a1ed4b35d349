import { describe, expect, it } from 'vitest';
import { confidenceInterval, overallIndex, pointsFromRate, responseRate, satisfactionRate, type ScaleTally } from '../../src/shared/domain/survey-results.ts';

const tally = (levels: ScaleTally['levels'], noAnswer = 0, respondents = 0): ScaleTally => ({ levels, noAnswer, respondents });

describe('the satisfaction rate: (satisfied + very satisfied) ÷ answers, "no answer" left out', () => {
  it('counts levels 4 and 5 over the answers that gave a level', () => {
    // 40 answers (4 "no answer" not among them), 30 at 4 or 5
    expect(satisfactionRate(tally([2, 3, 5, 20, 10], 4))).toBe(75);
    // 2 of 3 → 66.666… → 66.67
    expect(satisfactionRate(tally([0, 0, 1, 1, 1], 7))).toBe(66.67);
  });

  it('changes nothing when only "no answer" is added', () => {
    expect(satisfactionRate(tally([1, 1, 1, 1, 1], 0))).toBe(satisfactionRate(tally([1, 1, 1, 1, 1], 1000)));
  });

  it('rounds half up on integers: 1 of 20,000 is 0.005 % → 0.01', () => {
    expect(satisfactionRate(tally([19_999, 0, 0, 1, 0]))).toBe(0.01);
  });

  it('has no figure when nobody gave a level', () => {
    expect(satisfactionRate(tally([0, 0, 0, 0, 0], 12))).toBeNull();
  });
});

describe('the overall index', () => {
  const a = tally([2, 3, 5, 20, 10], 4); // 30 of 40: 75 %
  const b = tally([0, 0, 1, 1, 1]); // 2 of 3: 66.67 %

  it('mean of elements: each element alike — (75 % + 66.67 %) ÷ 2 = 70.83 %', () => {
    expect(overallIndex([a, b], 'mean_of_elements')).toBe(70.83);
  });

  it('pooled: each answer alike — 32 of 43 = 74.42 %', () => {
    expect(overallIndex([a, b], 'pooled')).toBe(74.42);
  });

  it('means the exact fractions, not the rounded rates: (25 % + 0.05 %) ÷ 2 = 12.525 → 12.53', () => {
    expect(overallIndex([tally([3, 0, 0, 1, 0]), tally([1999, 0, 0, 0, 1])], 'mean_of_elements')).toBe(12.53);
  });

  it('leaves out the elements nobody answered, and has no figure when none was', () => {
    expect(overallIndex([a, tally([0, 0, 0, 0, 0], 9)], 'mean_of_elements')).toBe(75);
    expect(overallIndex([tally([0, 0, 0, 0, 0], 9)], 'pooled')).toBeNull();
  });
});

describe('the 95 % interval (Wilson, on respondents)', () => {
  it('brackets the rate, narrower with more respondents', () => {
    expect(confidenceInterval(75, 40)).toEqual({ low: 59.81, high: 85.81 });
    expect(confidenceInterval(83.94, 36_525)).toEqual({ low: 83.56, high: 84.31 });
  });

  it('stays within 0–100 % at the edges and has none without respondents', () => {
    expect(confidenceInterval(100, 10)).toEqual({ low: 72.25, high: 100 });
    expect(confidenceInterval(50, 0)).toBeNull();
  });
});

describe('the response rate and the points a survey criterion takes', () => {
  it('is responses ÷ target, none without a target', () => {
    expect(responseRate(300, 385)).toBe(77.92);
    expect(responseRate(12, 0)).toBeNull();
  });

  it('is the rate × the maximum, half up to hundredths: 83.94 % of 3 → 2.52; 50 % of 1.25 → 0.63', () => {
    expect(pointsFromRate(83.94, 3)).toBe(2.52);
    expect(pointsFromRate(50, 1.25)).toBe(0.63);
    expect(pointsFromRate(100, 2.5)).toBe(2.5);
  });
});
