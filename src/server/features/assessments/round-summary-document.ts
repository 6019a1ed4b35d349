import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { RoundResultsResponse } from '../../../shared/contracts/frameworks.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { change, type ExportText, type RoundExportData } from './round-exports.ts';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/**
 * A short Word summary of a round for the leaders' meeting: what was assessed, the ranking
 * with each rank's N, and who rose or fell most — or why places are not counted, when the
 * previous ranking had another N.
 */
export async function summaryDocx(d: RoundExportData, locale: Locale, t: ExportText): Promise<Buffer> {
  const name = (code: string) => pickName(d.unitNames.get(code) ?? {}, locale) || code;
  const units = d.results.units;
  const moved = units.filter((u) => typeof u.rankChange === 'number') as (RoundResultsResponse['units'][number] & { rankChange: number })[];
  const riser = [...moved].sort((a, b) => b.rankChange - a.rankChange)[0];
  const faller = [...moved].sort((a, b) => a.rankChange - b.rankChange)[0];
  const otherSize = units.find((u) => u.rankChange === 'not_comparable');
  const highlights = [
    units[0] && t('roundExport.first', { unit: name(units[0].unit), points: String(units[0].points) }),
    riser && riser.rankChange > 0 && t('roundExport.rose', { unit: name(riser.unit), n: String(riser.rankChange) }),
    faller && faller.rankChange < 0 && t('roundExport.fell', { unit: name(faller.unit), n: String(-faller.rankChange) }),
    otherSize && t('roundExport.otherSize', { of: String(units[0]!.of), previousOf: String(otherSize.previous!.of) }),
  ].filter((x): x is string => typeof x === 'string');
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [t('roundExport.rank'), t('roundExport.unit'), t('roundExport.points'), t('roundExport.percent'), t('roundExport.band'), t('roundExport.rankChange')].map((h) => cell(h, true)) }),
      ...units.map((u) => new TableRow({ children: [cell(t('roundExport.rankOf', { rank: String(u.rank), of: String(u.of) })), cell(name(u.unit)), cell(String(u.points)), cell(`${u.percent}%`), cell(u.band ?? ''), cell(change(u, t))] })),
    ],
  });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(t('roundExport.title', { round: d.round, year: String(d.year) }))] }),
          new Paragraph({ children: [new TextRun({ text: pickName(d.framework.names, locale), italics: true })] }),
          new Paragraph({ children: [new TextRun(t(d.results.finalized ? 'roundExport.finalized' : 'roundExport.provisional'))] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('roundExport.highlights'))] }),
          ...highlights.map((h) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(h)] })),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(t('roundExport.ranking'))] }),
          table,
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
