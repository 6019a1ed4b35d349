import { addDays, todayIn } from '../../../src/shared/domain/dates.ts';

/**
 * The journeys' servers run on the default PARMON_TIME_ZONE, and the server judges "today",
 * lateness and deadlines on the province's day. The test machine's own day is not that day
 * for seven hours out of twenty-four when it runs in UTC (as CI does), so dates typed in a
 * journey are the province's.
 */
export const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The province's day, `offset` days from today, as YYYY-MM-DD. */
export function provinceDay(offset = 0): string {
  return addDays(todayIn(PROVINCE_TIME_ZONE), offset);
}

/**
 * The month before this one (YYYY-MM) on the test machine's clock, which is the browser's:
 * the month the one-stop pages open on.
 */
export function browserLastMonth(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}
