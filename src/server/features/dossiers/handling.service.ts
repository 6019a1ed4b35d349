import type { AccountabilityQuery, AccountabilityReport } from '../../../shared/contracts/accountability.ts';
import { summariseHandling } from '../../../shared/domain/handling.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { periodOf } from './dossier-report.service.ts';
import type { DossiersDeps } from './dossiers-deps.ts';
import { handlingSheet } from './handling-sheet.ts';
import { handlingGroups } from './handling.repository.ts';
import { listProcedures } from './procedures.repository.ts';
import { createReportScope } from './report-scope.ts';

/**
 * Accountability for slow handling: a unit's (and its subtree's) dossiers resolved late or
 * overdue, by handling official and by procedure, with the apology-letter rate. Officials'
 * names are personal data, so the unit's scope is checked for `dossiers.officials` (managers:
 * secretariat, leaders) and this is the only reader of the official columns.
 */
export function createHandlingReports(deps: DossiersDeps) {
  const scopeOf = createReportScope(deps, 'dossiers.officials');

  async function report(actor: Actor, q: AccountabilityQuery): Promise<AccountabilityReport> {
    const period = periodOf(q);
    const scope = await scopeOf(actor, q.unit, period.to, q.descendants);
    const summary = summariseHandling(await handlingGroups(deps.db, { unitIds: scope.unitIds, from: period.from, to: period.to }));
    const names = new Map((await listProcedures(deps.db)).map((p) => [p.code, p.names]));
    return {
      unit: { code: scope.unit.code, names: scope.unit.names },
      from: period.from,
      to: period.to,
      descendants: q.descendants,
      total: summary.total,
      byOfficial: summary.byOfficial,
      byProcedure: summary.byProcedure.map((p) => ({ code: p.code, names: names.get(p.code) ?? null, figures: p.figures })),
    };
  }

  return {
    report,
    /** The same report as a workbook in the reader's language (two sheets: officials, procedures). */
    xlsx: async (actor: Actor, q: AccountabilityQuery, locale: Locale): Promise<Buffer> =>
      handlingSheet(await report(actor, q), locale, (key, values) => deps.text(locale, key, values), deps.today()),
  };
}

export type HandlingReports = ReturnType<typeof createHandlingReports>;
