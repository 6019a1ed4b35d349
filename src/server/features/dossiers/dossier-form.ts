import type { DossierReportResponse } from '../../../shared/contracts/dossiers.ts';
import type { DossierReport } from '../../../shared/domain/dossier-flows.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportSheet } from '../../platform/documents/report-sheet.ts';

/** A translated text of the form (keys under `dossierForm.` in the locale files). */
export type FormText = (key: string, values?: Record<string, string>) => string;

/** The figure columns of the standard one-stop report form, in its order. */
const FIGURES: { key: string; value: (r: DossierReport) => number }[] = [
  { key: 'receivedTotal', value: (r) => r.received.total },
  { key: 'carriedOver', value: (r) => r.received.carriedOver },
  { key: 'online', value: (r) => r.received.online },
  { key: 'direct', value: (r) => r.received.direct },
  { key: 'postal', value: (r) => r.received.postal },
  { key: 'resolvedTotal', value: (r) => r.resolved.total },
  { key: 'early', value: (r) => r.resolved.early },
  { key: 'onTime', value: (r) => r.resolved.onTime },
  { key: 'late', value: (r) => r.resolved.late },
  { key: 'pendingTotal', value: (r) => r.pending.total },
  { key: 'inTime', value: (r) => r.pending.inTime },
  { key: 'overdue', value: (r) => r.pending.overdue },
  { key: 'withdrawn', value: (r) => r.withdrawn },
  { key: 'onTimeRate', value: (r) => r.rates.onTime },
  { key: 'onlineRate', value: (r) => r.rates.online },
];
/** The header group of each figure column: the first 12 sit under received / resolved / pending. */
const groupOf = (index: number): string | undefined => (index < 5 ? 'received' : index < 9 ? 'resolved' : index < 12 ? 'pending' : undefined);
const RATES = new Set(['onTimeRate', 'onlineRate']);

interface FormRow {
  label: string;
  report: DossierReport;
  total?: boolean;
}

/**
 * The report as the official one-stop form lays it out: title, unit and period, a two-level
 * header (received / resolved / pending with their parts), one row per subordinate unit and
 * a total, then the same by field; procedures and months on their own sheets. Laid out and
 * printed by the document kit (A4, one page wide, the reader's typeface).
 */
export async function dossierFormXlsx(data: DossierReportResponse, locale: Locale, t: FormText, today: string): Promise<Buffer> {
  const formats = readerFormats(locale);
  const unitName = pickName(data.unit.names, locale) || data.unit.code;
  const lines = [
    t('dossierForm.subtitle', { unit: unitName, from: formats.date(data.from), to: formats.date(data.to) }),
    t('officialDocument.preparedOn', { date: formats.date(today) }),
  ];
  const figures: ReportColumn[] = FIGURES.map((f, i) => ({ heading: t(`dossierForm.${f.key}`), kind: RATES.has(f.key) ? 'percent' : 'integer', group: groupOf(i) && t(`dossierForm.${groupOf(i)}`) }));
  const sheet = (name: string, first: string, rows: FormRow[], labelKind: ReportColumn['kind'] = 'name'): ReportSheet => ({
    name: t(`dossierForm.sheet.${name}`),
    title: t('dossierForm.title'),
    lines,
    columns: [{ heading: t('dossierForm.no'), kind: 'ordinal' }, { heading: t(`dossierForm.${first}`), kind: labelKind }, ...figures],
    rows: rows.map((row, i) => ({ total: row.total, values: [row.total ? null : i + 1, row.label, ...FIGURES.map((f) => f.value(row.report))] })),
    frozenColumns: 2,
  });
  const total: FormRow = { label: t('dossierForm.total'), report: data.report, total: true };
  const byUnit = data.byChild.filter((c) => c.report.received.total > 0).map((c) => ({ label: `${c.unit.code} ${pickName(c.unit.names, locale)}`, report: c.report }));
  return reportWorkbook(locale, [
    sheet('units', 'unit', [...byUnit, total]),
    sheet('fields', 'field', [...data.byField.map((f) => ({ label: pickName(f.names, locale) || f.field || t('dossierForm.unknownProcedure'), report: f.report })), total]),
    sheet('procedures', 'procedure', [
      ...data.byProcedure.map((p) => ({ label: p.names ? `${p.code} ${pickName(p.names, locale)}` : `${p.code} — ${t('dossierForm.unknownProcedure')}`, report: p.report })),
      total,
    ]),
    sheet('months', 'month', data.byMonth.map((m) => ({ label: m.month, report: m.report })), 'month'),
  ]);
}
