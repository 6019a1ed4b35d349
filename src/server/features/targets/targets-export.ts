import type { TargetStatusView, TargetsStatusResponse } from '../../../shared/contracts/targets.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn } from '../../platform/documents/report-sheet.ts';

/** A translated text (keys of the locale files: `targets.*`). */
export type ExportText = (key: string, values?: Record<string, string>) => string;

const K = 'targets';

/** What a target covers: one procedure, one field, or every procedure. */
function coverage(t: TargetStatusView, text: ExportText): string {
  if (t.procedureCode) return text(`${K}.export.procedure`, { code: t.procedureCode });
  if (t.field) return text(`${K}.export.field`, { field: t.field });
  return text(`${K}.export.allProcedures`);
}

/** The rule in words, with the reader's digits: "Cut by 30% against the baseline", "At least 95". */
function rule(t: TargetStatusView, locale: Locale, text: ExportText): string {
  return text(`${K}.rule.${t.kind}`, { value: readerFormats(locale).number(t.value, Number.isInteger(t.value) ? 0 : 2) });
}

/**
 * The status of a unit's targets as an Excel report: one line per target (baseline, line,
 * value so far, status) and their monthly trend, under the unit and the day they are as of.
 */
export async function statusWorkbook(s: TargetsStatusResponse, exportedOn: string, locale: Locale, text: ExportText): Promise<Buffer> {
  const f = readerFormats(locale);
  const lines = [
    text(`${K}.export.unit`, { unit: pickName(s.unit.names, locale) }),
    text(`${K}.export.asOf`, { date: f.date(s.asOf) }),
    text(`${K}.export.exportedOn`, { date: f.date(exportedOn) }),
  ];
  const title = text(`${K}.export.title`);
  const name = (t: TargetStatusView) => pickName(t.names, locale);
  const targets: ReportColumn[] = [
    { heading: text(`${K}.export.no`), kind: 'ordinal' },
    { heading: text(`${K}.export.target`), kind: 'name' },
    { heading: text(`${K}.export.unitHeading`), kind: 'name' },
    { heading: text(`${K}.export.coverage`), kind: 'text' },
    { heading: text(`${K}.export.measure`), kind: 'text' },
    { heading: text(`${K}.export.rule`), kind: 'text' },
    { heading: text(`${K}.export.from`), kind: 'date', group: text(`${K}.export.period`) },
    { heading: text(`${K}.export.to`), kind: 'date', group: text(`${K}.export.period`) },
    { heading: text(`${K}.export.baseline`), kind: 'decimal2' },
    { heading: text(`${K}.export.line`), kind: 'decimal2' },
    { heading: text(`${K}.export.current`), kind: 'decimal2' },
    { heading: text(`${K}.export.resolved`), kind: 'integer' },
    { heading: text(`${K}.export.status`), kind: 'text' },
  ];
  return reportWorkbook(locale, [
    {
      name: text(`${K}.export.sheetTargets`),
      title,
      lines,
      columns: targets,
      rows: s.targets.map((t, i) => ({
        values: [i + 1, name(t), pickName(t.unit.names, locale), coverage(t, text), text(`${K}.measure.${t.measure}`), rule(t, locale, text), t.from, t.to, t.baseline, t.target, t.current, t.resolved, text(`${K}.status.${t.status}`)],
      })),
      frozenColumns: 2,
    },
    {
      name: text(`${K}.export.sheetTrend`),
      title,
      lines,
      columns: [
        { heading: text(`${K}.export.no`), kind: 'ordinal' },
        { heading: text(`${K}.export.target`), kind: 'name' },
        { heading: text(`${K}.export.month`), kind: 'month' },
        { heading: text(`${K}.export.current`), kind: 'decimal2' },
        { heading: text(`${K}.export.resolved`), kind: 'integer' },
      ],
      rows: s.targets.flatMap((t, i) => t.trend.map((p) => ({ values: [i + 1, name(t), p.month, p.value, p.resolved] }))),
      frozenColumns: 2,
    },
  ]);
}
