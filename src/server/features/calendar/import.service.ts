import type { HolidayImportResult } from '../../../shared/contracts/calendar.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { COUNTRIES, type Country, type EntryKind } from '../../../shared/domain/holidays.data.ts';
import { AppError } from '../../../shared/errors.ts';
import { namesFromColumns, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { TableRow } from '../../platform/files/tables.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import * as repo from './calendar.repository.ts';
import { isWeeklyRestDay, type CalendarService } from './calendar.service.ts';

export const HOLIDAY_COLUMNS = ['country', 'date', 'name'] as const;
/** The `name` column is in the country's language unless `name_<locale>` columns are given. */
const NAME_LOCALE: Record<Country, Locale> = { VN: 'vi', LA: 'lo' };
const TRUE = ['true', '1', 'yes'];
const FALSE = ['false', '0', 'no', ''];

interface FileDay {
  line: number;
  country: Country;
  date: string;
  working: boolean;
  names: LocalizedNames;
}

const sameNames = (a: LocalizedNames, b: LocalizedNames) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * `parmon import holidays FILE`: one row per day, `country,date,name[,working]`; `working`
 * true (or 1) marks a Saturday or Sunday worked, otherwise the day is a day off. A day already
 * stored keeps its kind of day off (holiday, compensatory, bridging) and its other languages'
 * names; it changes only when the file says otherwise, and then takes the file as its source. All rows or none; the same file twice
 * changes nothing.
 */
export function createHolidaysImport(calendar: CalendarService) {
  function check(rows: readonly TableRow[], columns: readonly string[]): FileDay[] {
    const errors: ImportRowError[] = [];
    const header = new Set(columns);
    for (const c of HOLIDAY_COLUMNS) if (!header.has(c) && !(c === 'name' && [...header].some((h) => h.startsWith('name_')))) errors.push({ line: 1, field: c, code: 'missing_column', value: null });
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    const seen = new Set<string>();
    const found: FileDay[] = [];
    for (const { line, values: v } of rows) {
      const before = errors.length;
      const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
      const cell = (field: string) => v[field]?.trim() ?? '';
      const country = cell('country').toUpperCase() as Country;
      if (!COUNTRIES.includes(country)) fail('country', 'unknown_country');
      const date = cell('date');
      if (!isIsoDate(date)) fail('date', 'invalid_date');
      const working = cell('working').toLowerCase();
      if (![...TRUE, ...FALSE].includes(working)) fail('working', 'not_true_or_false');
      if (errors.length > before) continue;
      const names = namesFromColumns(v, 'name', NAME_LOCALE[country]);
      if (Object.keys(names).length === 0) fail('name', 'required');
      if (TRUE.includes(working) && !isWeeklyRestDay(country, date)) fail('working', 'working_not_weekend');
      if (seen.has(`${country}/${date}`)) fail('date', 'duplicate_day');
      seen.add(`${country}/${date}`);
      if (errors.length > before) continue;
      found.push({ line, country, date, working: TRUE.includes(working), names });
    }
    if (errors.length) throw new AppError('import_rows_invalid', { errors });
    return found;
  }

  /** The kind the file gives a day: a worked day, or a day off (keeping the stored kind of day off). */
  const kindOf = (d: FileDay, stored: repo.DayRow | undefined): EntryKind => (d.working ? 'working' : stored && !stored.removed && stored.kind !== 'working' ? stored.kind : 'holiday');

  /** The rows of a file read with its header (platform/files/tables.ts readTable); `source` names the file on the days it writes. */
  async function importRows(actor: Actor, rows: readonly TableRow[], header: readonly string[], source: string): Promise<HolidayImportResult> {
    authorizeSystemWide(actor, 'calendar.manage');
    const days = check(rows, header);
    return calendar.write(async (tx, touched) => {
      const total = { created: 0, changed: 0, unchanged: 0 };
      for (const d of days) {
        const stored = await repo.lockDay(tx, d.country, d.date);
        const kind = kindOf(d, stored);
        const names = stored && !stored.removed ? { ...stored.names, ...d.names } : d.names;
        if (stored && !stored.removed && stored.kind === kind && sameNames(stored.names, names)) {
          total.unchanged++;
          continue;
        }
        touched(d.country, d.date);
        await repo.saveDay(tx, { country: d.country, date: d.date, kind, names, source, womenOnly: stored && !stored.removed ? stored.womenOnly : false });
        total[stored && !stored.removed ? 'changed' : 'created']++;
      }
      // A replay writes nothing, so it records nothing.
      if (total.created + total.changed > 0) await appendAudit(tx, actor, { action: 'calendar.import', entity: 'calendar_day', after: { source, rows: rows.length, ...total } });
      return total;
    });
  }

  return { importRows };
}

export type HolidaysImport = ReturnType<typeof createHolidaysImport>;
