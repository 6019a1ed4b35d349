import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { useFormatRate } from '../tasks/index.ts';

/** Colours of the scale, from very dissatisfied (red) to very satisfied (teal), "no answer" grey. */
export const SCALE_COLORS: Record<string, string> = {
  '1': 'var(--mantine-color-red-7)',
  '2': 'var(--mantine-color-orange-5)',
  '3': 'var(--mantine-color-yellow-4)',
  '4': 'var(--mantine-color-teal-4)',
  '5': 'var(--mantine-color-teal-8)',
  '0': 'var(--mantine-color-gray-4)',
};

/** A rate in percent as the results give it (83.94), with two decimals; "—" for no figure (nobody answered). */
export function useFormatSurveyRate(): (rate: number | null | undefined) => string {
  const formatRate = useFormatRate();
  return useCallback((rate) => (rate === null || rate === undefined ? '—' : formatRate(rate)), [formatRate]);
}

/** A rate's 95 % interval: "95 % CI 61.2 – 88.4 %". */
export function useFormatInterval(): (interval: { low: number; high: number } | null) => string | null {
  const intl = useIntl();
  const formatRate = useFormatRate();
  return useCallback((interval) => (interval ? intl.formatMessage({ id: 'surveys.results.interval' }, { low: formatRate(interval.low), high: formatRate(interval.high) }) : null), [intl, formatRate]);
}

/** A month (YYYY-MM) in the reader's language and calendar: "Sep 2026", "ก.ย. 2569". */
export function useFormatMonth(style: 'short' | 'long' = 'short'): (month: string) => string {
  const intl = useIntl();
  return useCallback((month) => intl.formatDate(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15), { month: style, year: 'numeric', timeZone: 'UTC' }), [intl, style]);
}
