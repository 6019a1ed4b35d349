import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/shared/domain/dossier-flows.ts';
import { instantOf, isoInstant, localDayOf } from '../../src/shared/domain/local-time.ts';

describe('dossier timestamps', () => {
  it('reads a time without an offset, or a date alone, as local time in the zone', () => {
    expect(instantOf('2026-09-15', 'Asia/Ho_Chi_Minh')).toBe('2026-09-14T17:00:00.000Z');
    expect(instantOf('2026-09-15 08:30', 'Asia/Ho_Chi_Minh')).toBe('2026-09-15T01:30:00.000Z');
    expect(instantOf('2026-09-15T08:30:00+09:00', 'Asia/Bangkok')).toBe('2026-09-14T23:30:00.000Z');
  });
  it('settles wall times next to a daylight-saving change', () => {
    expect(instantOf('2026-03-29T03:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOf('2026-03-28T12:00', 'Europe/Paris')).toBe('2026-03-28T11:00:00.000Z');
    expect(instantOf('2026-10-25T12:00', 'Europe/Paris')).toBe('2026-10-25T11:00:00.000Z');
  });
  it('refuses what is not a timestamp', () => {
    for (const bad of ['2026-02-30', '2026-09-15T25:00', 'x', '15/09/2026']) expect(instantOf(bad, 'UTC'), bad).toBeNull();
  });
  it('gives the local day of an instant: late evening UTC is the next morning in Hanoi', () => {
    expect(localDateOf('2026-09-14T23:30:00Z', 'Asia/Ho_Chi_Minh')).toBe('2026-09-15');
    expect(localDateOf('2026-09-14T16:59:59Z', 'Asia/Ho_Chi_Minh')).toBe('2026-09-14');
    expect(localDayOf(Date.parse('2026-09-14T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('2026-09-15');
    expect(localDateOf('2026-09-14 23:30', 'Asia/Ho_Chi_Minh')).toBe('2026-09-14');
  });
});

describe('isoInstant', () => {
  it('writes what Date.toISOString writes, across leap years, centuries and day ends', () => {
    const edges = [0, 1, 86_399_999, 86_400_000, 951_782_400_000, 951_868_800_000, 1_709_164_800_000, 4_107_542_400_000, 253_402_300_799_999, -1, 253_402_300_800_000];
    let seed = 20261207;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32) * 253_402_300_800_000;
    const sample = [...edges, ...Array.from({ length: 20_000 }, () => Math.floor(random()))];
    expect(sample.filter((at) => isoInstant(at) !== new Date(at).toISOString())).toEqual([]);
  });
});
