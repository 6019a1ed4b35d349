import type { Locale } from '../../../shared/locales.ts';
import { createFollowUpsCore } from './followups.service.ts';
import { createFollowUpsImport } from './import.service.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { proposalsToItems, type SubmittedProposals } from './report-proposals.ts';
import { createFollowUpReminders, type SendFollowUpReminder } from './reminders.ts';
import { createFollowUpsRegister, type RegisterDeps } from './register.service.ts';
import { createFollowUpStatistics } from './statistics.service.ts';

export interface FollowUpsDeps extends RegisterDeps {
  /** texts of the locale files, for exports in the reader's language */
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
  sendReminder?: SendFollowUpReminder;
}

/**
 * The follow-up feature: the item's writes in a caller's transaction (for the registers of
 * meetings, inspections and reports: `raise`, `assign`, `answer`, `resolve`, …, no scope
 * check), the same writes behind scope checks for the routes (`register`), and statistics.
 */
export function createFollowUpsService(deps: FollowUpsDeps) {
  const core = createFollowUpsCore(deps);
  return { ...core, register: createFollowUpsRegister(deps, core), statistics: createFollowUpStatistics(deps), imports: createFollowUpsImport(deps, core), remind: createFollowUpReminders(deps).remind,
    proposalsSubmitted: proposalsToItems(core),
    /** Reports submitted before their proposals were followed up (the demo's): the same items, replay-safe. */
    fromSubmittedReports: (actor: Actor, reports: SubmittedProposals[]) => inTransaction(deps.db, async (tx) => { for (const r of reports) await proposalsToItems(core)(tx, actor, r); }),
  };
}
export type FollowUpsService = ReturnType<typeof createFollowUpsService>;
