import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useLocation } from '../../app/router/router.ts';

/**
 * Today in the browser's time zone. Not `todayIn()` from shared: that formats through
 * Intl with 'en-CA', which the Lao/Khmer Intl polyfill may not carry.
 */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The `asOf` query parameter if it is a valid date, else null. */
export function useAsOfParam(): string | null {
  const value = useLocation().search.get('asOf');
  return value && isIsoDate(value) ? value : null;
}
