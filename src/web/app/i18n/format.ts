import { useCallback, useMemo } from 'react';
import { useIntl } from 'react-intl';

/**
 * Dates of the organisation tree are calendar days (YYYY-MM-DD), not instants: they are
 * formatted at UTC midnight in UTC so that no time zone can shift them by a day.
 */
export function useFormatIsoDate(): (iso: string) => string {
  const intl = useIntl();
  return (iso) => {
    const time = Date.parse(`${iso}T00:00:00Z`);
    if (Number.isNaN(time)) return iso;
    return intl.formatDate(time, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  };
}

/** Timestamps (audit entries, token use) in the browser's time zone. */
export function useFormatTimestamp(): (timestamp: string) => string {
  const intl = useIntl();
  return (timestamp) => {
    const time = Date.parse(timestamp);
    if (Number.isNaN(time)) return timestamp;
    return intl.formatDate(time, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  };
}

/** File sizes in the reader's digits: "12 kB", "1.2 MB". */
export function useFormatSize(): (bytes: number) => string {
  const intl = useIntl();
  return useCallback(
    (bytes: number) => {
      if (bytes < 1000) return intl.formatNumber(bytes, { style: 'unit', unit: 'byte', unitDisplay: 'short' });
      if (bytes < 1_000_000) return intl.formatNumber(bytes / 1000, { style: 'unit', unit: 'kilobyte', unitDisplay: 'short', maximumFractionDigits: 0 });
      return intl.formatNumber(bytes / 1_000_000, { style: 'unit', unit: 'megabyte', unitDisplay: 'short', maximumFractionDigits: 1 });
    },
    [intl],
  );
}

/** The decimal separator of the reader's language, for number inputs (0,75 in Vietnamese). */
export function useDecimalSeparator(): string {
  const intl = useIntl();
  return useMemo(() => intl.formatNumberToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.', [intl]);
}

/** A duration in the reader's digits: milliseconds under a second ("350 ms"), else seconds to a tenth ("1.2 s"). */
export function useFormatDuration(): (ms: number) => string {
  const intl = useIntl();
  return useCallback(
    (ms: number) =>
      Math.abs(ms) < 1000
        ? intl.formatNumber(ms, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 })
        : intl.formatNumber(ms / 1000, { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }),
    [intl],
  );
}
