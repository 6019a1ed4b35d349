import { TIME_GROUPINGS, type TimeGrouping } from '../../../../shared/contracts/procedure-times.ts';
import { addDays } from '../../../../shared/domain/dates.ts';
import { lastComplete, parsePeriodText, periodText, rangeOf, type PeriodChoice } from '../period.ts';

/** What the time-and-cost page is asked for, kept in the URL so that it can be shared. */
export interface TimesFilters {
  /** null: the reader's own unit (see defaultUnit) */
  unit: string | null;
  period: PeriodChoice;
  /** with the unit's subordinate units (the default) */
  descendants: boolean;
  /** how the table groups the resolved dossiers */
  by: TimeGrouping;
}

/** How many months the trend shows, up to the period's last month. */
export const TREND_MONTHS = 12;

const isGrouping = (text: string | null): text is TimeGrouping => (TIME_GROUPINGS as readonly (string | null)[]).includes(text);

/**
 * The filters in the URL; the period defaults to the last complete quarter (a month holds too
 * few dossiers of most procedures for a median to say much).
 */
export function readTimesFilters(search: URLSearchParams, today: string): TimesFilters {
  const by = search.get('by');
  return {
    unit: search.get('unit') || null,
    period: parsePeriodText(search.get('period')) ?? lastComplete('quarter', today),
    descendants: search.get('descendants') !== '0',
    by: isGrouping(by) ? by : 'procedure',
  };
}

/** The page's URL query (without "?"); defaults are left out. */
export function timesFiltersQuery(filters: TimesFilters): string {
  const params = new URLSearchParams();
  if (filters.unit) params.set('unit', filters.unit);
  params.set('period', periodText(filters.period));
  if (!filters.descendants) params.set('descendants', '0');
  if (filters.by !== 'procedure') params.set('by', filters.by);
  return params.toString();
}

/** The query of GET /api/dossiers/times for the filters and `unit`; null while the period is not a valid one. */
export function timesApiQuery(filters: TimesFilters, unit: string): string | null {
  const range = rangeOf(filters.period);
  if (!range) return null;
  const params = new URLSearchParams({ unit });
  if (filters.period.kind === 'custom') {
    params.set('from', range.from);
    params.set('to', range.to);
  } else {
    params.set('period', periodText(filters.period));
  }
  params.set('descendants', String(filters.descendants));
  params.set('by', filters.by);
  return params.toString();
}

/**
 * The trend's query: the TREND_MONTHS calendar months up to the one the period ends in, by
 * month, whatever the period's length (a quarter alone would draw three points).
 */
export function trendApiQuery(filters: TimesFilters, unit: string): string | null {
  const range = rangeOf(filters.period);
  if (!range) return null;
  const end = range.to;
  const [y, m] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const first = new Date(Date.UTC(y, m - TREND_MONTHS, 1)).toISOString().slice(0, 10);
  const last = addDays(new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10), -1);
  return new URLSearchParams({ unit, from: first, to: last, descendants: String(filters.descendants), by: 'month' }).toString();
}
