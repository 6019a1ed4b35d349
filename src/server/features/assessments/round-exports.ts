import type { FrameworkFile, RoundResultsResponse } from '../../../shared/contracts/frameworks.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/** A translated text (keys under `roundExport.` in the locale files). */
export type ExportText = (key: string, values?: Record<string, string>) => string;

export interface RoundExportData {
  round: string;
  year: number;
  /** the day the round's figures are read as of (YYYY-MM-DD) */
  cutoffDate: string;
  framework: FrameworkFile;
  results: RoundResultsResponse;
  unitNames: Map<string, LocalizedNames>;
}

/** Up, down, unchanged, new — or, against a ranking of another N, the rank of N it had then. */
export function change({ rankChange: c, previous }: RoundResultsResponse['units'][number], t: ExportText): string {
  if (c === 'new') return t('roundExport.new');
  if (c === 'not_comparable') return t('roundExport.was', { rank: String(previous!.rank), of: String(previous!.of) });
  return c > 0 ? t('roundExport.up', { n: String(c) }) : c < 0 ? t('roundExport.down', { n: String(-c) }) : t('roundExport.same');
}

