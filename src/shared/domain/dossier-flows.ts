import { addDays, type IsoDate } from './dates.ts';
import { localDayOf } from './local-time.ts';
import { percentHalfUp } from './rates.ts';

/**
 * The one-stop report as sums of daily flows (DESIGN-NOTES §2). Each dossier is reduced to
 * a few dated contributions — received, opened, closed (resolved early / on time / late, or
 * withdrawn), fallen overdue — so that a report over any period and any set of units reads
 * per-unit daily rows, never the dossiers themselves.
 */
export const CHANNELS = ['online', 'direct', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Statuses that close a dossier without a result: counted as withdrawn / returned. */
export const WITHDRAWN_STATUSES = ['withdrawn', 'returned', 'rejected'] as const;

/** A dossier as local dates (see localDateOf): received, promised, closed (if closed). */
export interface DossierDates {
  channel: Channel;
  received: IsoDate;
  due: IsoDate;
  /** the day it was resolved or withdrawn; null while it is being handled */
  closed: IsoDate | null;
  outcome: 'resolved' | 'withdrawn' | null;
}

export interface DailyFlow {
  day: IsoDate;
  online: number;
  direct: number;
  postal: number;
  open: number;
  early: number;
  onTime: number;
  late: number;
  withdrawn: number;
  overdue: number;
}

export const emptyFlow = (day: IsoDate): DailyFlow => ({ day, online: 0, direct: 0, postal: 0, open: 0, early: 0, onTime: 0, late: 0, withdrawn: 0, overdue: 0 });

/** Early / on time / late compare the local day of resolution with the promised day. */
export function resolution(d: DossierDates): 'early' | 'onTime' | 'late' | null {
  if (d.outcome !== 'resolved' || d.closed === null) return null;
  return d.closed < d.due ? 'early' : d.closed === d.due ? 'onTime' : 'late';
}

/** A dossier's contributions, at most three days of it. Closing before receipt is read as closing on receipt. */
export function contributions(d: DossierDates): DailyFlow[] {
  const out = new Map<IsoDate, DailyFlow>();
  const at = (day: IsoDate) => out.get(day) ?? out.set(day, emptyFlow(day)).get(day)!;
  const closed = d.closed === null ? null : d.closed < d.received ? d.received : d.closed;
  const received = at(d.received);
  received[d.channel] += 1;
  received.open += 1;
  // Overdue at the end of every day it is still open after its due day: from the later of
  // the day after the due day and the day of receipt, until the day before it closes.
  const dueNext = addDays(d.due, 1);
  const overdueFrom = dueNext > d.received ? dueNext : d.received;
  if (closed === null || closed > overdueFrom) {
    at(overdueFrom).overdue += 1;
    if (closed !== null) at(closed).overdue -= 1;
  }
  if (closed !== null) {
    const c = at(closed);
    c.open -= 1;
    const r = resolution({ ...d, closed });
    if (r) c[r] += 1;
    else c.withdrawn += 1;
  }
  return [...out.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

export interface DossierReport {
  received: { total: number; carriedOver: number; online: number; direct: number; postal: number };
  resolved: { total: number; early: number; onTime: number; late: number };
  pending: { total: number; inTime: number; overdue: number };
  withdrawn: number;
  /** early + on time among resolved; new online receipts among new receipts (percent, half-up) */
  rates: { onTime: number; online: number };
}

/** The report for [from, to] from daily flows (any order, any units: they are summed). */
export function reportFromFlows(flows: Iterable<DailyFlow>, from: IsoDate, to: IsoDate): DossierReport {
  const s = { carriedOver: 0, online: 0, direct: 0, postal: 0, early: 0, onTime: 0, late: 0, withdrawn: 0, pending: 0, overdue: 0 };
  for (const f of flows) {
    if (f.day < from) s.carriedOver += f.open;
    if (f.day <= to) {
      s.pending += f.open;
      s.overdue += f.overdue;
    }
    if (f.day >= from && f.day <= to) {
      s.online += f.online;
      s.direct += f.direct;
      s.postal += f.postal;
      s.early += f.early;
      s.onTime += f.onTime;
      s.late += f.late;
      s.withdrawn += f.withdrawn;
    }
  }
  const fresh = s.online + s.direct + s.postal;
  const resolved = s.early + s.onTime + s.late;
  return {
    received: { total: s.carriedOver + fresh, carriedOver: s.carriedOver, online: s.online, direct: s.direct, postal: s.postal },
    resolved: { total: resolved, early: s.early, onTime: s.onTime, late: s.late },
    pending: { total: s.pending, inTime: s.pending - s.overdue, overdue: s.overdue },
    withdrawn: s.withdrawn,
    rates: { onTime: percentHalfUp(s.early + s.onTime, resolved), online: percentHalfUp(s.online, fresh) },
  };
}

/**
 * The local calendar day of a timestamp as dossier files give it: ISO 8601 with an offset
 * (converted to the zone), without one (already local), or a date alone (that local day).
 */
export function localDateOf(value: string, timeZone: string): IsoDate | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) return null;
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(v)) return v.slice(0, 10);
  const instant = new Date(v.replace(' ', 'T'));
  if (Number.isNaN(instant.getTime())) return null;
  return localDayOf(instant.getTime(), timeZone);
}
