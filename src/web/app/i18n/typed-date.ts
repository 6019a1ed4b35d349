import type { Preferences } from '../../../shared/contracts/auth.ts';
import { isIsoDate, type IsoDate } from '../../../shared/domain/dates.ts';
import { hasCalendarChoice, hasNativeDigits, toLatinDigits, toNativeDigits } from '../../../shared/intl-tag.ts';

/**
 * How a calendar day is typed and shown in a date field: day/month/year in the order of all
 * five languages, in the user's digits and calendar (`25/12/2569` for a Thai reader of the
 * Buddhist era, with Thai digits if chosen). The rest of the app exchanges ISO `YYYY-MM-DD`.
 */

/** Years of the Buddhist era run 543 ahead of the Common Era (2569 BE = 2026 CE). */
const BUDDHIST_ERA_OFFSET = 543;

function yearOffset(prefs: Preferences): number {
  return hasCalendarChoice(prefs.locale) && prefs.calendar === 'buddhist' ? BUDDHIST_ERA_OFFSET : 0;
}

function digits(text: string, prefs: Preferences): string {
  return hasNativeDigits(prefs.locale) && prefs.numerals === 'native' ? toNativeDigits(text, prefs.locale) : text;
}

/** '2026-12-25' → '25/12/2026' (or '25/12/2569', '๒๕/๑๒/๒๕๖๙' for Thai readers who chose so). */
export function formatTypedDate(iso: IsoDate, prefs: Preferences): string {
  const [year, month, day] = iso.split('-');
  return digits(`${day}/${month}/${Number(year) + yearOffset(prefs)}`, prefs);
}

/** Day, month and a four-digit year, separated by /, ., - or spaces; Latin or native digits. */
const TYPED = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4})$/;

/** What a user typed → ISO date, or null when it is not a day of the calendar. */
export function parseTypedDate(text: string, prefs: Preferences): IsoDate | null {
  const match = TYPED.exec(toLatinDigits(text.trim()));
  if (!match) return null;
  const year = Number(match[3]) - yearOffset(prefs);
  if (year < 1) return null;
  const iso = `${String(year).padStart(4, '0')}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}
