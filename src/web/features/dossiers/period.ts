import { isIsoDate } from '../../../shared/domain/dates.ts';
import { parsePeriod } from '../../../shared/domain/periods.ts';

/**
 * The reporting periods a reader picks, and the text the API takes for each (see
 * shared/domain/periods.ts): calendar periods, the official reporting windows (the 15th of
 * the previous month to the 14th) and a custom range.
 */
export const PERIOD_KINDS = ['month', 'quarter', 'half', 'year', 'reportMonth', 'reportQuarter', 'report6M', 'report9M', 'reportYear', 'custom'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
/** What the service index scores: a calendar month, quarter or year. */
export const INDEX_PERIOD_KINDS = ['month', 'quarter', 'year'] as const satisfies readonly PeriodKind[];

export type PeriodChoice = { kind: Exclude<PeriodKind, 'custom'>; year: number; part: number } | { kind: 'custom'; from: string; to: string };

/** How many parts a year has for the kind: months, quarters, halves; 0 when the year alone says it. */
export function partsOf(kind: PeriodKind): number {
  switch (kind) {
    case 'month':
    case 'reportMonth':
      return 12;
    case 'quarter':
    case 'reportQuarter':
      return 4;
    case 'half':
      return 2;
    default:
      return 0;
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The period as the API and the URL spell it: 2026-09, report:2026-Q3, 2026-H1, 2026-01-05..2026-02-10. */
export function periodText(choice: PeriodChoice): string {
  switch (choice.kind) {
    case 'custom':
      return `${choice.from}..${choice.to}`;
    case 'month':
      return `${choice.year}-${pad(choice.part)}`;
    case 'quarter':
      return `${choice.year}-Q${choice.part}`;
    case 'half':
      return `${choice.year}-H${choice.part}`;
    case 'year':
      return String(choice.year);
    case 'reportMonth':
      return `report:${choice.year}-${pad(choice.part)}`;
    case 'reportQuarter':
      return `report:${choice.year}-Q${choice.part}`;
    case 'report6M':
      return `report:${choice.year}-6M`;
    case 'report9M':
      return `report:${choice.year}-9M`;
    case 'reportYear':
      return `report:${choice.year}`;
  }
}

/** The inverse of periodText; null for anything the API would refuse. */
export function parsePeriodText(text: string | null): PeriodChoice | null {
  if (!text || !parsePeriod(text)) return null;
  const official = text.startsWith('report:');
  const body = official ? text.slice('report:'.length) : text;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(body))) return { kind: 'custom', from: m[1]!, to: m[2]! };
  if ((m = /^(\d{4})-(\d{2})$/.exec(body))) return { kind: official ? 'reportMonth' : 'month', year: Number(m[1]), part: Number(m[2]) };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(body))) return { kind: official ? 'reportQuarter' : 'quarter', year: Number(m[1]), part: Number(m[2]) };
  if ((m = /^(\d{4})-H([12])$/.exec(body))) return { kind: 'half', year: Number(m[1]), part: Number(m[2]) };
  if ((m = /^(\d{4})-(6|9)M$/.exec(body))) return { kind: m[2] === '6' ? 'report6M' : 'report9M', year: Number(m[1]), part: 0 };
  if ((m = /^(\d{4})$/.exec(body))) return { kind: official ? 'reportYear' : 'year', year: Number(m[1]), part: 0 };
  return null;
}

/** The first and last day of the period (inclusive), or null if it is not a valid one. */
export function rangeOf(choice: PeriodChoice): { from: string; to: string } | null {
  if (choice.kind === 'custom' && !(isIsoDate(choice.from) && isIsoDate(choice.to))) return null;
  const period = parsePeriod(periodText(choice));
  return period ? { from: period.from, to: period.to } : null;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));
const monthOf = (iso: string) => Number(iso.slice(5, 7));

/**
 * The latest period of the kind that has ended by `today` — what a report is usually read for:
 * on 22 November 2026, October 2026, the third quarter, the first half, 2025; the official
 * month window 15 Oct–14 Nov, and so on. A custom range becomes the last complete month.
 */
export function lastComplete(kind: PeriodKind, today: string): PeriodChoice {
  const ends = (choice: PeriodChoice) => (rangeOf(choice)?.to ?? today) < today;
  const y = yearOf(today);
  switch (kind) {
    case 'custom': {
      const month = lastComplete('month', today);
      const range = rangeOf(month)!;
      return { kind: 'custom', from: range.from, to: range.to };
    }
    case 'year':
    case 'reportYear':
    case 'report6M':
    case 'report9M': {
      // The official year window of y+1 starts on 15 Dec of y: it may not have ended, y's may have.
      for (const year of [y + 1, y, y - 1]) if (ends({ kind, year, part: 0 })) return { kind, year, part: 0 };
      return { kind, year: y - 2, part: 0 };
    }
    default: {
      const parts = partsOf(kind);
      // Step back one part at a time from the one holding next month (official windows run ahead).
      let year = y;
      let part = Math.ceil(((monthOf(today) % 12) + 1) / (12 / parts));
      if (monthOf(today) === 12) year += 1;
      for (let i = 0; i < parts + 2; i++) {
        const choice = { kind, year, part };
        if (ends(choice)) return choice;
        part -= 1;
        if (part === 0) {
          part = parts;
          year -= 1;
        }
      }
      return { kind, year, part };
    }
  }
}

/**
 * The choice after the reader switches the kind: the same year and, where it makes sense,
 * the part that holds the same month; otherwise the latest complete period of the new kind.
 */
export function withKind(current: PeriodChoice, kind: PeriodKind, today: string): PeriodChoice {
  if (kind === current.kind) return current;
  if (kind === 'custom') {
    const range = rangeOf(current);
    return range ? { kind: 'custom', ...range } : lastComplete('custom', today);
  }
  if (current.kind === 'custom') return lastComplete(kind, today);
  const parts = partsOf(kind);
  if (parts === 0) return { kind, year: current.year, part: 0 };
  if (partsOf(current.kind) === 0) {
    // From a whole year: its last part, or the latest complete one if that year is still running.
    const latest = lastComplete(kind, today);
    return latest.kind !== 'custom' && latest.year <= current.year ? latest : { kind, year: current.year, part: parts };
  }
  const month = (current.part - 1) * (12 / partsOf(current.kind)) + 1;
  return { kind, year: current.year, part: Math.ceil(month / (12 / parts)) };
}

/** The calendar month (YYYY-MM) that ends the period, never later than the current month. */
export function lastMonthOf(choice: PeriodChoice, today: string): string {
  const to = rangeOf(choice)?.to ?? today;
  const end = to < today ? to : today;
  return end.slice(0, 7);
}
