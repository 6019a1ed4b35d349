import { isIsoDate } from './dates.ts';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: offsets in minutes per UTC day (constant that day) or per half-hour (the days it changes). */
const offsets = new Map<string, Map<number, number>>();
const DAY = 86_400_000;
const HALF_HOUR = 1_800_000;

/**
 * Minutes east of UTC of a time zone at an instant. Building an Intl formatter costs tens of
 * microseconds and asking one a few, and a million-row import asks millions of times, so
 * formatters are kept per zone and answers per zone and day when the offset is the same at
 * both ends of the day (offsets change at most twice a year), else per half-hour (offset
 * changes happen on the hour or half-hour).
 */
export function offsetMinutes(timeZone: string, at: number): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  // Day keys are negative (−1 − day), half-hour keys not, so both live in one map.
  const day = Math.floor(at / DAY);
  const daily = zone.get(-1 - day);
  if (daily !== undefined && !Number.isNaN(daily)) return daily;
  if (daily === undefined) {
    const [start, end] = [askOffset(timeZone, day * DAY), askOffset(timeZone, (day + 1) * DAY - 1)];
    if (zone.size > 50_000) zone.clear();
    zone.set(-1 - day, start === end ? start : Number.NaN);
    if (start === end) return start;
  }
  const slot = Math.floor(at / HALF_HOUR);
  const known = zone.get(slot);
  if (known !== undefined) return known;
  const minutes = askOffset(timeZone, at);
  zone.set(slot, minutes);
  return minutes;
}

function askOffset(timeZone: string, at: number): number {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const parts = f.formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return (Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(at / 1000) * 1000) / 60000;
}

/** The local calendar day of an instant (milliseconds) in a time zone. */
export function localDayOf(at: number, timeZone: string): string {
  return new Date(at + offsetMinutes(timeZone, at) * 60000).toISOString().slice(0, 10);
}

/**
 * The instant (ISO 8601, UTC) of a timestamp as dossier files give it: with an offset it is
 * taken as is; without one it is a wall-clock time in `timeZone`; a date alone is that
 * local day's midnight. Null when it is not a valid timestamp.
 */
export function instantOf(value: string, timeZone: string): string | null {
  const v = value.trim();
  if (WITH_OFFSET.test(v)) {
    const t = new Date(v.replace(' ', 'T'));
    return Number.isNaN(t.getTime()) ? null : t.toISOString();
  }
  const m = LOCAL.exec(v);
  if (!m || !isIsoDate(v.slice(0, 10))) return null;
  const [h, mi, s] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, mi, s);
  // The zone's offset at the wall time read as UTC is right except within hours of a DST
  // change; asking again at the corrected instant settles it.
  let at = wall - offsetMinutes(timeZone, wall) * 60000;
  at = wall - offsetMinutes(timeZone, at) * 60000;
  return isoInstant(at);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `new Date(at).toISOString()` by arithmetic (days to a civil date, H. Hinnant's algorithm):
 * the same text for years 1970–9999, several times faster, which a file of a million
 * dossiers with four timestamps each notices. Other years are left to Date.
 */
export function isoInstant(at: number): string {
  if (!(at >= 0 && at < 253402300800000) || !Number.isInteger(at)) return new Date(at).toISOString();
  const days = Math.floor(at / 86_400_000);
  const ms = at - days * 86_400_000;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  const h = Math.floor(ms / 3_600_000);
  const mi = Math.floor((ms % 3_600_000) / 60_000);
  const sec = Math.floor((ms % 60_000) / 1000);
  const milli = ms % 1000;
  return `${y}-${pad2(m)}-${pad2(d)}T${pad2(h)}:${pad2(mi)}:${pad2(sec)}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}
