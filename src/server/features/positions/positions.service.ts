import type { PositionCategory, PositionInput, PositionListStatus, PositionListSummary, PositionListView } from '../../../shared/contracts/positions.ts';
import { nextStatus, type ListAction } from '../../../shared/domain/positions.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { homeUnitOf, type Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { getBlob, MAX_BLOB_BYTES, putBlob } from '../../platform/files/blobs.ts';
import type { UploadedFile } from '../../platform/http/uploads.ts';
import type { UnitsService } from '../units/index.ts';
import { DEFAULT_POSITION_CATEGORIES } from './categories.data.ts';
import { holdsRight, mayRead, rightsOn, summariesOf, viewOf } from './list-views.ts';
import * as repo from './positions.repository.ts';

export interface PositionsDeps {
  db: Db;
  units: UnitsService;
  /** the day of a write (the server's time zone): the day its step is dated */
  today: () => string;
}

/** For the demo and imports: a step dated on another day than today. */
export interface On {
  on?: string;
}

/** The name a step is signed with: the account's username; null for the system (imports, seeds). */
export const signerOf = (actor: Actor): string | null => (actor.kind === 'system' ? null : actor.label.replace(/^(user|token):/, ''));

/**
 * Job-position lists (issue 16): a unit's list by version, drafted and submitted by the
 * department, commented on, reviewed and approved (by a decision, with its signed file) or
 * returned by the approving body; a later version starts from an approved one. Each step is a
 * dated event (progress replays them) and an audit row, written in one transaction.
 */
export function createPositionsService(deps: PositionsDeps) {
  const { db, units, today } = deps;

  async function requireList(id: number): Promise<repo.ListRow> {
    const row = await repo.findList(db, id);
    if (!row) throw new AppError('not_found', { positionList: id });
    return row;
  }

  /** The country root's categories, the three defaults ensured on first use. */
  async function categoriesOfUnit(unitId: number): Promise<repo.CategoryRow[]> {
    const rootUnitId = await units.rootIdOf(unitId, today());
    let rows = await repo.categoriesOf(db, rootUnitId);
    if (rows.length === 0) {
      for (const [i, c] of DEFAULT_POSITION_CATEGORIES.entries()) await repo.insertCategoryIfMissing(db, { rootUnitId, code: c.code, names: c.names, position: (i + 1) * 10 });
      rows = await repo.categoriesOf(db, rootUnitId);
    }
    return rows;
  }

  /** Positions checked against the unit's country's categories; codes unique in the list. */
  async function checkPositions(unitId: number, items: readonly PositionInput[]): Promise<void> {
    const categories = new Set((await categoriesOfUnit(unitId)).map((c) => c.code));
    const seen = new Set<string>();
    for (const [i, p] of items.entries()) {
      if (!categories.has(p.category)) throw invalidField(`positions.${i}.category`, 'unknown_category', p.category);
      if (seen.has(p.code)) throw invalidField(`positions.${i}.code`, 'duplicate', p.code);
      seen.add(p.code);
    }
  }

  /** A unit may have one version in the works at a time: a new one is opened only when every earlier one is approved. */
  async function refuseOpen(unitId: number, unitCode: string): Promise<void> {
    const open = (await repo.listsOf(db, [unitId])).find((l) => l.status !== 'approved');
    if (open) throw new AppError('position_list_open', { unit: unitCode, version: open.version });
  }

  async function view(actor: Actor, list: repo.ListRow): Promise<PositionListView> {
    const rights = await rightsOn(units, actor, [list.unitId]);
    const v = await viewOf(db, units, list, rights, (await categoriesOfUnit(list.unitId)).map((c) => c.code));
    // A new version only when the unit has none in the works (refuseOpen's rule).
    const open = (await repo.listsOf(db, [list.unitId])).some((l) => l.status !== 'approved');
    return open ? { ...v, can: { ...v.can, newVersion: false } } : v;
  }

  /** The list, if the reader may see it and holds the right the action needs (403 otherwise); its status checked next (409). */
  async function authorize(actor: Actor, id: number, action: ListAction): Promise<repo.ListRow> {
    const list = await requireList(id);
    const events = await repo.eventsOf(db, [id]);
    const rights = await rightsOn(units, actor, [list.unitId]);
    if (!mayRead(rights, list, events) || !holdsRight(rights, list, events, action)) throw new AppError('forbidden', { permission: action === 'comment' || action === 'review' || action === 'approve' || action === 'return' ? 'positions.review' : 'positions.edit' });
    return list;
  }

  const unitCodeOf = async (unitId: number) => (await units.refsOf([unitId]))[0]!.code;
  const entityOf = async (list: repo.ListRow) => `${await unitCodeOf(list.unitId)}/v${list.version}`;

  /**
   * One step of a list in one transaction: the list locked and its status checked again, the
   * work done, the status moved with its dated event, and the audit row.
   */
  async function step(actor: Actor, list: repo.ListRow, action: ListAction, o: { on?: string; note?: string | null; event?: boolean; work?: (tx: Db, locked: repo.ListRow) => Promise<Record<string, unknown>> }): Promise<void> {
    const on = o.on ?? today();
    const entityId = await entityOf(list);
    await inTransaction(db, async (tx) => {
      const locked = (await repo.lockList(tx, list.id))!;
      const to = nextStatus(locked.status, action);
      if (to === null) throw new AppError('position_list_state_conflict', { status: locked.status, action });
      const details = o.work ? await o.work(tx, locked) : {};
      if (to !== locked.status) await repo.updateList(tx, locked.id, { status: to });
      if (to !== locked.status || o.event) await repo.insertEvent(tx, { listId: locked.id, status: to, on, by: signerOf(actor), note: o.note ?? null });
      await appendAudit(tx, actor, { action: `positions.${action}`, entity: 'position_list', entityId, unitId: locked.unitId, before: { status: locked.status }, after: { status: to, on, note: o.note ?? null, ...details } });
    });
  }

  /** A new list version of a unit, in the caller's transaction, with its first (draft) event. */
  async function insertVersion(tx: Db, actor: Actor, v: { unitId: number; version: number; basedOnListId: number | null; createdOn: string; items: readonly (PositionInput & { incumbents?: number | null })[] }): Promise<repo.ListRow> {
    const list = await repo.insertList(tx, { unitId: v.unitId, version: v.version, status: 'draft', basedOnListId: v.basedOnListId, createdOn: v.createdOn });
    await repo.replacePositions(tx, list.id, v.items);
    await repo.insertEvent(tx, { listId: list.id, status: 'draft', on: v.createdOn, by: signerOf(actor), note: null });
    return list;
  }

  return {
    requireList,
    categoriesOfUnit,
    insertVersion,

    async categories(actor: Actor, unitCode: string): Promise<PositionCategory[]> {
      const unitId = await units.authorizeCode(actor, 'units.read', unitCode);
      return (await categoriesOfUnit(unitId)).map((c) => ({ code: c.code, names: c.names, position: c.position }));
    },

    /** A country's categories are the approving body's: positions.review on the country root. */
    async saveCategory(actor: Actor, code: string, req: { unitCode: string; names: LocalizedNames; position: number }): Promise<PositionCategory> {
      const unitId = await units.idOf(req.unitCode);
      const rootUnitId = await units.rootIdOf(unitId, today());
      await units.requireAccess({ actor, permission: 'positions.review', unitIds: [rootUnitId] });
      await categoriesOfUnit(unitId);
      const row = { rootUnitId, code, names: req.names, position: req.position };
      await inTransaction(db, async (tx) => {
        const before = await repo.saveCategory(tx, row);
        await appendAudit(tx, actor, { action: `positions.category.${before ? 'update' : 'create'}`, entity: 'position_category', entityId: code, unitId: rootUnitId, before, after: row });
      });
      return { code, names: req.names, position: req.position };
    },

    /** Lists the reader may see (of a unit with its subtree, or everywhere), by unit and version. */
    async list(actor: Actor, q: { unit?: string; status?: PositionListStatus }): Promise<PositionListSummary[]> {
      const scope = q.unit ? (await units.authorizeCode(actor, 'units.read', q.unit), await units.subtreeIdsOf(q.unit)) : undefined;
      const lists = (await repo.listsOf(db, scope)).filter((l) => !q.status || l.status === q.status);
      const rights = await rightsOn(units, actor, [...new Set(lists.map((l) => l.unitId))]);
      const events = await repo.eventsOf(db, lists.map((l) => l.id));
      const visible = lists.filter((l) => mayRead(rights, l, events.filter((e) => e.listId === l.id)));
      const summaries = await summariesOf(db, units, visible);
      return summaries.sort((a, b) => a.unit.code.localeCompare(b.unit.code) || a.version - b.version);
    },

    async get(actor: Actor, id: number): Promise<PositionListView> {
      const list = await requireList(id);
      const rights = await rightsOn(units, actor, [list.unitId]);
      if (!mayRead(rights, list, await repo.eventsOf(db, [id]))) throw new AppError('forbidden', { permission: 'positions.edit' });
      return view(actor, list);
    },

    /** Version 1 of a unit's list (or the next, when every earlier one is approved), as a draft. */
    async createList(actor: Actor, req: { unitCode: string; positions: PositionInput[] }, o: On = {}): Promise<PositionListView> {
      const unitId = await units.authorizeCode(actor, 'positions.edit', req.unitCode);
      await checkPositions(unitId, req.positions);
      await refuseOpen(unitId, req.unitCode);
      const createdOn = o.on ?? today();
      const list = await inTransaction(db, async (tx) => {
        const version = (await repo.lastVersionOf(tx, unitId)) + 1;
        const row = await insertVersion(tx, actor, { unitId, version, basedOnListId: null, createdOn, items: req.positions });
        await appendAudit(tx, actor, { action: 'positions.create', entity: 'position_list', entityId: `${req.unitCode}/v${version}`, unitId, after: { version, createdOn, positions: req.positions } });
        return row;
      });
      return view(actor, list);
    },

    /** The department's changes while the list is with it (draft, commented on, returned); people in post kept by code. */
    async saveList(actor: Actor, id: number, req: { positions: PositionInput[] }, o: On = {}): Promise<PositionListView> {
      const list = await authorize(actor, id, 'edit');
      await checkPositions(list.unitId, req.positions);
      await step(actor, list, 'edit', {
        on: o.on,
        event: true,
        work: async (tx) => {
          const before = await repo.positionsOf(tx, [id]);
          const kept = new Map(before.map((p) => [p.code, p.incumbents]));
          await repo.replacePositions(tx, id, req.positions.map((p) => ({ ...p, incumbents: kept.get(p.code) ?? null })));
          return { before: before.map((p) => ({ code: p.code, posts: p.posts, category: p.category })), positions: req.positions };
        },
      });
      return view(actor, await requireList(id));
    },

    async submit(actor: Actor, id: number, o: On = {}): Promise<PositionListView> {
      const list = await authorize(actor, id, 'submit');
      await step(actor, list, 'submit', { on: o.on });
      return view(actor, await requireList(id));
    },

    /**
     * A comment on the list or one of its positions. The approving body's first comment on a
     * submitted list makes it `commented`; the department answers in the thread (parentId).
     */
    async comment(actor: Actor, id: number, req: { text: string; positionCode: string | null; parentId: number | null }, o: On = {}): Promise<PositionListView> {
      const list = await requireList(id);
      const events = await repo.eventsOf(db, [id]);
      const rights = await rightsOn(units, actor, [list.unitId]);
      if (!mayRead(rights, list, events)) throw new AppError('forbidden', { permission: 'positions.review' });
      const asReviewer = holdsRight(rights, list, events, 'comment') && (nextStatus(list.status, 'comment') !== null || !holdsRight(rights, list, events, 'reply'));
      const action: ListAction = asReviewer ? 'comment' : 'reply';
      if (!holdsRight(rights, list, events, action)) throw new AppError('forbidden', { permission: 'positions.review' });
      if (req.positionCode !== null && !(await repo.positionsOf(db, [id])).some((p) => p.code === req.positionCode)) throw invalidField('positionCode', 'unknown', req.positionCode);
      if (req.parentId !== null && !(await repo.commentsOf(db, id)).some((c) => c.id === req.parentId)) throw invalidField('parentId', 'unknown', String(req.parentId));
      const by = signerOf(actor) ?? 'system';
      const byUnitId = homeUnitOf(actor, asReviewer ? 'positions.review' : 'positions.edit');
      await step(actor, list, action, {
        on: o.on,
        work: async (tx) => {
          const c = await repo.insertComment(tx, { listId: id, parentId: req.parentId, positionCode: req.positionCode, text: req.text, by, byUnitId });
          return { comment: c.id, parentId: req.parentId, positionCode: req.positionCode, text: req.text };
        },
      });
      return view(actor, await requireList(id));
    },

    /** The approving body starts its technical review. */
    async review(actor: Actor, id: number, o: On = {}): Promise<PositionListView> {
      const list = await authorize(actor, id, 'review');
      await step(actor, list, 'review', { on: o.on });
      return view(actor, await requireList(id));
    },

    /** Approved by a decision: its number, date and the signed file (PDF). */
    async approve(actor: Actor, id: number, decision: { number: string; date: string }, file: UploadedFile | null, o: On = {}): Promise<PositionListView> {
      const list = await authorize(actor, id, 'approve');
      if (!file) throw new AppError('invalid_file', { reason: 'missing' });
      if (!/\.pdf$/i.test(file.fileName) && file.contentType !== 'application/pdf') throw new AppError('invalid_file', { reason: 'extension', fileName: file.fileName, expected: ['pdf'] });
      if (file.content.length === 0) throw new AppError('invalid_file', { reason: 'empty', fileName: file.fileName });
      if (file.content.length > MAX_BLOB_BYTES) throw new AppError('file_too_large', { fileName: file.fileName, max: MAX_BLOB_BYTES });
      await step(actor, list, 'approve', {
        on: o.on,
        note: decision.number,
        work: async (tx, locked) => {
          const blob = await putBlob(tx, file.content);
          const f = await repo.insertFile(tx, { fileName: file.fileName, contentType: 'application/pdf', size: blob.size, sha256: blob.sha256 });
          await repo.updateList(tx, locked.id, { decisionNo: decision.number, decisionDate: decision.date, decisionFileId: f.id });
          return { decision: { ...decision, fileName: file.fileName, sha256: blob.sha256 } };
        },
      });
      return view(actor, await requireList(id));
    },

    async returnList(actor: Actor, id: number, reason: string, o: On = {}): Promise<PositionListView> {
      const list = await authorize(actor, id, 'return');
      await step(actor, list, 'return', { on: o.on, note: reason });
      return view(actor, await requireList(id));
    },

    /**
     * A new version starting from an approved list: of the same unit, or of the unit it was
     * merged into (`unitCode`, a successor in the tree's lineage). Its positions are copied
     * (people in post with them); the view shows what changes from then on.
     */
    async newVersion(actor: Actor, id: number, q: { unit?: string }, o: On = {}): Promise<PositionListView> {
      const source = await requireList(id);
      if (!mayRead(await rightsOn(units, actor, [source.unitId]), source, await repo.eventsOf(db, [id]))) throw new AppError('forbidden', { permission: 'positions.edit' });
      if (source.status !== 'approved') throw new AppError('position_list_state_conflict', { status: source.status, action: 'newVersion' });
      const targetCode = q.unit ?? (await unitCodeOf(source.unitId));
      const unitId = await units.authorizeCode(actor, 'positions.edit', targetCode);
      if (unitId !== source.unitId && !(await units.predecessorsOf([unitId])).get(unitId)?.includes(source.unitId)) throw invalidField('unit', 'not_a_successor', targetCode);
      await refuseOpen(unitId, targetCode);
      const items = (await repo.positionsOf(db, [id])).map((p) => ({ code: p.code, title: p.title, category: p.category, grade: p.grade, posts: p.posts, duties: p.duties, qualifications: p.qualifications, incumbents: p.incumbents }));
      const createdOn = o.on ?? today();
      const from = await entityOf(source);
      const list = await inTransaction(db, async (tx) => {
        const version = (await repo.lastVersionOf(tx, unitId)) + 1;
        const row = await insertVersion(tx, actor, { unitId, version, basedOnListId: id, createdOn, items });
        await appendAudit(tx, actor, { action: 'positions.newVersion', entity: 'position_list', entityId: `${targetCode}/v${version}`, unitId, after: { version, createdOn, basedOn: from } });
        return row;
      });
      return view(actor, list);
    },

    /** People in post per position of an approved list (null: not known). */
    async setIncumbents(actor: Actor, id: number, req: { incumbents: { code: string; incumbents: number | null }[] }): Promise<PositionListView> {
      const list = await authorize(actor, id, 'staff');
      const items = await repo.positionsOf(db, [id]);
      for (const [i, r] of req.incumbents.entries()) if (!items.some((p) => p.code === r.code)) throw invalidField(`incumbents.${i}.code`, 'unknown', r.code);
      await step(actor, list, 'staff', {
        work: async (tx) => {
          const changed = [];
          for (const r of req.incumbents) {
            const p = items.find((x) => x.code === r.code)!;
            if (p.incumbents === r.incumbents) continue;
            await repo.setIncumbents(tx, p.id, r.incumbents);
            changed.push({ code: r.code, before: p.incumbents, after: r.incumbents });
          }
          return { incumbents: changed };
        },
      });
      return view(actor, await requireList(id));
    },

    /** The signed decision, for whoever may read the list. */
    async decisionFile(actor: Actor, id: number): Promise<UploadedFile> {
      const { decision } = await this.get(actor, id);
      const f = decision?.fileId ? await repo.findFile(db, decision.fileId) : undefined;
      const content = f && (await getBlob(db, f.sha256));
      if (!f || !content) throw new AppError('not_found', { decision: id });
      return { fileName: f.fileName, contentType: f.contentType, content };
    },
  };
}

export type PositionsService = ReturnType<typeof createPositionsService>;
