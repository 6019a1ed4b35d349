import type { AccountabilityReport, HandlingFigures } from '../../../shared/contracts/accountability.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportSheet } from '../../platform/documents/report-sheet.ts';
import type { FormText } from './dossier-form.ts';

/** The figure columns, in the page's order (keys under `dossiers.officials.` in the locale files). */
const FIGURES: { key: keyof HandlingFigures; kind: ReportColumn['kind'] }[] = [
  { key: 'resolved', kind: 'integer' },
  { key: 'resolvedLate', kind: 'integer' },
  { key: 'overdue', kind: 'integer' },
  { key: 'late', kind: 'integer' },
  { key: 'apologies', kind: 'integer' },
  { key: 'apologyRate', kind: 'percent' },
];

/**
 * The accountability report as a workbook: by handling official and by procedure, each sheet
 * with its scope, period, the day it was prepared and a reminder that it holds personal data.
 * Officials appear by name (their id beside it), procedures by code and name.
 */
export async function handlingSheet(data: AccountabilityReport, locale: Locale, t: FormText, today: string): Promise<Buffer> {
  const formats = readerFormats(locale);
  const unit = pickName(data.unit.names, locale) || data.unit.code;
  const lines = [
    t(data.descendants ? 'dossiers.scopeWithSubordinates' : 'dossiers.scopeAlone', { unit, from: formats.date(data.from), to: formats.date(data.to) }),
    t('officialDocument.preparedOn', { date: formats.date(today) }),
    t('dossiers.officials.confidential'),
  ];
  const figures: ReportColumn[] = FIGURES.map((f) => ({ heading: t(`dossiers.officials.${f.key}`), kind: f.kind }));
  const values = (f: HandlingFigures) => FIGURES.map((c) => f[c.key]);
  const sheet = (name: string, labels: ReportColumn[], rows: ReportSheet['rows']): ReportSheet => ({
    name: t(`dossiers.officials.${name}`),
    title: t('dossiers.officials.title'),
    lines,
    columns: [{ heading: t('dossierForm.no'), kind: 'ordinal' }, ...labels, ...figures],
    rows,
    frozenColumns: 1 + labels.length,
  });
  return reportWorkbook(locale, [
    sheet(
      'byOfficial',
      [{ heading: t('dossiers.officials.official'), kind: 'name' }, { heading: t('dossiers.officials.officialId'), kind: 'code' }],
      [
        ...data.byOfficial.map((o, i) => ({ values: [i + 1, o.official.id === null ? t('dossiers.officials.noOfficial') : (o.official.name ?? o.official.id), o.official.id, ...values(o.figures)] })),
        { total: true, values: [null, t('dossiers.officials.total'), null, ...values(data.total)] },
      ],
    ),
    sheet('byProcedure', [{ heading: t('dossierForm.procedure'), kind: 'name' }], [
      ...data.byProcedure.map((p, i) => ({ values: [i + 1, p.names ? `${p.code} ${pickName(p.names, locale)}` : `${p.code} — ${t('dossierForm.unknownProcedure')}`, ...values(p.figures)] })),
      { total: true, values: [null, t('dossiers.officials.total'), ...values(data.total)] },
    ]),
  ]);
}
