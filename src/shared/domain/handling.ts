import type { HandlingFigures, HandlingOfficial } from '../contracts/accountability.ts';
import { percentHalfUp } from './rates.ts';

/** What the database counts for one (official, procedure) pair over a period. */
export interface HandlingCounts {
  resolved: number;
  resolvedLate: number;
  overdue: number;
  apologies: number;
}
export interface HandlingGroup extends HandlingCounts {
  official: HandlingOfficial;
  procedureCode: string;
}

const ZERO: HandlingCounts = { resolved: 0, resolvedLate: 0, overdue: 0, apologies: 0 };
const plus = (a: HandlingCounts, b: HandlingCounts): HandlingCounts => ({
  resolved: a.resolved + b.resolved,
  resolvedLate: a.resolvedLate + b.resolvedLate,
  overdue: a.overdue + b.overdue,
  apologies: a.apologies + b.apologies,
});

/**
 * A dossier is late for the period when it was resolved late within it or is still overdue at
 * its end; the apology-letter rate is the share of those with a letter issued (Decree 61's
 * apology to the applicant), 0 when none is late.
 */
export function handlingFigures(c: HandlingCounts): HandlingFigures {
  const late = c.resolvedLate + c.overdue;
  return { ...c, late, apologyRate: percentHalfUp(c.apologies, late) };
}

/** Most late first, then most resolved; ties in a stable order of their key. */
const byLateness = <T extends { figures: HandlingFigures }>(key: (x: T) => string) => (a: T, b: T) =>
  b.figures.late - a.figures.late || b.figures.resolved - a.figures.resolved || key(a).localeCompare(key(b));

/**
 * The counts per (official, procedure) summed per official, per procedure and overall.
 * Dossiers sent without an official form one group (id null), listed last.
 */
export function summariseHandling(groups: readonly HandlingGroup[]) {
  const officials = new Map<string, { official: HandlingOfficial; counts: HandlingCounts }>();
  const procedures = new Map<string, HandlingCounts>();
  let total = ZERO;
  for (const g of groups) {
    const key = JSON.stringify([g.official.source, g.official.id]);
    const o = officials.get(key) ?? officials.set(key, { official: g.official, counts: ZERO }).get(key)!;
    o.counts = plus(o.counts, g);
    if (o.official.name === null) o.official = { ...o.official, name: g.official.name };
    procedures.set(g.procedureCode, plus(procedures.get(g.procedureCode) ?? ZERO, g));
    total = plus(total, g);
  }
  type OfficialRow = { official: HandlingOfficial; figures: HandlingFigures };
  const officialKey = (x: OfficialRow) => `${x.official.id === null ? 1 : 0}${x.official.source}\u0000${x.official.id ?? ''}`;
  const byOfficial = [...officials.values()].map((o) => ({ official: o.official, figures: handlingFigures(o.counts) }));
  byOfficial.sort((a, b) => Number(a.official.id === null) - Number(b.official.id === null) || byLateness<OfficialRow>(officialKey)(a, b));
  const byProcedure = [...procedures.entries()].map(([code, counts]) => ({ code, figures: handlingFigures(counts) })).sort(byLateness((p) => p.code));
  return { total: handlingFigures(total), byOfficial, byProcedure };
}
