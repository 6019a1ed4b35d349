import { addDays, isIsoDate, type IsoDate } from './dates.ts';

/**
 * Reporting periods as inclusive local-date ranges. Calendar periods (what the service-index
 * portal scores) and the official reporting windows (what periodic reports cover: the 15th
 * of the previous month to the 14th) are both cut from the same raw timestamps.
 *
 * Accepted forms:
 *   2026-09, 2026-Q3, 2026-H1, 2026, 2026-01-05..2026-02-10           calendar and custom
 *   report:2026-09 (15 Aug–14 Sep), report:2026-Q3 (15 Jun–14 Sep),
 *   report:2026-6M (15 Dec 2025–14 Jun), report:2026-9M (15 Dec–14 Sep),
 *   report:2026 (15 Dec 2025–14 Dec 2026)                               official windows
 */
export interface Period {
  from: IsoDate;
  to: IsoDate;
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthStart = (year: number, month: number) => `${year}-${pad(month)}-01`;
const monthEnd = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDay(year, month))}`;
/** The 15th of the month before `month` (month may be 1: then December of the year before). */
const windowStart = (year: number, month: number) => (month === 1 ? `${year - 1}-12-15` : `${year}-${pad(month - 1)}-15`);
const windowEnd = (year: number, month: number) => `${year}-${pad(month)}-14`;

export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  const official = t.startsWith('report:');
  const body = official ? t.slice(7) : t;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(body))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    if (mo < 1 || mo > 12) return null;
    return official ? { from: windowStart(y, mo), to: windowEnd(y, mo), label: t } : { from: monthStart(y, mo), to: monthEnd(y, mo), label: t };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(body))) {
    const [y, q] = [Number(m[1]), Number(m[2])];
    const first = q * 3 - 2;
    return official ? { from: windowStart(y, first), to: windowEnd(y, q * 3), label: t } : { from: monthStart(y, first), to: monthEnd(y, q * 3), label: t };
  }
  if (!official && (m = /^(\d{4})-H([12])$/.exec(body))) {
    const [y, h] = [Number(m[1]), Number(m[2])];
    return { from: monthStart(y, h === 1 ? 1 : 7), to: monthEnd(y, h === 1 ? 6 : 12), label: t };
  }
  if (official && (m = /^(\d{4})-(6|9)M$/.exec(body))) {
    const [y, months] = [Number(m[1]), Number(m[2])];
    return { from: `${y - 1}-12-15`, to: windowEnd(y, months), label: t };
  }
  if ((m = /^(\d{4})$/.exec(body))) {
    const y = Number(m[1]);
    return official ? { from: `${y - 1}-12-15`, to: `${y}-12-14`, label: t } : { from: `${y}-01-01`, to: `${y}-12-31`, label: t };
  }
  if (!official && (m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(body))) {
    const [from, to] = [m[1]!, m[2]!];
    return isIsoDate(from) && isIsoDate(to) && from <= to ? { from, to, label: t } : null;
  }
  return null;
}

/** The calendar months a period touches, for breakdowns by month. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  for (let day = period.from; day <= period.to; day = addDays(`${day.slice(0, 7)}-01`, 32).slice(0, 7) + '-01') {
    out.push(day.slice(0, 7));
  }
  return out;
}
