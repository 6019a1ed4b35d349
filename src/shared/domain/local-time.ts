import { isIsoDate } from './dates.ts';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/**
 * Minutes east of UTC of a time zone at an instant. Building an Intl formatter costs tens of
 * microseconds and a million-row import asks millions of times, so formatters are kept per
 * zone and answers per zone and half-hour (offset changes happen on the hour or half-hour).
 */
export function offsetMinutes(timeZone: string, at: number): number {
  const key = `${timeZone}|${Math.floor(at / 1_800_000)}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  const parts = f.formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const minutes = (Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) - Math.floor(at / 1000) * 1000) / 60000;
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, minutes);
  return minutes;
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
  return new Date(at).toISOString();
}
