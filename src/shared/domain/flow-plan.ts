import { addDays } from './dates.ts';
import { coveringSpans, type GrainSpan } from './time-grains.ts';

/**
 * Which stored rows give the flow sums of the days [lo, hi] (DESIGN-NOTES §2): flow rows
 * (monthly for whole months, daily for the ragged ends) and monthly cumulative snapshots,
 * each added or subtracted. Everything up to a day is the last snapshot before it plus the
 * days since; a long period is two such totals subtracted. The plan reading the fewest rows
 * per unit and procedure wins, so its cost does not grow with the years of history.
 */
export type FlowTerm = { sign: 1 | -1; snapshot: string } | { sign: 1 | -1; spans: GrainSpan[] };

/** The first day of `day`'s month, `shift` months later. */
export function monthOf(day: string, shift = 0): string {
  const index = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1 + shift;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

const spansTerm = (sign: 1 | -1, lo: string, hi: string): FlowTerm[] => (lo > hi ? [] : [{ sign, spans: coveringSpans(lo, hi, true) }]);

/**
 * Everything up to and including `day`: the snapshot of the last month that ended by then
 * (or of the last month rolled, if that is earlier), plus the flows of the days after it.
 * Snapshots before a pair's first flow do not exist and count as zero, so any month works.
 */
function throughDay(day: string, lastSnapshot: string, sign: 1 | -1): FlowTerm[] {
  const ended = monthOf(addDays(day, 1), -1);
  const month = ended < lastSnapshot ? ended : lastSnapshot;
  return [{ sign, snapshot: month }, ...spansTerm(sign, monthOf(month, 1), day)];
}

/** Rows read per unit and procedure: one per snapshot, month row or day row. */
export function planCost(plan: readonly FlowTerm[]): number {
  let rows = 0;
  for (const t of plan) {
    if ('snapshot' in t) rows += 1;
    else for (const s of t.spans) rows += s.grain === 'd' ? daysBetween(s.from, s.before) : monthsBetween(s.from, s.before);
  }
  return rows;
}

const daysBetween = (from: string, before: string) => Math.round((Date.parse(before) - Date.parse(from)) / 86_400_000);
const monthsBetween = (from: string, before: string) => (Number(before.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(before.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * The plan for [lo, hi] (lo null: since the beginning). `lastSnapshot`: the last month
 * rolled into snapshots (null: none yet, flows only). Sums grouped by month need the month
 * rows themselves (`byMonth`).
 */
export function flowPlan(lo: string | null, hi: string, lastSnapshot: string | null, byMonth = false): FlowTerm[] {
  if (lastSnapshot === null || byMonth) return spansTerm(1, lo ?? '0001-01-01', hi);
  if (lo === null) return throughDay(hi, lastSnapshot, 1);
  const direct = spansTerm(1, lo, hi);
  const difference = [...throughDay(hi, lastSnapshot, 1), ...throughDay(addDays(lo, -1), lastSnapshot, -1)];
  return planCost(difference) < planCost(direct) ? difference : direct;
}
