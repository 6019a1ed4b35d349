import type { DossierReportResponse } from '../../../../shared/contracts/dossiers.ts';
import { percentHalfUp } from '../../../../shared/domain/rates.ts';

export type Report = DossierReportResponse['report'];

/** The report's counts, rates recomputed the server's way (early + on time of resolved; online of new). */
function withRates(r: Omit<Report, 'rates'>): Report {
  const fresh = r.received.online + r.received.direct + r.received.postal;
  return { ...r, rates: { onTime: percentHalfUp(r.resolved.early + r.resolved.onTime, r.resolved.total), online: percentHalfUp(r.received.online, fresh) } };
}

function combine(a: Report, b: Report, sign: 1 | -1): Report {
  const f = (x: number, y: number) => x + sign * y;
  return withRates({
    received: { total: f(a.received.total, b.received.total), carriedOver: f(a.received.carriedOver, b.received.carriedOver), online: f(a.received.online, b.received.online), direct: f(a.received.direct, b.received.direct), postal: f(a.received.postal, b.received.postal) },
    resolved: { total: f(a.resolved.total, b.resolved.total), early: f(a.resolved.early, b.resolved.early), onTime: f(a.resolved.onTime, b.resolved.onTime), late: f(a.resolved.late, b.resolved.late) },
    pending: { total: f(a.pending.total, b.pending.total), inTime: f(a.pending.inTime, b.pending.inTime), overdue: f(a.pending.overdue, b.pending.overdue) },
    withdrawn: f(a.withdrawn, b.withdrawn),
  });
}

export const EMPTY_REPORT: Report = withRates({ received: { total: 0, carriedOver: 0, online: 0, direct: 0, postal: 0 }, resolved: { total: 0, early: 0, onTime: 0, late: 0 }, pending: { total: 0, inTime: 0, overdue: 0 }, withdrawn: 0 });

export function sumReports(reports: readonly Report[]): Report {
  return reports.reduce((sum, r) => combine(sum, r, 1), EMPTY_REPORT);
}

export function isEmptyReport(r: Report): boolean {
  return r.received.total === 0 && r.resolved.total === 0 && r.pending.total === 0 && r.withdrawn === 0;
}

/**
 * The dossiers the unit handled itself (e.g. a province's one-stop centre), apart from those of
 * its subordinate units: the total less the children's rows; null when there are none, so the
 * form's rows always add up to its total row.
 */
export function ownReport(total: Report, children: readonly Report[]): Report | null {
  if (children.length === 0) return null;
  const own = combine(total, sumReports(children), -1);
  return isEmptyReport(own) ? null : own;
}
