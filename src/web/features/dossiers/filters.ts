import { lastComplete, parsePeriodText, periodText, type PeriodChoice } from './period.ts';

/** What the one-stop report is asked for, kept in the URL so that a report can be shared. */
export interface ReportFilters {
  /** null: the reader's own unit (see defaultUnit) */
  unit: string | null;
  period: PeriodChoice;
  /** with the unit's subordinate units (the default) */
  descendants: boolean;
  /** today's organisation tree rather than the tree at the period's end */
  todayTree: boolean;
}

export function readReportFilters(search: URLSearchParams, today: string): ReportFilters {
  return {
    unit: search.get('unit') || null,
    period: parsePeriodText(search.get('period')) ?? lastComplete('month', today),
    descendants: search.get('descendants') !== '0',
    todayTree: search.get('tree') === 'today',
  };
}

/** The page's URL query (without "?"); defaults are left out. */
export function reportFiltersQuery(filters: ReportFilters): string {
  const params = new URLSearchParams();
  if (filters.unit) params.set('unit', filters.unit);
  params.set('period', periodText(filters.period));
  if (!filters.descendants) params.set('descendants', '0');
  if (filters.todayTree) params.set('tree', 'today');
  return params.toString();
}

/** The query GET /api/dossiers/report (and report.xlsx) takes for the filters, for `unit`. */
export function reportApiQuery(filters: ReportFilters, unit: string): string {
  const params = new URLSearchParams({ unit });
  if (filters.period.kind === 'custom') {
    params.set('from', filters.period.from);
    params.set('to', filters.period.to);
  } else {
    params.set('period', periodText(filters.period));
  }
  params.set('descendants', String(filters.descendants));
  if (filters.todayTree) params.set('tree', 'today');
  return params.toString();
}
