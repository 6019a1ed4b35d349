import { describe, expect, it } from 'vitest';
import { rankChange, seriesChanges, standingChange, targetStatus, type StandingFigure } from '../../src/shared/domain/standings.ts';

const figure = (year: number, value: number, rank: number | null, of: number | null, components: StandingFigure['components'] = []): StandingFigure => ({ year, value, rank, of, components });

describe('changes of a published standing', () => {
  it('counts "up 6" for 29 of 63 from 35 of 63, with the points', () => {
    expect(standingChange(figure(2024, 85.78, 29, 63), figure(2023, 83.1, 35, 63))).toEqual({ fromYear: 2023, points: 2.68, places: 6, was: { rank: 35, of: 63 }, components: [] });
  });

  it('counts "up 25" to 22 of 63 and flags the components that fell, with how much', () => {
    const area = (key: string, value: number, rank: number) => ({ key, value, max: 10, rank, of: 63 });
    const now = figure(2024, 88.2, 22, 63, [area('A1', 8.5, 10), area('A2', 6.1, 40), area('A3', 9.02, 5), area('A4', 7.25, 33)]);
    const before = figure(2023, 84.95, 47, 63, [area('A1', 8.0, 20), area('A2', 6.4, 30), area('A3', 8.1, 12), area('A4', 7.3, 31)]);
    const change = standingChange(now, before);
    expect(change.places).toBe(25);
    expect(change.points).toBe(3.25);
    expect(change.components.filter((c) => c.fell)).toEqual([
      { key: 'A2', points: -0.3, fell: true, places: -10, was: { rank: 30, of: 63 } },
      { key: 'A4', points: -0.05, fell: true, places: -2, was: { rank: 31, of: 63 } },
    ]);
    expect(change.components.map((c) => c.key)).toEqual(['A1', 'A2', 'A3', 'A4']);
  });

  it('never compares a rank of 34 with a rank of 63: it says what it was', () => {
    expect(rankChange({ rank: 12, of: 34 }, { rank: 29, of: 63 })).toEqual({ places: null, was: { rank: 29, of: 63 } });
    expect(rankChange({ rank: null, of: null }, { rank: 29, of: 63 })).toEqual({ places: null, was: { rank: 29, of: 63 } });
    expect(rankChange({ rank: 3, of: 63 }, { rank: null, of: null })).toEqual({ places: null, was: null });
  });

  it('compares each year with the latest earlier one, a component only when published both years', () => {
    const changes = seriesChanges([figure(2024, 90, 8, 63, [{ key: 'X', value: 5, max: null, rank: null, of: null }]), figure(2021, 88, 10, 63), figure(2023, 87.04, 32, 63)]);
    expect([...changes.keys()]).toEqual([2021, 2023, 2024]);
    expect(changes.get(2021)).toBeNull();
    expect(changes.get(2023)).toMatchObject({ fromYear: 2021, places: -22, points: -0.96 });
    expect(changes.get(2024)).toMatchObject({ fromYear: 2023, places: 24, points: 2.96, components: [] });
  });
});

describe('a target on an index', () => {
  const top10 = { rankAtMost: 10, valueAtLeast: null };
  it('is met or missed on the year’s published figure', () => {
    expect(targetStatus(top10, figure(2025, 80, 8, 63), null)).toBe('met');
    expect(targetStatus(top10, figure(2025, 80, 10, 63), null)).toBe('met');
    expect(targetStatus(top10, figure(2025, 80, 11, 63), figure(2024, 80, 2, 63))).toBe('missed');
    expect(targetStatus({ rankAtMost: null, valueAtLeast: 85.5 }, figure(2025, 85.5, null, null), null)).toBe('met');
    expect(targetStatus({ rankAtMost: 10, valueAtLeast: 85.5 }, figure(2025, 85.49, 3, 63), null)).toBe('missed');
  });
  it('is at risk or on track before publication, judged on the latest earlier figure', () => {
    expect(targetStatus(top10, null, figure(2024, 80, 12, 63))).toBe('at_risk');
    expect(targetStatus(top10, null, figure(2024, 80, 7, 63))).toBe('on_track');
    expect(targetStatus(top10, null, null)).toBe('no_data');
    expect(targetStatus(top10, figure(2025, 80, null, null), null)).toBe('no_data');
  });
});
