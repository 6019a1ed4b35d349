import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { EXACT_DAYS } from '../../../../shared/domain/procedure-times.ts';

/**
 * Working days in the reader's digits, to two decimals. A median or percentile is null when it
 * lies beyond the histogram's last exact day: it reads "> 90" then, as long as something was
 * resolved (nothing resolved: "—").
 */
export function useFormatDays() {
  const intl = useIntl();
  const days = useCallback((value: number | null) => (value === null ? '—' : intl.formatNumber(value, { maximumFractionDigits: 2 })), [intl]);
  const rank = useCallback(
    (value: number | null, resolved: number) => (value === null && resolved > 0 ? intl.formatMessage({ id: 'dossiers.times.over' }, { days: intl.formatNumber(EXACT_DAYS) }) : days(value)),
    [intl, days],
  );
  return { days, rank };
}
