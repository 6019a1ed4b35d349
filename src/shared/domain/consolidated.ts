import { rankChangeOf, type RankChange } from './assessment-results.ts';
import { parsePeriod, type Period } from './periods.ts';

/**
 * Pure rules of the consolidated PAR report: its period, the period its service index is
 * compared with, the published standings' changes, the proposals' grouping, and where an
 * issued report's figures differ from today's.
 */

/** The report's period: a period text (periods.ts), or from..to; null when neither is valid. */
export function reportPeriodOf(q: { period?: string; from?: string; to?: string }): Period | null {
  if (q.period) return parsePeriod(q.period);
  return q.from && q.to && q.from <= q.to ? { from: q.from, to: q.to, label: `${q.from}..${q.to}` } : null;
}

/** The same kind of calendar period just before: 2025 for 2026, 2026-Q2 for 2026-Q3, 2026-08 for 2026-09. */
export function previousPeriodOf(label: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(label))) return String(Number(m[1]) - 1);
  if ((m = /^(\d{4})-Q([1-4])$/.exec(label))) return m[2] === '1' ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) return m[2] === '01' ? `${Number(m[1]) - 1}-12` : `${m[1]}-${String(Number(m[2]) - 1).padStart(2, '0')}`;
  return null;
}

interface Standing {
  indexCode: string;
  year: number;
  value: number;
  rank: number | null;
  of: number | null;
}

/**
 * Each published index's latest standing up to `year`, with the one before it: places moved
 * only between rankings of the same N (the assessments' rule), the value's change in hundredths.
 */
export function publishedChanges(standings: readonly Standing[], year: number) {
  const indices = [...new Set(standings.map((s) => s.indexCode))].sort();
  return indices.flatMap((indexCode) => {
    const years = standings.filter((s) => s.indexCode === indexCode && s.year <= year).sort((a, b) => b.year - a.year);
    const [now, before] = years;
    if (!now) return [];
    const ranked = now.rank !== null && now.of !== null && before?.rank != null && before.of != null;
    const rankChange: RankChange | 'unranked' = now.rank === null || now.of === null ? 'unranked' : !before ? 'new' : ranked ? rankChangeOf(now.rank, now.of, { rank: before.rank!, of: before.of! }) : 'unranked';
    return [
      {
        indexCode,
        year: now.year,
        value: now.value,
        rank: now.rank,
        of: now.of,
        previous: before ? { year: before.year, value: before.value, rank: before.rank, of: before.of } : null,
        rankChange,
        valueChange: before ? Math.round((now.value - before.value) * 100) / 100 : null,
      },
    ];
  });
}

/** Proposals grouped by field, then by addressee (both in code order), each group's items in their given order. */
export function groupProposals(proposals: readonly { text: string; field: string; addressee: string; unitCode: string }[]) {
  const keys = [...new Set(proposals.map((p) => JSON.stringify([p.field, p.addressee])))].sort();
  return keys.map((key) => {
    const [field, addressee] = JSON.parse(key) as [string, string];
    return { field, addressee, items: proposals.filter((p) => p.field === field && p.addressee === addressee).map(({ text, unitCode }) => ({ text, unitCode })) };
  });
}

/**
 * Every leaf figure (number, text, boolean, null) that differs between an issued report's
 * stored figures and today's, by its path (`tasks.total.completed.late`). `asOf` itself is
 * not a difference: it is when each was read. A row only on one side shows with null.
 */
export function figureDifferences(issued: unknown, today: unknown, path = ''): { path: string; issued: unknown; today: unknown }[] {
  if (path === 'asOf') return [];
  const isNode = (v: unknown) => v !== null && typeof v === 'object';
  if (!isNode(issued) || !isNode(today)) return issued === today ? [] : [{ path, issued: issued ?? null, today: today ?? null }];
  const a = keyed(issued as object);
  const b = keyed(today as object);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((k) => figureDifferences(a[k] ?? null, b[k] ?? null, path ? `${path}.${k}` : k));
}

/** Rows of a list are compared by what they are of (a plan, an area, an index…), not by their position. */
function keyed(node: object): Record<string, unknown> {
  if (!Array.isArray(node)) return node as Record<string, unknown>;
  const idOf = (row: unknown, i: number): string => {
    if (row === null || typeof row !== 'object') return String(i);
    const r = row as Record<string, unknown>;
    const id = ['round', 'unit', 'plan', 'issuingBody', 'area', 'indexCode', 'key', 'field', 'addressee'].filter((k) => typeof r[k] === 'string').map((k) => r[k] as string);
    return id.length ? id.join('/') : String(i);
  };
  return Object.fromEntries(node.map((row, i) => [idOf(row, i), row]));
}
