import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { EXACT_DAYS } from '../../../../shared/domain/procedure-times.ts';

/**
 * What a median or percentile shows: the API gives null both when nothing was resolved and when
 * the figure lies beyond the histogram's last exact day; only resolved dossiers tell them apart.
 */
export function percentileShown(value: number | null, resolved: number): number | 'over' | 'none' {
  if (value !== null) return value;
  return resolved > 0 ? 'over' : 'none';
}

/** Working days in the reader's digits, to two decimals; a median or percentile beyond 90 days reads "> 90", nothing resolved "—". */
export function useFormatDays() {
  const intl = useIntl();
  const days = useCallback((value: number | null) => (value === null ? '—' : intl.formatNumber(value, { maximumFractionDigits: 2 })), [intl]);
  const rank = useCallback(
    (value: number | null, resolved: number) => {
      const shown = percentileShown(value, resolved);
      if (shown === 'over') return intl.formatMessage({ id: 'dossiers.times.over' }, { days: intl.formatNumber(EXACT_DAYS) });
      return days(shown === 'none' ? null : shown);
    },
    [intl, days],
  );
  return { days, rank };
}
