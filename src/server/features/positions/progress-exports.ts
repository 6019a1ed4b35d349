import type { ProgressResponse } from '../../../shared/contracts/positions.ts';
import { pickName, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import { officialDocx, type Block, type Letterhead } from '../../platform/documents/official-document.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportRow } from '../../platform/documents/report-sheet.ts';

/** A translated text (keys of the locale files: `positions.export.*`, `officialDocument.*`). */
export type ExportText = (key: string, values?: Record<string, string>) => string;

const STAGES = ['notStarted', 'draft', 'submitted', 'commented', 'approved', 'returned'] as const;
const K = 'positions.export';

/** What every export says on top: the scope (names, not codes), the day the figures are as of, the day exported. */
function headerLines(p: ProgressResponse, exportedOn: string, locale: Locale, t: ExportText): string[] {
  const f = readerFormats(locale);
  return [
    t(`${K}.scope`, { scope: p.scope ? pickName(p.scope.names, locale) : t(`${K}.allSectors`) }),
    t(`${K}.asOf`, { date: f.date(p.asOf) }),
    ...(p.deadline ? [t(`${K}.deadline`, { date: f.date(p.deadline) })] : []),
    t(`${K}.exportedOn`, { date: f.date(exportedOn) }),
  ];
}

/** Departments that have handed their list in (submitted, commented on or approved). */
const handedIn = (d: ProgressResponse['departments']) => d.submitted + d.commented + d.approved;

/** The progress as an Excel report: by sector (with the total), and the departments late against the deadline. */
export async function progressWorkbook(p: ProgressResponse, exportedOn: string, locale: Locale, t: ExportText): Promise<Buffer> {
  const lines = headerLines(p, exportedOn, locale, t);
  const name = (n: { names: LocalizedNames }) => pickName(n.names, locale);
  const counts: ReportColumn[] = [
    { heading: t(`${K}.departments`), kind: 'integer' },
    ...STAGES.map((s): ReportColumn => ({ heading: t(`${K}.stage.${s}`), kind: 'integer', group: t(`${K}.byStage`) })),
    { heading: t(`${K}.positions`), kind: 'integer' },
    { heading: t(`${K}.posts`), kind: 'integer' },
  ];
  const values = (d: ProgressResponse['departments'], positions: number, posts: number) => [d.total, ...STAGES.map((s) => d[s]), positions, posts];
  return reportWorkbook(locale, [
    {
      name: t(`${K}.bySector`),
      title: t(`${K}.title`),
      lines,
      columns: [{ heading: t(`${K}.no`), kind: 'ordinal' }, { heading: t(`${K}.sector`), kind: 'name' }, ...counts],
      rows: [
        ...p.bySector.map((s, i): ReportRow => ({ values: [i + 1, name(s.sector), ...values(s.departments, s.positions, s.posts)] })),
        { values: [null, t(`${K}.total`), ...values(p.departments, p.positions, p.posts)], total: true },
      ],
      frozenColumns: 2,
    },
    {
      name: t(`${K}.late`),
      title: t(`${K}.title`),
      lines,
      columns: [
        { heading: t(`${K}.no`), kind: 'ordinal' },
        { heading: t(`${K}.department`), kind: 'name' },
        { heading: t(`${K}.sector`), kind: 'name' },
        { heading: t(`${K}.stageHeading`), kind: 'text' },
        { heading: t(`${K}.submittedOn`), kind: 'date' },
      ],
      rows: p.late.map((l, i) => ({ values: [i + 1, name(l.unit), name(l.sector), t(`${K}.stage.${l.stage}`), l.submittedOn] })),
      frozenColumns: 2,
    },
  ]);
}

/** The progress as an administrative report in the reader's language (with the Lao national header in Lao): the headline, by sector, the late. */
export async function progressDocx(p: ProgressResponse, exportedOn: string, locale: Locale, t: ExportText, letterhead: Letterhead): Promise<Buffer> {
  const f = readerFormats(locale);
  const n = (x: number) => f.number(x);
  const name = (u: { names: LocalizedNames }) => pickName(u.names, locale);
  const headline = t(`${K}.headline`, {
    date: f.date(p.asOf),
    sectorsSubmitted: n(p.sectors.submitted),
    sectors: n(p.sectors.total),
    departmentsSubmitted: n(handedIn(p.departments)),
    departments: n(p.departments.total),
    sectorsApproved: n(p.sectors.approved),
    departmentsApproved: n(p.departments.approved),
    positions: n(p.positions),
    posts: n(p.posts),
  });
  const columns = [
    { heading: t(`${K}.no`), align: 'center' as const },
    { heading: t(`${K}.sector`) },
    { heading: t(`${K}.departments`), align: 'right' as const },
    { heading: t(`${K}.stage.submitted`), align: 'right' as const },
    { heading: t(`${K}.stage.approved`), align: 'right' as const },
    { heading: t(`${K}.posts`), align: 'right' as const },
  ];
  const rows = [
    ...p.bySector.map((s, i) => [n(i + 1), name(s.sector), n(s.departments.total), n(handedIn(s.departments)), n(s.departments.approved), n(s.posts)]),
    ['', t(`${K}.total`), n(p.departments.total), n(handedIn(p.departments)), n(p.departments.approved), n(p.posts)],
  ];
  const late = p.late.map((l) => t(l.submittedOn ? `${K}.lateSubmitted` : `${K}.lateNotSubmitted`, { department: name(l.unit), sector: name(l.sector), date: l.submittedOn ? f.date(l.submittedOn) : '' }));
  const body: Block[] = [
    ...headerLines(p, exportedOn, locale, t).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: headline },
    { kind: 'heading', text: `I. ${t(`${K}.bySector`)}` },
    { kind: 'table', columns, rows, boldRows: [rows.length - 1] },
    { kind: 'heading', text: `II. ${t(`${K}.late`)}` },
    late.length ? { kind: 'items', items: late } : { kind: 'paragraph', text: t(`${K}.noneLate`) },
  ];
  return officialDocx({ locale, type: 'report', issuedOn: exportedOn, title: t(`${K}.title`), letterhead, body }, t);
}
