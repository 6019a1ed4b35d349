/**
 * Job-position determination (issue 16): the rules a position list lives by — its status
 * moves, the stage of a department on any day replayed from the list's dated history, the
 * progress counts of the exercise, the differences between two versions and the staffing
 * arithmetic. Pure, so that the server applies them, the CLI prints them and the web app shows
 * the same buttons and figures.
 */
import type { DepartmentStage, Position, PositionInput, PositionListStatus, ProgressCounts } from '../contracts/positions.ts';

/**
 * What can be done to a list. `comment` is a reviewer's (the approving body's), `reply` the
 * department's answer in a thread; `staff` types the people in post of an approved list.
 */
export const LIST_ACTIONS = ['edit', 'submit', 'comment', 'reply', 'review', 'approve', 'return', 'staff', 'newVersion'] as const;
export type ListAction = (typeof LIST_ACTIONS)[number];

/** The department works on its list while it is a draft, commented on or returned to it. */
const EDITABLE: readonly PositionListStatus[] = ['draft', 'commented', 'returned'];
/** The approving body has it: submitted (perhaps again), commented on, or under technical review. */
const WITH_REVIEWER: readonly PositionListStatus[] = ['submitted', 'commented', 'in_review'];

/**
 * The status after an action, or null when the action is not possible in this status.
 * draft —submit→ submitted —first comment→ commented; commented or returned —submit→ submitted
 * (a resubmission); submitted|commented —review→ in_review; submitted|commented|in_review
 * —approve→ approved | —return→ returned. An approved list is frozen except its incumbents,
 * and a new version starts from it. Comments and replies never move a list past review.
 */
export function nextStatus(status: PositionListStatus, action: ListAction): PositionListStatus | null {
  switch (action) {
    case 'edit':
      return EDITABLE.includes(status) ? status : null;
    case 'submit':
      return EDITABLE.includes(status) ? 'submitted' : null;
    case 'comment':
      return status === 'submitted' ? 'commented' : status === 'commented' || status === 'in_review' || status === 'returned' ? status : null;
    case 'reply':
      return status === 'approved' ? null : status;
    case 'review':
      return status === 'submitted' || status === 'commented' ? 'in_review' : null;
    case 'approve':
      return WITH_REVIEWER.includes(status) ? 'approved' : null;
    case 'return':
      return WITH_REVIEWER.includes(status) ? 'returned' : null;
    case 'staff':
    case 'newVersion':
      return status === 'approved' ? 'approved' : null;
  }
}

/** Every action possible in a status (the reader's buttons are these, intersected with their rights). */
export function allowedActions(status: PositionListStatus): ListAction[] {
  return LIST_ACTIONS.filter((a) => nextStatus(status, a) !== null);
}

/** A dated step of a list's history. */
export interface DatedStatus {
  status: PositionListStatus;
  on: string;
}

/** The list's status as of a day: its last step on or before it (steps in the order written); null before its first. */
export function statusOn(events: readonly DatedStatus[], day: string): PositionListStatus | null {
  let status: PositionListStatus | null = null;
  for (const e of events) if (e.on <= day) status = e.status;
  return status;
}

/** The stage a list's status shows in the progress report: the technical review counts as submitted. */
export function stageOfStatus(status: PositionListStatus | null): DepartmentStage {
  if (status === null) return 'notStarted';
  return status === 'in_review' ? 'submitted' : status;
}

/** A version of a department's list, as progress replays it. */
export interface ListOnRecord {
  version: number;
  createdOn: string;
  events: readonly DatedStatus[];
  positions: number;
  posts: number;
}

/** The version that defines a department's stage on a day: its highest version created on or before it. */
export function listInForce<L extends ListOnRecord>(lists: readonly L[], day: string): L | null {
  let found: L | null = null;
  for (const l of lists) if (l.createdOn <= day && (found === null || l.version > found.version)) found = l;
  return found;
}

/** A department's stage on a day: the status (as of the day) of the version in force; no version, not started. */
export function departmentStage(lists: readonly ListOnRecord[], day: string): DepartmentStage {
  const list = listInForce(lists, day);
  return list ? stageOfStatus(statusOn(list.events, day) ?? 'draft') : 'notStarted';
}

/** When a list was first submitted, on or before a day (null: not yet). */
export function firstSubmittedOn(events: readonly DatedStatus[], day: string): string | null {
  return events.find((e) => e.status === 'submitted' && e.on <= day)?.on ?? null;
}

/** One department in the progress report: its sector and its lists. */
export interface DepartmentRecord {
  unitId: number;
  sectorId: number;
  lists: readonly ListOnRecord[];
  /** the deadline of the exercise in force for it (set on it or a unit above it) */
  deadline: string | null;
}

type DepartmentCounts = ProgressCounts['departments'];
const HANDED_IN: readonly DepartmentStage[] = ['submitted', 'commented', 'approved'];

export interface SectorCounts {
  sectorId: number;
  departments: DepartmentCounts;
  /** at least one department has a list, and every department with a list has handed it in */
  submitted: boolean;
  /** at least one department has a list, and every department with a list has it approved */
  approved: boolean;
  positions: number;
  posts: number;
}

export interface LateRecord {
  unitId: number;
  sectorId: number;
  stage: DepartmentStage;
  /** first submitted after the deadline; null when still not submitted */
  submittedOn: string | null;
}

export interface Progress {
  counts: Omit<ProgressCounts, 'asOf'>;
  bySector: SectorCounts[];
  late: LateRecord[];
}

const noDepartments = (): DepartmentCounts => ({ total: 0, notStarted: 0, draft: 0, submitted: 0, commented: 0, approved: 0, returned: 0 });

/**
 * The progress of the exercise on a day: each department's stage, counted by sector and in
 * total. A sector counts as submitted when every department of it with a list has handed it in
 * (submitted, commented on or approved), as approved when every one of them is approved.
 * Positions and posts are those of the version in force of each department, drafts included.
 * Late, once the day is past a department's deadline: its version in force was first submitted
 * after the deadline, or has not been submitted (or there is none).
 */
export function progressOn(departments: readonly DepartmentRecord[], day: string): Progress {
  const total = noDepartments();
  const sectors = new Map<number, { departments: DepartmentCounts; stages: DepartmentStage[]; positions: number; posts: number }>();
  const late: LateRecord[] = [];
  let positions = 0;
  let posts = 0;
  for (const d of departments) {
    const list = listInForce(d.lists, day);
    const stage = departmentStage(d.lists, day);
    const sector = sectors.get(d.sectorId) ?? { departments: noDepartments(), stages: [], positions: 0, posts: 0 };
    sectors.set(d.sectorId, sector);
    for (const c of [total, sector.departments]) {
      c.total++;
      c[stage]++;
    }
    sector.stages.push(stage);
    if (list) {
      positions += list.positions;
      posts += list.posts;
      sector.positions += list.positions;
      sector.posts += list.posts;
    }
    if (d.deadline !== null && day > d.deadline) {
      const submittedOn = list ? firstSubmittedOn(list.events, day) : null;
      if (submittedOn === null || submittedOn > d.deadline) late.push({ unitId: d.unitId, sectorId: d.sectorId, stage, submittedOn });
    }
  }
  const bySector: SectorCounts[] = [...sectors.entries()].map(([sectorId, s]) => {
    const withList = s.stages.filter((st) => st !== 'notStarted');
    return {
      sectorId,
      departments: s.departments,
      submitted: withList.length > 0 && withList.every((st) => HANDED_IN.includes(st)),
      approved: withList.length > 0 && withList.every((st) => st === 'approved'),
      positions: s.positions,
      posts: s.posts,
    };
  });
  return {
    counts: {
      sectors: { total: bySector.length, submitted: bySector.filter((s) => s.submitted).length, approved: bySector.filter((s) => s.approved).length },
      departments: total,
      positions,
      posts,
    },
    bySector,
    late,
  };
}

/** The fields of a position that a new version can change (incumbents are staffing, not the list). */
const COMPARED = ['title', 'category', 'grade', 'posts', 'duties', 'qualifications'] as const;

/** Key order does not make two multilingual texts different. */
const same = (a: unknown, b: unknown): boolean => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
const sorted = (v: unknown): unknown => (v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v);

export interface Difference {
  code: string;
  change: 'added' | 'removed' | 'changed';
  fields: string[];
  before: Position | null;
  after: Position | null;
}

/** What a version changed from the one it started from, by position code: added, removed, changed (and which fields). */
export function differences(before: readonly Position[], after: readonly Position[]): Difference[] {
  const old = new Map(before.map((p) => [p.code, p]));
  const now = new Map(after.map((p) => [p.code, p]));
  const out: Difference[] = [];
  for (const p of after) {
    const was = old.get(p.code);
    if (!was) out.push({ code: p.code, change: 'added', fields: [], before: null, after: p });
    else {
      const fields = COMPARED.filter((f) => !same(was[f], p[f]));
      if (fields.length) out.push({ code: p.code, change: 'changed', fields: [...fields], before: was, after: p });
    }
  }
  for (const p of before) if (!now.has(p.code)) out.push({ code: p.code, change: 'removed', fields: [], before: p, after: null });
  return out;
}

/** People in post against approved posts: the posts left to fill and the people beyond them. */
export function staffing(posts: number, incumbents: number): { vacancies: number; excess: number } {
  return { vacancies: Math.max(posts - incumbents, 0), excess: Math.max(incumbents - posts, 0) };
}

/**
 * A unit's staffing in a year: its quota (số lượng biên chế / ໂຄຕ້າ), the posts of its approved
 * list in force and the people in post; vacancies and excess against the approved posts (none
 * without an approved list: the quota is a ceiling, not a list of posts), and the gaps to the quota.
 */
export function staffingGaps(quota: number | null, approvedPosts: number | null, incumbents: number | null) {
  const { vacancies, excess } = approvedPosts === null ? { vacancies: 0, excess: 0 } : staffing(approvedPosts, incumbents ?? 0);
  return {
    vacancies,
    excess,
    /** approved posts beyond the quota (positive) or short of it (negative) */
    postsOverQuota: quota === null || approvedPosts === null ? null : approvedPosts - quota,
    /** people in post beyond the quota (positive) or short of it (negative) */
    incumbentsOverQuota: quota === null || incumbents === null ? null : incumbents - quota,
  };
}

/** Positions, posts and people in post by category, in the country's category order (categories without positions left out). */
export function totalsByCategory(items: readonly (PositionInput & { incumbents: number | null })[], categoryOrder: readonly string[]) {
  const order = [...categoryOrder, ...new Set(items.map((p) => p.category).filter((c) => !categoryOrder.includes(c)))];
  return order
    .map((category) => {
      const mine = items.filter((p) => p.category === category);
      return { category, positions: mine.length, posts: mine.reduce((s, p) => s + p.posts, 0), incumbents: mine.reduce((s, p) => s + (p.incumbents ?? 0), 0) };
    })
    .filter((t) => t.positions > 0);
}
