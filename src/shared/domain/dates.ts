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
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today's date in a time zone (the configured one on the server, the browser's in the web app). */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Validity ranges are inclusive at both ends; an open end is `null`. */
export function isValidOn(range: { validFrom: IsoDate; validTo: IsoDate | null }, date: IsoDate): boolean {
  return range.validFrom <= date && (range.validTo === null || date <= range.validTo);
}
