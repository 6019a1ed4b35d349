/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. A unit's validity, an effective date, an
 * as-of date are local calendar days, never instants, so they are never put through
 * `Date` with a time zone: these helpers do day arithmetic in UTC on purpose.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  // Arithmetic, not Date: imports check millions of these.
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in a time zone (the configured one on the server, the browser's in the web app). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    DAY_FORMATS.set(timeZone, format);
  }
  return format.format(now);
}
/** One formatter per time zone: making one costs more than the request that asks the day (a public form's submission). */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Validity ranges are inclusive at both ends; an open end is `null`. */
export function isValidOn(range: { validFrom: IsoDate; validTo: IsoDate | null }, date: IsoDate): boolean {
  return range.validFrom <= date && (range.validTo === null || date <= range.validTo);
}
