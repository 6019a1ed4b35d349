import { describe, expect, it } from 'vitest';
import { bandTones, heatColor, toneOf } from './bands.ts';

describe('bandTones', () => {
  it('lights A green, B yellow and C red when three bands are in use', () => {
    const tones = bandTones(['B', 'A', 'C', null, 'B']);
    expect(Object.fromEntries(tones)).toEqual({ A: 'green', B: 'yellow', C: 'red' });
    expect(toneOf(tones, null)).toBe('red');
  });

  it('keeps B second when no unit reached A', () => {
    expect(Object.fromEntries(bandTones(['B', 'C']))).toEqual({ A: 'green', B: 'yellow', C: 'red' });
  });

  it('with two bands, the second is yellow and only "no band" is red', () => {
    expect(Object.fromEntries(bandTones(['A', 'B']))).toEqual({ A: 'green', B: 'yellow' });
  });

  it('puts orange between yellow and red with four bands, and orders other codes as text', () => {
    expect(Object.fromEntries(bandTones(['D', 'A']))).toEqual({ A: 'green', B: 'yellow', C: 'orange', D: 'red' });
    expect(Object.fromEntries(bandTones(['T2', 'T1', 'T3']))).toEqual({ T1: 'green', T2: 'yellow', T3: 'red' });
  });

  it('reads an unknown band as red', () => {
    expect(toneOf(bandTones([]), 'A')).toBe('red');
  });
});

describe('heatColor', () => {
  it('steps from green (90 % and more) to red (under 50 %)', () => {
    expect([100, 90, 89.99, 80, 65, 50, 49.99, 0].map(heatColor)).toEqual([
      'var(--mantine-color-green-3)',
      'var(--mantine-color-green-3)',
      'var(--mantine-color-lime-2)',
      'var(--mantine-color-lime-2)',
      'var(--mantine-color-yellow-2)',
      'var(--mantine-color-orange-2)',
      'var(--mantine-color-red-2)',
      'var(--mantine-color-red-2)',
    ]);
  });
});
