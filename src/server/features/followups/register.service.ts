import type { AnswerRequest, AssignRequest, FollowUpField, FollowUpItemDetail, FollowUpItemView, FollowUpListQuery, RaiseRequest, SaveFieldRequest } from '../../../shared/contracts/followups.ts';
import type { Permission } from '../../../shared/contracts/auth.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeAnywhere } from '../../platform/policy.ts';
import type { FollowUpsCore, FollowUpsCoreDeps } from './followups.service.ts';
import * as repo from './followups.repository.ts';
import { itemViews, type TasksOf } from './item-views.ts';

/**
 * The units a supervising member of a steering committee follows on a day (they read those
 * units' items), and the members following one unit (for "supervised by" lists): the steering
 * feature's rules, wired in app.ts.
 */
export type SupervisedUnitsOf = (actor: Actor, onDate: string) => Promise<number[]>;
export type UnitSupervisorsOf = (unitId: number, onDate: string) => Promise<string[]>;

/** A task created from an item, in the tasks feature (wired in app.ts); its id. */
export type CreateTaskFor = (actor: Actor, planCode: string, task: { code: string; title: FollowUpItemView['text']; ownerUnitCode: string; deadline: string }) => Promise<number>;

export interface RegisterDeps extends FollowUpsCoreDeps {
  supervisedUnitsOf?: SupervisedUnitsOf;
  unitSupervisorsOf?: UnitSupervisorsOf;
  createTask?: CreateTaskFor;
}

const unitsOf = (r: repo.ItemRow) => [r.raisedByUnitId, r.addressedToUnitId, r.responsibleUnitId].filter((id): id is number => id !== null);

/**
 * The follow-up items behind the routes: every read and write checks the actor's scope
 * (platform/policy.ts through the units feature) before the core's writes run.
 * Reading: `followups.read` on a unit the item was raised by, is addressed to or assigned to,
 * or a unit the reader follows as a steering member. Answering: `followups.raise` on the
 * addressee or the responsible unit. Assigning, resolving, declining, escalating:
 * `followups.manage` on the addressee.
 */
export function createFollowUpsRegister(deps: RegisterDeps, core: FollowUpsCore) {
  const { db, units, today } = deps;
  const tasksOf: TasksOf = deps.tasksOf ?? (async () => []);
  const supervisedUnitsOf = deps.supervisedUnitsOf ?? (async () => []);

  async function readable(actor: Actor, rows: readonly repo.ItemRow[]): Promise<repo.ItemRow[]> {
    const may = await units.accessTo({ actor, permission: 'followups.read', unitIds: rows.flatMap(unitsOf) });
    const supervised = new Set(await supervisedUnitsOf(actor, today()));
    return rows.filter((r) => unitsOf(r).some((id) => may(id) || supervised.has(id)));
  }

  async function requireItem(actor: Actor, code: string): Promise<repo.ItemRow> {
    const row = await repo.findItemByCode(db, code);
    // Out of scope reads as forbidden without telling whether the code exists elsewhere.
    if (!row || (await readable(actor, [row])).length === 0) throw new AppError(row ? 'forbidden' : 'not_found', row ? { permission: 'followups.read' } : { item: code });
    return row;
  }

  async function requireOn(actor: Actor, permission: Permission, row: repo.ItemRow, unitIds: number[]): Promise<void> {
    const may = await units.accessTo({ actor, permission, unitIds });
    if (!unitIds.some((id) => may(id))) throw new AppError('forbidden', { permission });
  }

  const mayAnswer = (row: repo.ItemRow) => [row.addressedToUnitId, ...(row.responsibleUnitId === null ? [] : [row.responsibleUnitId])];

  async function view(row: repo.ItemRow): Promise<FollowUpItemView> {
    return (await itemViews(db, units, tasksOf, [row], today()))[0]!;
  }

  async function write(actor: Actor, code: string, permission: Permission, unitIdsOf: (r: repo.ItemRow) => number[], work: (tx: Db, row: repo.ItemRow) => Promise<void>): Promise<FollowUpItemView> {
    const row = await requireItem(actor, code);
    await requireOn(actor, permission, row, unitIdsOf(row));
    await inTransaction(db, (tx) => work(tx, row));
    return view((await repo.findItemByCode(db, code))!);
  }

  async function filterIds(q: FollowUpListQuery): Promise<{ unitIds?: number[]; responsibleUnitIds?: number[] }> {
    const ids = async (code: string, withDescendants: boolean) => (withDescendants ? units.subtreeIdsOf(code) : [await units.idOf(code)]);
    return { unitIds: q.unit ? await ids(q.unit, q.descendants) : undefined, responsibleUnitIds: q.responsible ? await ids(q.responsible, q.descendants) : undefined };
  }

  return {
    async list(actor: Actor, q: FollowUpListQuery): Promise<FollowUpItemView[]> {
      authorizeAnywhere(actor, 'followups.read');
      const field = q.field ? await repo.findField(db, q.field) : undefined;
      if (q.field && !field) return [];
      let rows = await readable(actor, await repo.listItems(db, { ...(await filterIds(q)), status: q.status, fieldId: field?.id, sourceKind: q.source, sourceRef: q.sourceRef }));
      if (q.supervisedBy) {
        const onDate = today();
        const followed = new Map<number, boolean>();
        for (const id of new Set(rows.flatMap(unitsOf))) followed.set(id, (await (deps.unitSupervisorsOf ?? (async () => []))(id, onDate)).includes(q.supervisedBy));
        rows = rows.filter((r) => unitsOf(r).some((id) => followed.get(id)));
      }
      const views = await itemViews(db, units, tasksOf, rows, today());
      return q.overdue === undefined ? views : views.filter((v) => v.overdue === q.overdue);
    },

    async get(actor: Actor, code: string): Promise<FollowUpItemDetail> {
      const row = await requireItem(actor, code);
      const answer = await units.accessTo({ actor, permission: 'followups.raise', unitIds: mayAnswer(row) });
      const manage = await units.accessTo({ actor, permission: 'followups.manage', unitIds: [row.addressedToUnitId] });
      return { ...(await view(row)), may: { answer: mayAnswer(row).some((id) => answer(id)), manage: manage(row.addressedToUnitId) } };
    },

    /** The items linked to tasks (a task's page shows its item). */
    async ofTask(actor: Actor, taskId: number): Promise<FollowUpItemView[]> {
      return itemViews(db, units, tasksOf, await readable(actor, await repo.listItems(db, { taskIds: [taskId] })), today());
    },

    async raise(actor: Actor, req: RaiseRequest): Promise<{ code: string }> {
      const raisedByUnitId = await units.authorizeCode(actor, 'followups.raise', req.raisedByUnitCode);
      const addressedToUnitId = await units.idOf(req.addressedToUnitCode);
      if (req.raisedOn > today()) throw invalidField('raisedOn', 'in_future', req.raisedOn);
      const input = { code: req.code, source: { kind: 'direct' as const, id: null, ref: req.sourceRef }, kind: req.kind, raisedOn: req.raisedOn, raisedByUnitId, raiserTitle: req.raiserTitle, field: req.field, addressedToUnitId, text: req.text };
      return { code: (await inTransaction(db, (tx) => core.raise(tx, actor, input))).code };
    },

    async assign(actor: Actor, code: string, req: AssignRequest): Promise<FollowUpItemView> {
      const row = await requireItem(actor, code);
      await requireOn(actor, 'followups.manage', row, [row.addressedToUnitId]);
      const responsibleUnitId = await units.idOf(req.responsibleUnitCode);
      const on = req.on ?? today();
      if (req.task && !req.deadline) throw invalidField('deadline', 'required_for_task');
      // The task is created first (the tasks feature checks tasks.manage on the plan and its own
      // rules), then the assignment and the link are written together.
      const taskId = req.task && deps.createTask ? await deps.createTask(actor, req.task.planCode, { code: row.code, title: row.text, ownerUnitCode: req.responsibleUnitCode, deadline: req.deadline! }) : null;
      await inTransaction(db, async (tx) => {
        await core.assign(tx, actor, row.id, { responsibleUnitId, deadline: req.deadline, on });
        if (taskId !== null) await core.linkTask(tx, actor, row.id, { taskId, closesWithTask: req.task!.closesWithTask, on });
      });
      return view((await repo.findItemByCode(db, code))!);
    },

    answer: (actor: Actor, code: string, req: AnswerRequest) => write(actor, code, 'followups.raise', mayAnswer, (tx, row) => core.answer(tx, actor, row.id, { text: req.text, on: req.on ?? today() })),
    resolve: (actor: Actor, code: string, req: { on?: string; note?: string }) => write(actor, code, 'followups.manage', (r) => [r.addressedToUnitId], (tx, row) => core.resolve(tx, actor, row.id, { on: req.on ?? today(), note: req.note })),
    decline: (actor: Actor, code: string, req: { reason: string; on?: string }) => write(actor, code, 'followups.manage', (r) => [r.addressedToUnitId], (tx, row) => core.decline(tx, actor, row.id, { reason: req.reason, on: req.on ?? today() })),
    /** Escalate to a unit the addressee is (or was) under. */
    async escalate(actor: Actor, code: string, req: { toUnitCode: string; on?: string; note?: string }) {
      const toUnitId = await units.idOf(req.toUnitCode);
      // Read before the write's transaction: PGlite has one connection, so nothing inside a
      // transaction may wait for a query outside it.
      const row = await requireItem(actor, code);
      const above = (await units.ancestryOf(row.addressedToUnitId)).filter((id) => id !== row.addressedToUnitId);
      return write(actor, code, 'followups.manage', (r) => [r.addressedToUnitId], async (tx, item) => {
        if (item.addressedToUnitId !== row.addressedToUnitId || !above.includes(toUnitId)) throw invalidField('toUnitCode', 'not_above', req.toUnitCode);
        await core.escalate(tx, actor, item.id, { toUnitId, on: req.on ?? today(), note: req.note });
      });
    },

    async fields(actor: Actor): Promise<FollowUpField[]> {
      authorizeAnywhere(actor, 'followups.read');
      return core.fields();
    },

    /** Add or rename a field, or (de)activate it; fields are never deleted (items keep theirs). */
    async saveField(actor: Actor, code: string, req: SaveFieldRequest): Promise<FollowUpField[]> {
      authorizeAnywhere(actor, 'followups.manage');
      const before = await repo.findField(db, code);
      const position = req.position ?? before?.position ?? ((await repo.listFields(db)).reduce((m, f) => Math.max(m, f.position), 0) + 10);
      const row = { code, names: req.names, position, active: req.active };
      await inTransaction(db, async (tx) => {
        await repo.upsertField(tx, row);
        await appendAudit(tx, actor, { action: 'followups.field.save', entity: 'follow_up_field', entityId: code, before: before ?? null, after: row });
      });
      return core.fields();
    },
  };
}
export type FollowUpsRegister = ReturnType<typeof createFollowUpsRegister>;
