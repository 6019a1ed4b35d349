import type { RoundStatus } from '../../../shared/contracts/reporting.ts';
import { localDayOf } from '../../../shared/domain/local-time.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { reportWorkbook, type ReportRow } from '../../platform/documents/report-sheet.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';

/** A translated text (keys under `reporting.`). */
export type StatusText = (key: string, values?: Record<string, string>) => string;


/**
 * The round's live status as an Excel report: one row per asked unit — its state, whether
 * it was late, when it first and last submitted, why it was returned — and the counts.
 */
export async function statusWorkbook(s: RoundStatus, locale: Locale, t: StatusText, timeZone: string): Promise<Buffer> {
  // Submissions are instants; the sheet shows the day they fell on where the deadline is counted.
  const dayOf = (at: string | null) => (at === null ? null : localDayOf(Date.parse(at), timeZone));
  const f = readerFormats(locale);
  const c = s.counts;
  const rows: ReportRow[] = s.units.map((u, i) => ({
    values: [i + 1, u.unit.code, pickName(u.unit.names, locale), t(`reporting.states.${u.state}`), u.firstSubmittedAt === null ? t('reporting.missing') : t(u.late ? 'reporting.late' : 'reporting.onTime'), dayOf(u.firstSubmittedAt), dayOf(u.submittedAt), u.returnReason ?? ''],
  }));
  return reportWorkbook(locale, [
    {
      name: t('reporting.export.sheet'),
      title: t('reporting.export.title', { round: pickName(s.round.names, locale) }),
      lines: [
        t('reporting.export.periodLine', { period: s.round.period.label, from: f.date(s.round.period.from), to: f.date(s.round.period.to), deadline: f.date(s.round.deadline) }),
        t('reporting.export.countsLine', { asked: String(c.asked), onTime: String(c.onTime), late: String(c.late), missing: String(c.missing), accepted: String(c.accepted), returned: String(c.returned) }),
        t('officialDocument.preparedOn', { date: f.date(s.asOf) }),
      ],
      columns: [
        { heading: t('reporting.export.no'), kind: 'ordinal' },
        { heading: t('reporting.export.unitCode'), kind: 'code' },
        { heading: t('reporting.export.unit'), kind: 'name' },
        { heading: t('reporting.export.state'), kind: 'text' },
        { heading: t('reporting.export.timeliness'), kind: 'text' },
        { heading: t('reporting.export.firstSubmitted'), kind: 'date' },
        { heading: t('reporting.export.lastSubmitted'), kind: 'date' },
        { heading: t('reporting.export.returnReason'), kind: 'text' },
      ],
      rows,
      frozenColumns: 3,
    },
  ]);
}
