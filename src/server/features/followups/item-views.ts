import type { FollowUpEvent, FollowUpItemView } from '../../../shared/contracts/followups.ts';
import type { UnitRef } from '../../../shared/contracts/units.ts';
import { isOverdueOn, stateAsOf, type FollowUpEventFact } from '../../../shared/domain/follow-ups.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import * as repo from './followups.repository.ts';

/** A task linked to an item, as the tasks feature describes it (wired in app.ts). */
export interface LinkedTaskRef {
  id: number;
  title: LocalizedNames;
  planCode: string;
}
export type TasksOf = (taskIds: number[]) => Promise<LinkedTaskRef[]>;

export const factOf = (e: repo.EventRow): FollowUpEventFact => ({ on: e.on, action: e.action, status: e.status, details: e.details });

/**
 * Items as the API shows them: units as code and names, the field, the linked task, and the
 * history — all read in a few queries whatever the number of items.
 */
export async function itemViews(db: Db, units: UnitsService, tasksOf: TasksOf, rows: readonly repo.ItemRow[], today: string): Promise<FollowUpItemView[]> {
  if (rows.length === 0) return [];
  const events = await repo.eventsOf(db, rows.map((r) => r.id));
  const unitIds = new Set<number>();
  for (const r of rows) for (const id of [r.raisedByUnitId, r.addressedToUnitId, r.responsibleUnitId]) if (id !== null) unitIds.add(id);
  for (const e of events) for (const id of [e.details.responsibleUnitId, e.details.addressedToUnitId]) if (id !== undefined) unitIds.add(id);
  const refs = new Map((await units.refsOf([...unitIds])).map((u) => [u.id, { code: u.code, names: u.names }]));
  const ref = (id: number | null | undefined): UnitRef | null => (id == null ? null : (refs.get(id) ?? null));
  const fields = new Map((await repo.listFields(db)).map((f) => [f.id, f]));
  const taskIds = rows.map((r) => r.taskId).filter((id): id is number => id !== null);
  const tasks = new Map((taskIds.length ? await tasksOf(taskIds) : []).map((t) => [t.id, t]));
  const byItem = new Map<number, repo.EventRow[]>();
  for (const e of events) byItem.set(e.itemId, [...(byItem.get(e.itemId) ?? []), e]);
  return rows.map((r) => {
    const history = byItem.get(r.id) ?? [];
    const state = stateAsOf(history.map(factOf), today);
    const field = fields.get(r.fieldId)!;
    return {
      id: r.id,
      code: r.code,
      source: { kind: r.sourceKind, id: r.sourceId, ref: r.sourceRef },
      kind: r.kind,
      raisedOn: r.raisedOn,
      raisedBy: ref(r.raisedByUnitId),
      raiserTitle: r.raiserTitle,
      field: { code: field.code, names: field.names },
      addressedTo: ref(r.addressedToUnitId)!,
      addresseeName: r.addresseeName,
      text: r.text,
      status: r.status,
      responsibleUnit: ref(r.responsibleUnitId),
      deadline: r.deadline,
      overdue: state !== null && isOverdueOn(state, today),
      task: r.taskId === null ? null : (tasks.get(r.taskId) ?? null),
      closesWithTask: r.closesWithTask,
      answer: r.answer,
      answeredOn: r.answeredOn,
      answeredBy: r.answeredBy,
      resolvedOn: r.resolvedOn,
      declinedReason: r.declinedReason,
      events: history.map((e) => eventView(e, ref)),
    };
  });
}

function eventView(e: repo.EventRow, ref: (id: number | null | undefined) => UnitRef | null): FollowUpEvent {
  const d = e.details;
  const view: FollowUpEvent = { on: e.on, at: new Date(e.at).toISOString(), by: e.actor, action: e.action, status: e.status };
  if (d.deadline !== undefined) view.deadline = d.deadline;
  if (d.responsibleUnitId !== undefined) view.responsibleUnit = ref(d.responsibleUnitId);
  if (d.addressedToUnitId !== undefined) view.addressedTo = ref(d.addressedToUnitId);
  if (d.answer !== undefined) view.answer = d.answer;
  if (d.reason !== undefined) view.reason = d.reason;
  if (d.note !== undefined) view.note = d.note;
  if (d.taskId !== undefined) view.taskId = d.taskId;
  return view;
}
