import { useMemo } from 'react';
import { useIntl } from 'react-intl';

export interface AssessmentFormat {
  /** points as scored, up to two decimals: 0,75 · 12 */
  points: (value: number) => string;
  /** a total as the press quotes it, two decimals: 85,78 */
  total: (value: number) => string;
  /**
   * a measured percentage given as 0–100, always `digits` decimals (88.75 → 88,75 %, 86 →
   * 86,00 %): one precision down a column, so figures line up and compare
   */
  percent: (value: number, digits?: number) => string;
  /** a set limit, such as a band's threshold, as written: 90 % · 82,5 % */
  limit: (value: number) => string;
  /** a change with its sign: +2,75 · −1,5 · 0 */
  signed: (value: number) => string;
  /** a year in the reader's calendar (2569 in the Thai Buddhist era) */
  year: (value: number) => string;
}

/** Numbers of index assessments in the reader's digits and separators. */
export function useAssessmentFormat(): AssessmentFormat {
  const intl = useIntl();
  return useMemo(
    () => ({
      points: (value) => intl.formatNumber(value, { maximumFractionDigits: 2 }),
      total: (value) => intl.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      percent: (value, digits = 2) => intl.formatNumber(value / 100, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }),
      limit: (value) => intl.formatNumber(value / 100, { style: 'percent', maximumFractionDigits: 2 }),
      signed: (value) => intl.formatNumber(value, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }),
      year: (value) => intl.formatDate(Date.UTC(value, 6, 1), { year: 'numeric', timeZone: 'UTC' }),
    }),
    [intl],
  );
}

// The decimal separator of number inputs is the app's (targets' values use it too).
export { useDecimalSeparator } from '../../app/i18n/format.ts';
