import { describe, expect, it } from 'vitest';
import { arcPath, labelStep, linear, niceCeil, polarPoint, ticks } from './scale.ts';

describe('niceCeil', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, -3, 0.3, 1, 1.2, 2.2, 3, 7, 10, 372.25, 1489].map(niceCeil)).toEqual([1, 1, 0.5, 1, 2, 2.5, 5, 10, 10, 500, 2000]);
  });
});

describe('ticks', () => {
  it('covers the maximum in about four nice steps', () => {
    expect(ticks(1489)).toEqual([0, 500, 1000, 1500]);
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(7)).toEqual([0, 2, 4, 6, 8]);
  });

  it('gives whole numbers for counts, and an axis even when everything is zero', () => {
    expect(ticks(3)).toEqual([0, 1, 2, 3]);
    expect(ticks(0)).toEqual([0, 1]);
    expect(ticks(1, 4, false)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('linear', () => {
  it('maps a domain onto a range, upside down for SVG y', () => {
    const y = linear(0, 100, 200, 0);
    expect([y(0), y(50), y(100)]).toEqual([200, 100, 0]);
    expect(linear(5, 5, 10, 20)(5)).toBe(10);
  });
});

describe('labelStep', () => {
  it('thins out labels that would overlap', () => {
    expect(labelStep(60, 40)).toBe(1);
    expect(labelStep(25, 40)).toBe(2);
    expect(labelStep(12, 40)).toBe(4);
    expect(labelStep(0, 40)).toBe(1);
  });
});

describe('arcPath', () => {
  it('draws a quarter ring from 12 to 3 o’clock', () => {
    expect(arcPath(50, 50, 40, 20, 0, Math.PI / 2)).toBe('M 50.00 10.00 A 40 40 0 0 1 90.00 50.00 L 70.00 50.00 A 20 20 0 0 0 50.00 30.00 Z');
  });

  it('draws a full ring as two halves', () => {
    expect(arcPath(50, 50, 40, 20, 0, Math.PI * 2).match(/M /g)).toHaveLength(2);
  });
});

describe('polarPoint', () => {
  it('puts spoke 0 at 12 o’clock and goes clockwise', () => {
    const round = ([x, y]: [number, number]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
    expect(round(polarPoint(50, 50, 40, 0, 4))).toEqual([50, 10]);
    expect(round(polarPoint(50, 50, 40, 1, 4))).toEqual([90, 50]);
    expect(round(polarPoint(50, 50, 40, 2, 4, 0.5))).toEqual([50, 70]);
  });
});
