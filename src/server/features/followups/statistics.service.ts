import type { FollowUpStatisticsView } from '../../../shared/contracts/followups.ts';
import type { UnitRef } from '../../../shared/contracts/units.ts';
import { followUpStatistics, type FollowUpCounts } from '../../../shared/domain/follow-ups.ts';
import { invalidField } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { FollowUpsCoreDeps } from './followups.service.ts';
import * as repo from './followups.repository.ts';
import { factOf } from './item-views.ts';
import { statisticsWorkbook, type SheetText } from './statistics-sheet.ts';

/** The figures of the CLI's report (`parmon report follow-ups --json`): the shape. */
export interface FollowUpReport extends FollowUpCounts {
  unit: string;
  asOf: string;
  byField: Record<string, { raised: number; resolved: number; open: number; overdue: number }>;
}

/**
 * Statistics of a unit (with its subtree, if asked) as of any day: the items raised by or
 * addressed to a unit in scope, each once, replayed from their events
 * (shared/domain/follow-ups.ts). SQL only selects the candidate items.
 */
export function createFollowUpStatistics(deps: FollowUpsCoreDeps & { text: (locale: Locale, key: string, values?: Record<string, string>) => string }) {
  const { db, units, today } = deps;

  async function compute(actor: Actor, q: { unit: string; descendants: boolean; asOf?: string }): Promise<FollowUpStatisticsView> {
    const unitId = await units.authorizeCode(actor, 'followups.read', q.unit);
    const asOf = q.asOf ?? today();
    if (asOf > today()) throw invalidField('asOf', 'in_future', asOf);
    const scope = new Set(q.descendants ? await units.subtreeIdsOf(q.unit) : [unitId]);
    const rows = await repo.listItems(db, { unitIds: [...scope], withEscalatedFrom: true });
    const events = await repo.eventsOf(db, rows.map((r) => r.id));
    const fields = await repo.listFields(db);
    const fieldCode = new Map(fields.map((f) => [f.id, f.code]));
    const s = followUpStatistics(
      rows.map((r) => ({ id: r.id, code: r.code, field: fieldCode.get(r.fieldId)!, raisedOn: r.raisedOn, raisedByUnitId: r.raisedByUnitId, events: events.filter((e) => e.itemId === r.id).map(factOf) })),
      asOf,
      (id) => scope.has(id),
    );
    const ids = new Set<number>([unitId, ...Object.keys(s.byAddressee).map(Number), ...Object.keys(s.byResponsibleUnit).map(Number)]);
    for (const a of s.ageing) for (const id of [a.addressedToUnitId, a.responsibleUnitId]) if (id !== null) ids.add(id);
    const refs = new Map((await units.refsOf([...ids])).map((u) => [u.id, { code: u.code, names: u.names }]));
    const ref = (id: number | null): UnitRef | null => (id === null ? null : (refs.get(id) ?? null));
    const byUnit = (m: Record<string, FollowUpCounts>) => Object.entries(m).map(([id, counts]) => ({ unit: ref(Number(id))!, counts })).sort((a, b) => b.counts.raised - a.counts.raised || a.unit.code.localeCompare(b.unit.code));
    const texts = new Map(rows.map((r) => [r.id, r.text]));
    const { byField, byAddressee, byResponsibleUnit, ageing, asOf: _asOf, ...counts } = s;
    return {
      ...counts,
      unit: ref(unitId)!,
      descendants: q.descendants,
      asOf,
      byField: fields.filter((f) => byField[f.code]).map((f) => ({ field: { code: f.code, names: f.names }, counts: byField[f.code]! })),
      byAddressee: byUnit(byAddressee),
      byResponsibleUnit: byUnit(byResponsibleUnit),
      ageing: ageing.map((a) => ({ code: a.code, field: a.field, raisedOn: a.raisedOn, daysOpen: a.daysOpen, status: a.status, deadline: a.deadline, overdue: a.overdue, addressedTo: ref(a.addressedToUnitId), responsibleUnit: ref(a.responsibleUnitId), text: texts.get(a.id)! })),
    };
  }

  return {
    compute,

    /** The CLI's figures: the totals and, by field code, raised, resolved, open and overdue. */
    async report(actor: Actor, q: { unit: string; descendants: boolean; asOf?: string }): Promise<FollowUpReport> {
      const s = await compute(actor, q);
      const byField = Object.fromEntries(s.byField.map((f) => [f.field.code, { raised: f.counts.raised, resolved: f.counts.resolved, open: f.counts.open, overdue: f.counts.overdue }]));
      return { unit: s.unit.code, asOf: s.asOf, raised: s.raised, answered: s.answered, answeredInTime: s.answeredInTime, resolved: s.resolved, declined: s.declined, open: s.open, overdue: s.overdue, byField };
    },

    async workbook(actor: Actor, q: { unit: string; descendants: boolean; asOf?: string }, locale: Locale): Promise<Buffer> {
      const t: SheetText = (key, values) => deps.text(locale, key, values);
      return statisticsWorkbook(await compute(actor, q), locale, t);
    },
  };
}
export type FollowUpStatisticsService = ReturnType<typeof createFollowUpStatistics>;
