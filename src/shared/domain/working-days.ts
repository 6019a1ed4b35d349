import { isIsoDate, type IsoDate } from './dates.ts';

/**
 * Working days per country (issue 17). Statutory times of administrative procedures are in
 * working days; a dossier's processing time is counted in the same unit, so that it can be
 * set against the statutory time.
 *
 * A calendar is built once from a country's rules — weekly rest days, days off (public
 * holidays, the compensatory and bridging days the government announces) and declared
 * working days (a Saturday or Sunday worked in exchange for a bridging day off) — into a
 * prefix count of working days by day number over the range the rules cover. Every count
 * after that is O(1) and `addWorkingDays` is O(log n): issue 17 counts millions of dossiers.
 * Outside the covered range only the weekly rest days apply (no holiday is known there).
 *
 * The convention (one rule, used everywhere):
 *   workingDaysBetween(received, resolved) = the working days AFTER the day of receipt, up
 *   to and INCLUDING the day of resolution.
 * So a dossier received on Monday and resolved on Tuesday took 1 working day; resolved the
 * same day, 0; received on Friday and resolved on Monday, 1. Why:
 * - Vietnamese law counts a time limit in days from the day after the event: the Civil Code
 *   2015 (91/2015/QH13), Art. 147(1), "the first day of the period is not counted; it starts
 *   on the day after the day the event occurred", and its end is the end of the last day
 *   (Art. 148). The one-stop mechanism (Decree 61/2018/NĐ-CP) sets the promised day of
 *   return from the receipt and the procedure's statutory time in working days.
 * - It agrees with how this code base judges a dossier on time: dossier-flows.ts calls a
 *   dossier on time when the day of resolution is not after the promised day. With
 *   `due = addWorkingDays(cal, received, statutoryDays)`, a dossier resolved on a working day
 *   is within its statutory time exactly when `workingDaysBetween(cal, received, resolved)
 *   <= statutoryDays`, i.e. exactly when `resolved <= due`: the two measures never disagree.
 * - A dossier received on a day off (online, at the weekend) starts counting on the next
 *   working day, as a filing received outside office hours does.
 * Resolution before receipt (a source system's error) counts as resolution on the day of
 * receipt — 0 days — as dossier-flows.ts's `contributions` reads a closing before receipt.
 */

/** Day of the week as `Date.getUTCDay()` numbers it: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface CalendarRules {
  /** weekly rest days; Saturday and Sunday in Vietnam's and Laos' state offices */
  weekend: readonly Weekday[];
  /** days the offices are closed that would otherwise be working days (holidays, compensatory and bridging days) */
  daysOff: readonly IsoDate[];
  /** weekly rest days declared working days (a compensatory working Saturday) */
  workingDays: readonly IsoDate[];
}

export interface WorkingCalendar {
  readonly weekend: readonly Weekday[];
  /** first and last day of the range the holidays cover, as day numbers */
  readonly first: number;
  readonly last: number;
  /** prefix[i] = working days in [first, first + i] */
  readonly prefix: Int32Array;
  readonly workingPerWeek: number;
  readonly isRest: readonly boolean[];
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of an ISO date: arithmetic on the string, no time zone. Not checked
 * here (it runs per dossier): dates reach the domain already validated by the contracts.
 */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday (4). */
const weekdayOf = (day: number): Weekday => ((((day + 4) % 7) + 7) % 7) as Weekday;

function checkDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
}

/**
 * Builds the calendar. The covered range runs from 1 January of the earliest year any rule
 * names to 31 December of the latest (or `range` when given, widened to hold every rule).
 */
export function buildWorkingCalendar(rules: CalendarRules, range?: { from: IsoDate; to: IsoDate }): WorkingCalendar {
  const isRest = [0, 1, 2, 3, 4, 5, 6].map((d) => rules.weekend.includes(d as Weekday));
  const workingPerWeek = isRest.filter((r) => !r).length;
  const dated = [...rules.daysOff, ...rules.workingDays];
  dated.forEach(checkDate);
  const off = new Set(rules.daysOff.map(dayNumber));
  const worked = new Set(rules.workingDays.map(dayNumber));
  for (const d of worked) {
    if (off.has(d)) throw new RangeError(`${dateOfDay(d)} is both a day off and a working day`);
    if (!isRest[weekdayOf(d)]) throw new RangeError(`${dateOfDay(d)} is declared a working day but is not a weekly rest day`);
  }
  const years = dated.map((d) => Number(d.slice(0, 4)));
  if (range) {
    checkDate(range.from);
    checkDate(range.to);
  }
  const bounds = [
    ...(years.length ? [dayNumber(`${Math.min(...years)}-01-01`), dayNumber(`${Math.max(...years)}-12-31`)] : []),
    ...(range ? [dayNumber(range.from), dayNumber(range.to)] : []),
  ];
  const first = bounds.length ? Math.min(...bounds) : 0;
  const last = bounds.length ? Math.max(...bounds) : -1;
  const prefix = new Int32Array(Math.max(0, last - first + 1));
  let count = 0;
  for (let d = first; d <= last; d++) {
    const working = worked.has(d) || (!isRest[weekdayOf(d)] && !off.has(d));
    if (working) count++;
    prefix[d - first] = count;
  }
  return { weekend: [...rules.weekend], first, last, prefix, workingPerWeek, isRest };
}

/** Working days in [a, b] by the weekly rule alone (used outside the covered range). */
function weeklyCount(cal: WorkingCalendar, a: number, b: number): number {
  if (b < a) return 0;
  const span = b - a + 1;
  let count = Math.floor(span / 7) * cal.workingPerWeek;
  for (let d = a + Math.floor(span / 7) * 7; d <= b; d++) if (!cal.isRest[weekdayOf(d)]) count++;
  return count;
}

/**
 * A running count W of working days such that W(b) − W(a) = working days in (a, b]. Inside
 * the covered range it is the prefix count; outside, the weekly rule extends it.
 */
function running(cal: WorkingCalendar, day: number): number {
  if (day < cal.first) return -weeklyCount(cal, day + 1, cal.first - 1);
  if (day <= cal.last) return cal.prefix[day - cal.first]!;
  const atLast = cal.last >= cal.first ? cal.prefix[cal.last - cal.first]! : 0;
  return atLast + weeklyCount(cal, cal.last + 1, day);
}

export function isWorkingDay(cal: WorkingCalendar, date: IsoDate): boolean {
  const d = dayNumber(date);
  return running(cal, d) - running(cal, d - 1) === 1;
}

/** Working days after the day of receipt up to and including the day of resolution (see the convention above); 0 if resolved before receipt. */
export function workingDaysBetween(cal: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return b <= a ? 0 : running(cal, b) - running(cal, a);
}

/** Calendar days from receipt to resolution, by the same convention: Monday to Tuesday is 1; 0 if resolved before receipt. */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return Math.max(0, dayNumber(to) - dayNumber(from));
}

/**
 * The n-th working day after `date` (n ≥ 0; n = 0 is `date` itself): the promised day of a
 * procedure of n statutory working days received on `date`. The inverse of
 * workingDaysBetween: workingDaysBetween(cal, d, addWorkingDays(cal, d, n)) = n.
 */
export function addWorkingDays(cal: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  const start = dayNumber(date);
  if (n === 0) return date;
  if (cal.workingPerWeek === 0) throw new RangeError('a calendar without working days');
  const target = running(cal, start) + n;
  // The smallest day t > start with W(t) = target: W is non-decreasing, so binary search.
  let lo = start;
  let hi = start + 7 * n;
  while (running(cal, hi) < target) hi += 7 * n + 366;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (running(cal, mid) >= target) hi = mid;
    else lo = mid;
  }
  return dateOfDay(hi);
}
