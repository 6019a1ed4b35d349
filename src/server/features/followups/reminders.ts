import { followUpReminderKind, stateAsOf } from '../../../shared/domain/follow-ups.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { FollowUpsCoreDeps } from './followups.service.ts';
import * as repo from './followups.repository.ts';
import { factOf } from './item-views.ts';

/** A reminder of a follow-up item, given to the responsible unit's people through the tasks feature's reminders (wired in app.ts). */
export interface FollowUpReminderRequest {
  kind: 'follow_up_due_soon' | 'follow_up_overdue';
  deadline: string;
  /** the item: its code (as `round`), its text, the responsible unit's code */
  report: { round: string; names: LocalizedNames; unit: string };
  unitNames: LocalizedNames;
}
export type SendFollowUpReminder = (unitId: number, reminder: FollowUpReminderRequest) => Promise<{ created: number; emailed: number }>;

/**
 * Today's reminders of items assigned to a unit that are due within the horizon or overdue
 * (shared/domain/follow-ups.ts `followUpReminderKind`). The tasks feature gives each once per
 * person, item, kind and deadline, so this runs as often as task reminders do.
 */
export function createFollowUpReminders(deps: FollowUpsCoreDeps & { sendReminder?: SendFollowUpReminder }) {
  return {
    async remind(): Promise<{ created: number; emailed: number }> {
      const total = { created: 0, emailed: 0 };
      if (!deps.sendReminder) return total;
      const today = deps.today();
      const rows = (await repo.listItems(deps.db, {})).filter((r) => r.responsibleUnitId !== null && r.deadline !== null && r.status !== 'resolved' && r.status !== 'declined');
      const events = await repo.eventsOf(deps.db, rows.map((r) => r.id));
      const refs = new Map((await deps.units.refsOf([...new Set(rows.map((r) => r.responsibleUnitId!))])).map((u) => [u.id, u]));
      for (const r of rows) {
        const state = stateAsOf(events.filter((e) => e.itemId === r.id).map(factOf), today);
        const kind = state && followUpReminderKind(state, today);
        const unit = refs.get(r.responsibleUnitId!);
        if (!kind || !unit || state.deadline === null) continue;
        const given = await deps.sendReminder(r.responsibleUnitId!, { kind, deadline: state.deadline, report: { round: r.code, names: r.text, unit: unit.code }, unitNames: unit.names });
        total.created += given.created;
        total.emailed += given.emailed;
      }
      return total;
    },
  };
}
