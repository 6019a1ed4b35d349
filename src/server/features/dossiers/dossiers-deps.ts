import type { Database, Db } from '../../platform/db/database.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { UnitsService } from '../units/index.ts';

/** What the dossiers feature needs from the composition root. */
export interface DossiersDeps {
  db: Db;
  /** bulk loading into staging (Database.copyCsv) */
  copyCsv: Database['copyCsv'];
  units: UnitsService;
  /** the configured zone: local dates of dossier timestamps */
  timeZone: string;
  today: () => string;
  /** a text of the locale files, for forms the server writes (XLSX headers) */
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
}
