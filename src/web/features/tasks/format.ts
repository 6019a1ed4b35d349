import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { todayLocal, useNameOf, useUnitList } from '../units/index.ts';

/**
 * A calendar day as officials write it in documents and deadlines: "25/01/2024" (day and
 * month as two digits, in the reader's calendar and digits). Formatted at UTC midnight in
 * UTC so that no time zone shifts the day.
 */
export function useFormatDay(): (iso: string) => string {
  const intl = useIntl();
  return useCallback(
    (iso: string) => {
      const time = Date.parse(`${iso}T00:00:00Z`);
      if (Number.isNaN(time)) return iso;
      return intl.formatDate(time, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
    },
    [intl],
  );
}

/** A completion rate from the server (58.82 means 58.82 %), with two decimals as leaders quote it. */
export function useFormatRate(): (rate: number) => string {
  const intl = useIntl();
  return useCallback((rate: number) => intl.formatNumber(rate / 100, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }), [intl]);
}

/** A task's own percent of progress (whole numbers). */
export function useFormatPercent(): (percent: number) => string {
  const intl = useIntl();
  return useCallback((percent: number) => intl.formatNumber(percent / 100, { style: 'percent', maximumFractionDigits: 0 }), [intl]);
}

/** Who did something, from the audit actor label ("user:secretariat" → "secretariat"). */
export function actorName(label: string): string {
  return label.startsWith('user:') ? label.slice('user:'.length) : label;
}

/**
 * A unit's name in the reader's language by its code, from the units the reader can see
 * today; the code itself while they load or for a unit outside the reader's area.
 */
export function useUnitName(): (code: string) => string {
  const nameOf = useNameOf();
  const { data } = useUnitList(todayLocal());
  return useCallback(
    (code: string) => {
      const unit = data?.units.find((u) => u.code === code);
      return unit ? nameOf(unit.names) || code : code;
    },
    [data, nameOf],
  );
}
