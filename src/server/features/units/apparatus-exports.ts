import type { ApparatusReport } from '../../../shared/contracts/apparatus.ts';
import { UNIT_TIERS } from '../../../shared/contracts/units.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { officialDocx, type Block, type DocumentText, type Letterhead } from '../../platform/documents/official-document.ts';
import { readerFormats, type ReaderFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportRow, type ReportSheet } from '../../platform/documents/report-sheet.ts';

/**
 * The apparatus report as files: an XLSX of three sheets (by tier and kind, by sector, the
 * changes) and a DOCX in the official layout of the reader's country — both with translated
 * headings, units by name, the scope, both dates and the day of the export on top. Tier and
 * change names are the interface's (`tiers.*`, `lineage.*`).
 */

interface Counted {
  atFrom: number;
  atTo: number;
}

/** The rows "tier (bold), its kinds …" then the total: the one layout of the first table in both files. */
function kindRows(r: ApparatusReport, locale: Locale, t: DocumentText): { values: [string, string, number, number, number]; bold: boolean }[] {
  const row = (tier: string, kind: string, c: Counted, bold: boolean) => ({ values: [tier, kind, c.atFrom, c.atTo, c.atTo - c.atFrom] as [string, string, number, number, number], bold });
  return [
    ...r.tiers.flatMap((tier) => [
      row(t(`tiers.${tier.tier}`), '', tier, true),
      ...r.kinds.filter((k) => k.tier === tier.tier).map((k) => row('', pickName(k.names, locale), k, false)),
    ]),
    row(t('apparatus.total'), '', r.total, true),
  ];
}

const unitList = (units: ApparatusReport['changes'][number]['from'], locale: Locale) => units.map((u) => pickName(u.names, locale)).join('; ');

function titleLines(r: ApparatusReport, today: string, locale: Locale, t: DocumentText, f: ReaderFormats): string[] {
  return [t('apparatus.doc.scope', { unit: pickName(r.unit.names, locale), from: f.date(r.from), to: f.date(r.to) }), t('officialDocument.preparedOn', { date: f.date(today) })];
}

export async function apparatusXlsx(r: ApparatusReport, today: string, locale: Locale, t: DocumentText): Promise<Buffer> {
  const f = readerFormats(locale);
  const lines = titleLines(r, today, locale, t, f);
  const counts = (group?: string): ReportColumn[] => [
    { heading: t('apparatus.atDate', { date: f.date(r.from) }), kind: 'integer', group },
    { heading: t('apparatus.atDate', { date: f.date(r.to) }), kind: 'integer', group },
  ];
  const byKind: ReportSheet = {
    name: t('apparatus.sheets.kinds'),
    title: t('apparatus.doc.title', { unit: pickName(r.unit.names, locale), from: f.date(r.from), to: f.date(r.to) }),
    lines,
    columns: [{ heading: t('apparatus.tier'), kind: 'text' }, { heading: t('apparatus.kind'), kind: 'name' }, ...counts(), { heading: t('apparatus.change'), kind: 'integer' }],
    rows: kindRows(r, locale, t).map((k): ReportRow => ({ values: k.values, total: k.bold })),
    frozenColumns: 2,
  };
  // One pair of columns per tier any sector has, under the tier's name.
  const tiers = UNIT_TIERS.filter((tier) => r.sectors.some((s) => s.tiers.some((x) => x.tier === tier)));
  const sum = (pick: (s: ApparatusReport['sectors'][number]) => number) => r.sectors.reduce((n, s) => n + pick(s), 0);
  const tierCells = (s: ApparatusReport['sectors'][number]) => tiers.flatMap((tier) => {
    const c = s.tiers.find((x) => x.tier === tier);
    return [c?.atFrom ?? 0, c?.atTo ?? 0];
  });
  const bySector: ReportSheet = {
    name: t('apparatus.sheets.sectors'),
    title: t('apparatus.bySector'),
    lines,
    columns: [
      { heading: t('apparatus.sector'), kind: 'name' },
      { heading: t('apparatus.kind'), kind: 'text' },
      ...tiers.flatMap((tier) => counts(t(`tiers.${tier}`))),
      ...counts(t('apparatus.total')),
      { heading: t('apparatus.change'), kind: 'integer' },
    ],
    rows: [
      ...r.sectors.map((s) => ({ values: [pickName(s.unit.names, locale), kindName(r, s.kind, locale), ...tierCells(s), s.atFrom, s.atTo, s.atTo - s.atFrom] })),
      { values: [t('apparatus.total'), '', ...tiers.flatMap((tier) => [sum((s) => s.tiers.find((x) => x.tier === tier)?.atFrom ?? 0), sum((s) => s.tiers.find((x) => x.tier === tier)?.atTo ?? 0)]), sum((s) => s.atFrom), sum((s) => s.atTo), sum((s) => s.atTo - s.atFrom)], total: true },
    ],
    frozenColumns: 1,
  };
  const changes: ReportSheet = {
    name: t('apparatus.sheets.changes'),
    title: t('apparatus.changes'),
    lines: [...lines, changesLine(r, t, f)],
    columns: [
      { heading: t('apparatus.date'), kind: 'date' },
      { heading: t('apparatus.event'), kind: 'text' },
      { heading: t('apparatus.before'), kind: 'name' },
      { heading: t('apparatus.after'), kind: 'name' },
      { heading: t('apparatus.note'), kind: 'name' },
    ],
    rows: r.changes.map((c) => ({ values: [c.effectiveDate, t(`lineage.${c.kind}`), unitList(c.from, locale), unitList(c.to, locale), c.note ?? ''] })),
  };
  return reportWorkbook(locale, [byKind, bySector, changes]);
}

/** A kind's name as the report's kinds list has it (a sector's kind may have no counted unit: then the code). */
function kindName(r: ApparatusReport, kind: string, locale: Locale): string {
  const k = r.kinds.find((x) => x.kind === kind);
  return k ? pickName(k.names, locale) : kind;
}

function changesLine(r: ApparatusReport, t: DocumentText, f: ReaderFormats): string {
  return t('apparatus.doc.changesLine', { from: f.date(r.from), to: f.date(r.to), ...Object.fromEntries(Object.entries(r.changeCounts).map(([k, v]) => [k, f.number(v)])) });
}

export async function apparatusDocx(r: ApparatusReport, issue: { letterhead: Letterhead; issuedOn: string }, locale: Locale, t: DocumentText): Promise<Buffer> {
  const f = readerFormats(locale);
  const unit = pickName(r.unit.names, locale);
  const signed = (n: number) => (n > 0 ? `+${f.number(n)}` : f.number(n));
  const countColumns = [
    { heading: t('apparatus.atDate', { date: f.date(r.from) }), align: 'right' as const },
    { heading: t('apparatus.atDate', { date: f.date(r.to) }), align: 'right' as const },
    { heading: t('apparatus.change'), align: 'right' as const },
  ];
  const kinds = kindRows(r, locale, t);
  const body: Block[] = [
    ...titleLines(r, issue.issuedOn, locale, t, f).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: t('apparatus.doc.totalLine', { from: f.date(r.from), to: f.date(r.to), atFrom: f.number(r.total.atFrom), atTo: f.number(r.total.atTo), change: signed(r.total.atTo - r.total.atFrom) }) },
    { kind: 'heading', text: `I. ${t('apparatus.byKind')}` },
    {
      kind: 'table',
      columns: [{ heading: t('apparatus.tier') }, { heading: t('apparatus.kind') }, ...countColumns],
      rows: kinds.map(({ values: [tier, kind, a, b, d] }) => [tier, kind, f.number(a), f.number(b), signed(d)]),
      boldRows: kinds.flatMap((k, i) => (k.bold ? [i] : [])),
    },
    { kind: 'heading', text: `II. ${t('apparatus.bySector')}` },
    r.sectors.length
      ? { kind: 'table', columns: [{ heading: t('apparatus.sector') }, ...countColumns], rows: r.sectors.map((s) => [pickName(s.unit.names, locale), f.number(s.atFrom), f.number(s.atTo), signed(s.atTo - s.atFrom)]) }
      : { kind: 'paragraph', text: t('apparatus.noSectors') },
    { kind: 'heading', text: `III. ${t('apparatus.changes')}` },
    { kind: 'paragraph', text: changesLine(r, t, f) },
    r.changes.length
      ? {
          kind: 'table',
          columns: [{ heading: t('apparatus.date'), align: 'center' }, { heading: t('apparatus.event') }, { heading: t('apparatus.before') }, { heading: t('apparatus.after') }],
          rows: r.changes.map((c) => [f.date(c.effectiveDate), t(`lineage.${c.kind}`), unitList(c.from, locale), unitList(c.to, locale)]),
        }
      : { kind: 'paragraph', text: t('apparatus.noChanges') },
  ];
  return officialDocx({ locale, type: 'report', issuedOn: issue.issuedOn, title: t('apparatus.doc.title', { unit, from: f.date(r.from), to: f.date(r.to) }), letterhead: issue.letterhead, body }, t);
}
