import { addDays } from './dates.ts';

/**
 * The grains of pre-aggregated rows (issue 17's time rows): a day, or a month, quarter or
 * year dated its first day. A period is read as few rows as possible: whole years inside it,
 * then whole quarters, then whole months, and days at the ragged ends.
 */
export type Grain = 'd' | 'm' | 'q' | 'y';

/** Rows of one grain dated in [from, before). */
export interface GrainSpan {
  grain: Grain;
  from: string;
  before: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the period of `months` months (1, 3 or 12) holding `day`, `shift` periods later. */
function periodStart(day: string, months: number, shift = 0): string {
  const index = Number(day.slice(0, 4)) * 12 + Math.floor((Number(day.slice(5, 7)) - 1) / months) * months + shift * months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}-01`;
}

const LONGER: { grain: Exclude<Grain, 'd'>; months: number }[] = [
  { grain: 'y', months: 12 },
  { grain: 'q', months: 3 },
  { grain: 'm', months: 1 },
];

function cover(lo: string, before: string, grains: typeof LONGER, spans: GrainSpan[]): void {
  if (lo >= before) return;
  const [g, ...finer] = grains;
  if (!g) {
    spans.push({ grain: 'd', from: lo, before });
    return;
  }
  const first = periodStart(lo, g.months) === lo ? lo : periodStart(lo, g.months, 1);
  const last = periodStart(before, g.months);
  if (first >= last) return cover(lo, before, finer, spans);
  spans.push({ grain: g.grain, from: first, before: last });
  cover(lo, first, finer, spans);
  cover(last, before, finer, spans);
}

/**
 * The spans of rows that cover the days [lo, hi] exactly once, coarsest first. With
 * `monthly`, months and days only (a grouping by month needs month rows; the flows keep no
 * longer grains).
 */
export function coveringSpans(lo: string, hi: string, monthly = false): GrainSpan[] {
  const spans: GrainSpan[] = [];
  cover(lo, addDays(hi, 1), monthly ? LONGER.slice(2) : LONGER, spans);
  return spans;
}
