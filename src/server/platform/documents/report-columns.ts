import type { WidthLimits } from './sheet-layout.ts';

/**
 * What a report column holds, which fixes its one number format, its width limits and how
 * its values are written: dates and months as real dates (a reader sorts and filters them),
 * percentages as fractions under a percent format.
 */
export type ColumnKind = 'ordinal' | 'code' | 'text' | 'name' | 'integer' | 'decimal1' | 'decimal2' | 'percent' | 'date' | 'month';

/** A value as a feature gives it: numbers as they are (percentages 0–100), days as YYYY-MM-DD, months as YYYY-MM. */
export type ReportValue = string | number | null;

interface Kind {
  numFmt?: string;
  limits: WidthLimits;
  horizontal: 'left' | 'center' | 'right';
  /** the value as the cell shows it, to measure its width */
  shown(value: ReportValue): string;
  /** the value as the cell stores it */
  cell(value: ReportValue): string | number | Date | null;
}

const asText = (v: ReportValue) => (v === null ? '' : String(v));
const grouped = (digits: number) => (v: ReportValue) => (typeof v === 'number' ? v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : asText(v));
/** A calendar day or month at UTC midnight: Excel stores dates without a zone, and exceljs writes a Date's UTC day. */
const day = (v: ReportValue) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}(-\d{2})?$/.test(v)) return v === '' ? null : v;
  const [y, m, d] = v.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d ?? 1));
};
const plain = { shown: asText, cell: (v: ReportValue) => (v === '' ? null : v) };

export const KINDS: Record<ColumnKind, Kind> = {
  ordinal: { ...plain, limits: { min: 5, max: 7 }, horizontal: 'center' },
  code: { ...plain, limits: { min: 8, max: 16 }, horizontal: 'left' },
  text: { ...plain, limits: { min: 10, max: 24 }, horizontal: 'left' },
  name: { ...plain, limits: { min: 20, max: 45 }, horizontal: 'left' },
  integer: { numFmt: '#,##0', shown: grouped(0), cell: plain.cell, limits: { min: 7, max: 14 }, horizontal: 'right' },
  decimal1: { numFmt: '#,##0.0', shown: grouped(1), cell: plain.cell, limits: { min: 7, max: 14 }, horizontal: 'right' },
  decimal2: { numFmt: '#,##0.00', shown: grouped(2), cell: plain.cell, limits: { min: 8, max: 14 }, horizontal: 'right' },
  percent: {
    numFmt: '0.00%',
    shown: (v) => (typeof v === 'number' ? `${v.toFixed(2)}%` : asText(v)),
    cell: (v) => (typeof v === 'number' ? Number((v / 100).toPrecision(12)) : plain.cell(v)),
    limits: { min: 8, max: 14 },
    horizontal: 'right',
  },
  date: { numFmt: 'dd/mm/yyyy', shown: () => '00/00/0000', cell: day, limits: { min: 12, max: 14 }, horizontal: 'center' },
  month: { numFmt: 'mm/yyyy', shown: () => '00/0000', cell: day, limits: { min: 9, max: 12 }, horizontal: 'center' },
};
