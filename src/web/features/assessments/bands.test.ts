import { describe, expect, it } from 'vitest';
import { bandTones, heatColor, toneOf } from './bands.ts';

describe('bandTones', () => {
  const A = { code: 'A', minPercent: 90 };
  const B = { code: 'B', minPercent: 80 };
  const C = { code: 'C', minPercent: 65 };

  it('lights the best band green, the next yellow, the others orange, and no band red', () => {
    const tones = bandTones([C, A, B]);
    expect(Object.fromEntries(tones)).toEqual({ A: 'green', B: 'yellow', C: 'orange' });
    expect(toneOf(tones, null)).toBe('red');
    expect(Object.fromEntries(bandTones([A, B]))).toEqual({ A: 'green', B: 'yellow' });
  });

  it('lights the lowest band red when it starts at 0 % (nothing falls below it)', () => {
    const khanhHoa = [{ code: 'Tốt', minPercent: 85 }, { code: 'Khá', minPercent: 70 }, { code: 'Trung bình', minPercent: 50 }, { code: 'Yếu', minPercent: 0 }];
    expect(Object.fromEntries(bandTones(khanhHoa))).toEqual({ Tốt: 'green', Khá: 'yellow', 'Trung bình': 'orange', Yếu: 'red' });
    expect(Object.fromEntries(bandTones([A, { code: 'B', minPercent: 0 }]))).toEqual({ A: 'green', B: 'yellow' });
  });

  it('reads a band the round does not define as red', () => {
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
