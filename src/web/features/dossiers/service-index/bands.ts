import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { ServiceIndexResult } from '../../../../shared/contracts/service-index.ts';

export type Band = ServiceIndexResult['band'];
export const BANDS: readonly Band[] = ['excellent', 'good', 'fair', 'weak'];

/** The colour of each band (Mantine palette names), from green to red. */
export const BAND_COLOR: Record<Band, string> = { excellent: 'green', good: 'blue', fair: 'yellow', weak: 'red' };

/** The lowest percentage of the maximum in each band (shared/domain/service-index.ts band()). */
export const BAND_FLOOR: Record<Band, number> = { excellent: 90, good: 70, fair: 50, weak: 0 };

/** The band a share of the maximum (0–100) falls in, for colouring a group's or indicator's bar. */
export function bandOfPercent(percent: number): Band {
  return BANDS.find((b) => percent >= BAND_FLOOR[b]) ?? 'weak';
}

/** Scores and points with two decimals, as the portal reports them: 87,12. */
export function useFormatScore(): (score: number) => string {
  const intl = useIntl();
  return useCallback((score: number) => intl.formatNumber(score, { minimumFractionDigits: 2, maximumFractionDigits: 2 }), [intl]);
}
