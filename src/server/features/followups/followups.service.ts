import type { FollowUpField, FollowUpItemView } from '../../../shared/contracts/followups.ts';
import { nextStatus, stateAsOf, type FollowUpAction, type FollowUpEventDetails, type FollowUpState, type ItemKind, type SourceKind } from '../../../shared/domain/follow-ups.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import { FOLLOW_UP_FIELD_NAMES } from './follow-up-fields.data.ts';
import * as repo from './followups.repository.ts';
import { factOf, itemViews, type TasksOf } from './item-views.ts';

/** What raises an item: a register (meetings, inspections, reports), an import, or a person. */
export interface RaiseItem {
  code?: string;
  source: { kind: SourceKind; id: number | null; ref: string | null };
  kind: ItemKind;
  raisedOn: string;
  raisedByUnitId: number | null;
  raiserTitle: LocalizedNames | null;
  /** a field code */
  field: string;
  addressedToUnitId: number;
  addresseeName?: string | null;
  text: LocalizedNames;
  assignment?: Assignment;
}
/** An item of a register's source as it stands now, and on any day (null: not yet raised). */
export interface ItemWithHistory {
  id: number;
  code: string;
  sourceId: number;
  text: LocalizedNames;
  status: string;
  deadline: string | null;
  resolvedOn: string | null;
  stateOn(day: string): FollowUpState | null;
}

export interface Assignment {
  responsibleUnitId: number;
  deadline: string | null;
  on: string;
}

export interface FollowUpsCoreDeps {
  db: Db;
  units: UnitsService;
  today: () => string;
  /** the linked tasks' titles and plans, from the tasks feature (wired in app.ts) */
  tasksOf?: TasksOf;
}

/** The shipped field list (reference data, added when missing; run with the migrations). */
export async function ensureFollowUpFields(db: Db): Promise<void> {
  let position = 0;
  for (const [code, names] of Object.entries(FOLLOW_UP_FIELD_NAMES)) await repo.insertFieldIfMissing(db, { code, names, position: (position += 10) });
}

const pick = (r: repo.ItemRow) => ({ status: r.status, addressedToUnitId: r.addressedToUnitId, responsibleUnitId: r.responsibleUnitId, deadline: r.deadline, taskId: r.taskId, closesWithTask: r.closesWithTask, answer: r.answer, answeredOn: r.answeredOn, resolvedOn: r.resolvedOn, declinedReason: r.declinedReason });

/**
 * The follow-up item's writes, in the CALLER's transaction and without scope checks: the
 * registers (meetings, inspections, reports) and the routes check scope first, then call
 * these. Each change is checked against shared/domain/follow-ups.ts's transitions, recorded
 * as a dated event (statistics as of a day replay them) and audited.
 */
export function createFollowUpsCore(deps: FollowUpsCoreDeps) {
  const { db, units } = deps;
  const tasksOf: TasksOf = deps.tasksOf ?? (async () => []);

  async function change(tx: Db, actor: Actor, itemId: number, action: FollowUpAction, on: string, details: FollowUpEventDetails, set: Partial<repo.ItemRow> = {}): Promise<repo.ItemRow> {
    const item = await repo.lockItem(tx, itemId);
    if (!item) throw new AppError('not_found', { item: itemId });
    const status = nextStatus(item.status, action);
    if (!status) throw new AppError('follow_up_state_conflict', { code: item.code, status: item.status, action });
    if (on < item.raisedOn) throw invalidField('on', 'before_raised', on);
    const after = await repo.updateItem(tx, item.id, { ...set, status });
    await repo.insertEvent(tx, { itemId: item.id, on, actor: actor.label, action, status, details });
    await appendAudit(tx, actor, { action: `followups.${action}`, entity: 'follow_up_item', entityId: item.code, unitId: item.addressedToUnitId, before: pick(item), after: { on, ...pick(after) } });
    return after;
  }

  async function generatedCode(tx: Db, raisedOn: string): Promise<string> {
    const prefix = `FU-${raisedOn.slice(0, 4)}-`;
    return `${prefix}${await repo.nextSequence(tx, prefix)}`;
  }

  const core = {
    async raise(tx: Db, actor: Actor, input: RaiseItem): Promise<{ id: number; code: string }> {
      const field = await repo.findField(tx, input.field);
      if (!field) throw invalidField('field', 'unknown', input.field);
      if (!field.active) throw invalidField('field', 'inactive', input.field);
      const code = input.code ?? (await generatedCode(tx, input.raisedOn));
      if (await repo.findItemByCode(tx, code)) throw new AppError('follow_up_code_taken', { code });
      const row = await repo.insertItem(tx, {
        code,
        sourceKind: input.source.kind,
        sourceId: input.source.id,
        sourceRef: input.source.ref,
        kind: input.kind,
        raisedOn: input.raisedOn,
        raisedByUnitId: input.raisedByUnitId,
        raiserTitle: input.raiserTitle,
        fieldId: field.id,
        addressedToUnitId: input.addressedToUnitId,
        addresseeName: input.addresseeName ?? null,
        text: input.text,
        status: 'open',
      });
      await repo.insertEvent(tx, { itemId: row.id, on: input.raisedOn, actor: actor.label, action: 'raise', status: 'open', details: { addressedToUnitId: input.addressedToUnitId } });
      const { assignment, ...raised } = input;
      await appendAudit(tx, actor, { action: 'followups.raise', entity: 'follow_up_item', entityId: code, unitId: input.addressedToUnitId, after: { ...raised, code } });
      if (assignment) await core.assign(tx, actor, row.id, assignment);
      return { id: row.id, code };
    },

    /** Assign (or reassign, or move the deadline: the history keeps the one in force before). */
    async assign(tx: Db, actor: Actor, itemId: number, a: Assignment): Promise<void> {
      await change(tx, actor, itemId, 'assign', a.on, { responsibleUnitId: a.responsibleUnitId, deadline: a.deadline }, { responsibleUnitId: a.responsibleUnitId, deadline: a.deadline });
    },

    /** Answer (again: the answer is amended; the first answer's day is the one statistics count). */
    async answer(tx: Db, actor: Actor, itemId: number, a: { text: LocalizedNames; on: string }): Promise<void> {
      const item = await repo.lockItem(tx, itemId);
      await change(tx, actor, itemId, 'answer', a.on, { answer: a.text }, { answer: a.text, answeredOn: item?.answeredOn ?? a.on, answeredBy: actor.label });
    },

    async resolve(tx: Db, actor: Actor, itemId: number, r: { on: string; note?: string }): Promise<void> {
      await change(tx, actor, itemId, 'resolve', r.on, r.note ? { note: r.note } : {}, { resolvedOn: r.on });
    },

    async decline(tx: Db, actor: Actor, itemId: number, d: { reason: string; on: string }): Promise<void> {
      await change(tx, actor, itemId, 'decline', d.on, { reason: d.reason }, { declinedReason: d.reason });
    },

    /** Escalate to a body above the addressee (the caller checked it is above): the item is then addressed to it. */
    async escalate(tx: Db, actor: Actor, itemId: number, e: { toUnitId: number; on: string; note?: string }): Promise<void> {
      const item = await repo.lockItem(tx, itemId);
      if (!item) throw new AppError('not_found', { item: itemId });
      const details: FollowUpEventDetails = { fromUnitId: item.addressedToUnitId, addressedToUnitId: e.toUnitId, ...(e.note ? { note: e.note } : {}) };
      await change(tx, actor, itemId, 'escalate', e.on, details, { addressedToUnitId: e.toUnitId, escalatedToUnitId: e.toUnitId });
    },

    /** Link a task created from the item (the task links back by its id). */
    async linkTask(tx: Db, actor: Actor, itemId: number, l: { taskId: number; closesWithTask: boolean; on: string }): Promise<void> {
      await change(tx, actor, itemId, 'link_task', l.on, { taskId: l.taskId, closesWithTask: l.closesWithTask }, { taskId: l.taskId, closesWithTask: l.closesWithTask });
    },

    /**
     * A linked task was confirmed complete: the items that close with it are resolved on the
     * completion day, in the task's transaction (items already closed are left as they are).
     */
    async closeWithTask(tx: Db, actor: Actor, taskId: number, completedOn: string): Promise<void> {
      for (const item of await repo.listItems(tx, { taskIds: [taskId] })) {
        if (item.closesWithTask && nextStatus(item.status, 'resolve')) await core.resolve(tx, actor, item.id, { on: completedOn, note: `task:${taskId}` });
      }
    },

    /** The field list in its order (inactive fields too: old items keep them). */
    async fields(): Promise<FollowUpField[]> {
      return (await repo.listFields(db)).map((f) => ({ code: f.code, names: f.names, position: f.position, active: f.active }));
    },

    /** The items of some sources (a meeting's, a finding's, a submission's), with their history. */
    async itemsOfSources(kind: SourceKind, sourceIds: number[]): Promise<FollowUpItemView[]> {
      return itemViews(db, units, tasksOf, await repo.itemsOfSources(db, kind, sourceIds), deps.today());
    },

    /** The items of some sources as they stand now, each with its state on any day replayed from its history (for a register's figures as of a day). */
    async itemStatesOfSources(kind: SourceKind, sourceIds: number[]): Promise<ItemWithHistory[]> {
      const rows = await repo.itemsOfSources(db, kind, sourceIds);
      const events = rows.length === 0 ? [] : await repo.eventsOf(db, rows.map((r) => r.id));
      return rows.map((r) => {
        const facts = events.filter((e) => e.itemId === r.id).map(factOf);
        return { id: r.id, code: r.code, sourceId: r.sourceId!, text: r.text, status: r.status, deadline: r.deadline, resolvedOn: r.resolvedOn, stateOn: (day: string) => stateAsOf(facts, day) };
      });
    },
  };
  return core;
}
export type FollowUpsCore = ReturnType<typeof createFollowUpsCore>;
