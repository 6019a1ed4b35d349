import type { Position, PositionComment, PositionListStatus, PositionListSummary, PositionListView } from '../../../shared/contracts/positions.ts';
import { differences, nextStatus, totalsByCategory, type ListAction } from '../../../shared/domain/positions.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import * as repo from './positions.repository.ts';

/** What the reader may do to lists of a unit, from the one policy (units.accessTo). */
export interface Rights {
  edit(unitId: number): boolean;
  review(unitId: number): boolean;
  read(unitId: number): boolean;
}

export async function rightsOn(units: UnitsService, actor: Actor, unitIds: readonly number[]): Promise<Rights> {
  const edit = await units.accessTo({ actor, permission: 'positions.edit', unitIds });
  const review = await units.accessTo({ actor, permission: 'positions.review', unitIds });
  const read = await units.accessTo({ actor, permission: 'units.read', unitIds });
  return { edit, review, read };
}

/** A list the approving body may see: handed in at least once (a draft never submitted is the department's own). */
export const everSubmitted = (events: readonly { status: PositionListStatus }[]): boolean => events.some((e) => e.status === 'submitted');

/**
 * Who sees a list: the department's officers (positions.edit on its unit) in every status, the
 * reviewers (positions.review) once it has been submitted, every other reader of the unit only
 * once it is approved.
 */
export function mayRead(r: Rights, list: repo.ListRow, events: readonly repo.EventRow[]): boolean {
  return r.edit(list.unitId) || (r.review(list.unitId) && everSubmitted(events)) || (r.read(list.unitId) && list.status === 'approved');
}

/** Whether the reader holds the right an action needs, whatever the list's status: the department's side or the approving body's. */
export function holdsRight(r: Rights, list: repo.ListRow, events: readonly repo.EventRow[], action: ListAction): boolean {
  switch (action) {
    case 'edit':
    case 'submit':
    case 'reply':
    case 'staff':
    case 'newVersion':
      return r.edit(list.unitId);
    case 'comment':
      return r.review(list.unitId) && everSubmitted(events);
    case 'review':
    case 'approve':
    case 'return':
      return r.review(list.unitId);
  }
}

/** The action is possible now and the reader may take it (the buttons of the page). */
export const mayAct = (r: Rights, list: repo.ListRow, events: readonly repo.EventRow[], action: ListAction): boolean => nextStatus(list.status, action) !== null && holdsRight(r, list, events, action);

export const toPosition = (p: repo.PositionRow): Position => ({ code: p.code, title: p.title, category: p.category, grade: p.grade, posts: p.posts, duties: p.duties, qualifications: p.qualifications, incumbents: p.incumbents });

const lastOf = (events: readonly repo.EventRow[], status: PositionListStatus): string | null => events.filter((e) => e.status === status).at(-1)?.on ?? null;

/** The summaries of lists (one query per kind of row, whatever their number). */
export async function summariesOf(db: Db, units: UnitsService, lists: readonly repo.ListRow[]): Promise<PositionListSummary[]> {
  if (lists.length === 0) return [];
  const ids = lists.map((l) => l.id);
  const events = await repo.eventsOf(db, ids);
  const items = await repo.positionsOf(db, ids);
  const refs = new Map((await units.refsOf([...new Set(lists.map((l) => l.unitId))])).map((u) => [u.id, { code: u.code, names: u.names as LocalizedNames }]));
  const basedOn = new Map<number, number>();
  for (const id of new Set(lists.map((l) => l.basedOnListId).filter((x): x is number => x !== null))) {
    const b = await repo.findList(db, id);
    if (b) basedOn.set(id, b.version);
  }
  return lists.map((l) => {
    const mine = events.filter((e) => e.listId === l.id);
    const positions = items.filter((p) => p.listId === l.id);
    return {
      id: l.id,
      unit: refs.get(l.unitId)!,
      version: l.version,
      status: l.status,
      basedOnVersion: l.basedOnListId === null ? null : (basedOn.get(l.basedOnListId) ?? null),
      createdOn: l.createdOn,
      submittedOn: lastOf(mine, 'submitted'),
      approvedOn: l.status === 'approved' ? lastOf(mine, 'approved') : null,
      positions: positions.length,
      posts: positions.reduce((s, p) => s + p.posts, 0),
    };
  });
}

/** A list as its reader sees it: positions, totals by category, history, comments, differences from the version it started from, and the reader's buttons. */
export async function viewOf(db: Db, units: UnitsService, list: repo.ListRow, rights: Rights, categoryOrder: readonly string[]): Promise<PositionListView> {
  const [summary] = await summariesOf(db, units, [list]);
  const items = (await repo.positionsOf(db, [list.id])).map(toPosition);
  const events = await repo.eventsOf(db, [list.id]);
  const comments = await repo.commentsOf(db, list.id);
  const authorUnits = new Map((await units.refsOf([...new Set(comments.map((c) => c.byUnitId).filter((x): x is number => x !== null))])).map((u) => [u.id, { code: u.code, names: u.names }]));
  const before = list.basedOnListId === null ? null : (await repo.positionsOf(db, [list.basedOnListId])).map(toPosition);
  const can = (a: ListAction) => mayAct(rights, list, events, a);
  return {
    ...summary!,
    items,
    totals: totalsByCategory(items, categoryOrder),
    decision: list.decisionNo && list.decisionDate ? { number: list.decisionNo, date: list.decisionDate, fileId: list.decisionFileId } : null,
    history: events.map((e) => ({ status: e.status, on: e.on, at: isoTimestamp(e.at), by: e.by, note: e.note })),
    comments: comments.map(
      (c): PositionComment => ({ id: c.id, parentId: c.parentId, positionCode: c.positionCode, text: c.text, by: c.by, byUnit: c.byUnitId === null ? null : (authorUnits.get(c.byUnitId) ?? null), at: isoTimestamp(c.at) }),
    ),
    differences: before ? differences(before, items) : [],
    can: { edit: can('edit'), submit: can('submit'), comment: can('comment') || can('reply'), review: can('review'), approve: can('approve'), return: can('return'), newVersion: can('newVersion'), staff: can('staff') },
  };
}

/** PostgreSQL writes timestamps as `2026-12-06 17:58:30.321+00`; the contract's readers get ISO 8601. */
function isoTimestamp(at: string): string {
  return new Date(at).toISOString();
}
