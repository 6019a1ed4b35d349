import ExcelJS from 'exceljs';
import { frameworkFile, SCORING_METHODS, COMPUTED_MEASURES, type FrameworkFile, type FrameworkNodeFile } from '../../../shared/contracts/frameworks.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { flattenFramework } from '../../../shared/domain/framework-tree.ts';
import { AppError, parseOrThrow } from '../../../shared/errors.ts';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { layOutTableSheet } from '../../platform/documents/table-sheet.ts';
import { yesNoCell } from '../../platform/files/cells.ts';

/**
 * A framework as a workbook an office can edit in Excel: sheet "framework" holds the
 * framework's own fields (one per row: field, value), sheet "nodes" one row per node with
 * its parent's key — the tree is rebuilt from the keys on import.
 */
const NODE_COLUMNS = ['key', 'parent_key', 'code', ...LOCALES.map((l) => `name_${l}`), 'max', 'max_verified', 'method', 'measure', 'thresholds', ...LOCALES.map((l) => `guidance_${l}`)];
const META = ['code', 'subject', 'year', 'basis', 'example', 'total', ...LOCALES.map((l) => `name_${l}`)] as const;

/** "90:4; 50:2" ⇄ [{ minPercent: 90, points: 4 }, { minPercent: 50, points: 2 }] */
const thresholdsText = (n: FrameworkNodeFile) => (n.formula?.thresholds ?? []).map((t) => `${t.minPercent}:${t.points}`).join('; ');

/** The workbook, laid out for printing by the document kit in the reader's typeface (names in each language's own). */
export async function frameworkXlsx(f: FrameworkFile, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const meta = workbook.addWorksheet('framework');
  meta.addRow(['field', 'value']);
  const metaValues: Record<(typeof META)[number], string | number> = {
    code: f.code,
    subject: f.subject,
    year: f.year,
    basis: f.basis,
    example: f.example ? 'yes' : 'no',
    total: f.total,
    ...(Object.fromEntries(LOCALES.map((l) => [`name_${l}`, f.names[l] ?? ''])) as Record<`name_${(typeof LOCALES)[number]}`, string>),
  };
  for (const field of META) meta.addRow([field, metaValues[field]]);
  const nodes = workbook.addWorksheet('nodes');
  nodes.addRow(NODE_COLUMNS);
  for (const { node: n, parentKey } of flattenFramework(f)) {
    nodes.addRow([
      n.key, parentKey ?? '', n.code, ...LOCALES.map((l) => n.names[l] ?? ''), n.max, n.maxVerified ? 'yes' : 'no', n.method ?? '', n.formula?.measure ?? '', thresholdsText(n), ...LOCALES.map((l) => n.guidance?.[l] ?? ''),
    ]);
  }
  layOutTableSheet(meta, locale);
  layOutTableSheet(nodes, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : typeof v === 'object' && 'text' in v ? String(v.text) : String(v)).trim();
const names = (row: Record<string, string | undefined>, prefix: string): Record<string, string> =>
  Object.fromEntries(
    LOCALES.flatMap((l) => {
      const v = row[`${prefix}_${l}`];
      return v ? [[l, v]] : [];
    }),
  );

/** The workbook back to a framework file; bad rows are named by sheet line and column. */
export async function frameworkFromXlsx(data: Buffer): Promise<FrameworkFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_file', { reason: 'xlsx' });
  }
  const [meta, sheet] = [workbook.getWorksheet('framework'), workbook.getWorksheet('nodes')];
  if (!meta || !sheet) throw new AppError('invalid_file', { reason: 'sheets', expected: ['framework', 'nodes'] });
  const m: Record<string, string> = {};
  meta.eachRow((row, line) => line > 1 && (m[text(row.getCell(1).value)] = text(row.getCell(2).value)));
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(text);
  const errors: ImportRowError[] = NODE_COLUMNS.filter((c) => !header.includes(c) && !c.startsWith('name_') && !c.startsWith('guidance_')).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
  const rows: { line: number; parentKey: string; node: FrameworkNodeFile }[] = [];
  sheet.eachRow((r, line) => {
    if (line === 1) return;
    const v = Object.fromEntries(header.map((h, i) => [h, text(r.getCell(i + 1).value)]));
    const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
    const max = Number(v.max);
    if (v.max === '' || !Number.isFinite(max) || max < 0) fail('max', 'not_a_number');
    if (v.method && !(SCORING_METHODS as readonly string[]).includes(v.method)) fail('method', 'unknown_method');
    if (v.measure && !(COMPUTED_MEASURES as readonly string[]).includes(v.measure)) fail('measure', 'unknown_measure');
    const thresholds = v.thresholds ? v.thresholds.split(';').map((t) => t.split(':').map((x) => Number(x.trim()))) : [];
    if (thresholds.some((t) => t.length !== 2 || t.some((x) => !Number.isFinite(x)))) fail('thresholds', 'invalid_thresholds');
    const guidance = names(v, 'guidance');
    rows.push({
      line,
      parentKey: v.parent_key ?? '',
      node: {
        key: v.key ?? '',
        code: v.code ?? '',
        names: names(v, 'name'),
        ...(Object.keys(guidance).length ? { guidance } : {}),
        max,
        maxVerified: yesNoCell(v.max_verified) === true,
        ...(v.method ? { method: v.method as FrameworkNodeFile['method'] } : {}),
        ...(v.measure ? { formula: { measure: v.measure as NonNullable<FrameworkNodeFile['formula']>['measure'], thresholds: thresholds.map(([minPercent, points]) => ({ minPercent: minPercent!, points: points! })) } } : {}),
      },
    });
  });
  const byKey = new Map(rows.map((r) => [r.node.key, r]));
  for (const r of rows) if (r.parentKey && !byKey.has(r.parentKey)) errors.push({ line: r.line, field: 'parent_key', code: 'unknown_parent', value: r.parentKey });
  if (errors.length) throw new AppError('import_rows_invalid', { errors });
  for (const r of rows) if (r.parentKey) (byKey.get(r.parentKey)!.node.children ??= []).push(r.node);
  return parseOrThrow(frameworkFile, {
    code: m.code,
    names: names(m, 'name'),
    subject: m.subject,
    year: Number(m.year),
    basis: m.basis ?? '',
    example: yesNoCell(m.example) === true,
    total: Number(m.total),
    areas: rows.filter((r) => !r.parentKey).map((r) => r.node),
  });
}
