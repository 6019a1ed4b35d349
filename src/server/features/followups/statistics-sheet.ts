import type { FollowUpCountsView, FollowUpStatisticsView } from '../../../shared/contracts/followups.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { reportWorkbook, type ReportColumn, type ReportRow } from '../../platform/documents/report-sheet.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';

/** A translated text (keys of the locale files). */
export type SheetText = (key: string, values?: Record<string, string>) => string;

const COUNTS = ['raised', 'answered', 'answeredInTime', 'resolved', 'declined', 'open', 'overdue'] as const;

/**
 * The statistics as an Excel report in the reader's language: the scope and the day on top,
 * one sheet by field, by addressee and by responsible unit (names, not codes), and the ageing
 * list (oldest open first).
 */
export async function statisticsWorkbook(s: FollowUpStatisticsView, locale: Locale, t: SheetText): Promise<Buffer> {
  const f = readerFormats(locale);
  const lines = [
    t(s.descendants ? 'followUps.export.scopeWithSubtree' : 'followUps.export.scope', { unit: pickName(s.unit.names, locale) }),
    t('followUps.export.asOf', { date: f.date(s.asOf) }),
    t('followUps.export.medianLine', { days: s.medianDaysToAnswer === null ? '—' : f.number(s.medianDaysToAnswer, 1) }),
  ];
  const countColumns: ReportColumn[] = COUNTS.map((c) => ({ heading: t(`followUps.counts.${c}`), kind: 'integer' }));
  const countValues = (c: FollowUpCountsView) => COUNTS.map((k) => c[k]);
  const total: ReportRow = { values: [null, t('followUps.export.total'), ...countValues(s)], total: true };
  const breakdown = (name: string, heading: string, rows: { name: string; counts: FollowUpCountsView }[]) => ({
    name: t(name),
    title: t('followUps.export.title'),
    lines,
    columns: [{ heading: t('followUps.export.no'), kind: 'ordinal' as const }, { heading: t(heading), kind: 'name' as const }, ...countColumns],
    rows: [...rows.map((r, i): ReportRow => ({ values: [i + 1, r.name, ...countValues(r.counts)] })), total],
    frozenColumns: 2,
  });
  const unitName = (u: { names: Parameters<typeof pickName>[0] } | null) => (u === null ? '' : pickName(u.names, locale));
  return reportWorkbook(locale, [
    breakdown('followUps.export.byField', 'followUps.field', s.byField.map((r) => ({ name: pickName(r.field.names, locale), counts: r.counts }))),
    breakdown('followUps.export.byAddressee', 'followUps.addressedTo', s.byAddressee.map((r) => ({ name: unitName(r.unit), counts: r.counts }))),
    breakdown('followUps.export.byResponsible', 'followUps.responsibleUnit', s.byResponsibleUnit.map((r) => ({ name: unitName(r.unit), counts: r.counts }))),
    {
      name: t('followUps.export.ageing'),
      title: t('followUps.export.title'),
      lines,
      columns: [
        { heading: t('followUps.export.no'), kind: 'ordinal' },
        { heading: t('followUps.code'), kind: 'code' },
        { heading: t('followUps.text'), kind: 'text' },
        { heading: t('followUps.raisedOn'), kind: 'date' },
        { heading: t('followUps.daysOpen'), kind: 'integer' },
        { heading: t('followUps.statusLabel'), kind: 'text' },
        { heading: t('followUps.deadline'), kind: 'date' },
        { heading: t('followUps.addressedTo'), kind: 'name' },
        { heading: t('followUps.responsibleUnit'), kind: 'name' },
      ],
      rows: s.ageing.map((a, i) => ({ values: [i + 1, a.code, pickName(a.text, locale), a.raisedOn, a.daysOpen, t(`followUps.status.${a.status}`), a.deadline, unitName(a.addressedTo), unitName(a.responsibleUnit)] })),
      frozenColumns: 2,
    },
  ]);
}
