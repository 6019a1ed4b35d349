import { describe, expect, it } from 'vitest';
import { POSITION_LIST_STATUSES, type Position } from '../../src/shared/contracts/positions.ts';
import { allowedActions, departmentStage, differences, LIST_ACTIONS, nextStatus, progressOn, staffing, staffingGaps, statusOn, totalsByCategory, type DepartmentRecord, type ListOnRecord } from '../../src/shared/domain/positions.ts';

const list = (version: number, createdOn: string, steps: [string, string][], positions = 2, posts = 5): ListOnRecord => ({
  version,
  createdOn,
  events: steps.map(([status, on]) => ({ status: status as ListOnRecord['events'][number]['status'], on })),
  positions,
  posts,
});

describe('position list status moves', () => {
  it('allows exactly these moves', () => {
    const table = Object.fromEntries(POSITION_LIST_STATUSES.map((s) => [s, Object.fromEntries(LIST_ACTIONS.map((a) => [a, nextStatus(s, a)]))]));
    expect(table).toEqual({
      draft: { edit: 'draft', submit: 'submitted', comment: null, reply: 'draft', review: null, approve: null, return: null, staff: null, newVersion: null },
      submitted: { edit: null, submit: null, comment: 'commented', reply: 'submitted', review: 'in_review', approve: 'approved', return: 'returned', staff: null, newVersion: null },
      commented: { edit: 'commented', submit: 'submitted', comment: 'commented', reply: 'commented', review: 'in_review', approve: 'approved', return: 'returned', staff: null, newVersion: null },
      in_review: { edit: null, submit: null, comment: 'in_review', reply: 'in_review', review: null, approve: 'approved', return: 'returned', staff: null, newVersion: null },
      approved: { edit: null, submit: null, comment: null, reply: null, review: null, approve: null, return: null, staff: 'approved', newVersion: 'approved' },
      returned: { edit: 'returned', submit: 'submitted', comment: 'returned', reply: 'returned', review: null, approve: null, return: null, staff: null, newVersion: null },
    });
    expect(allowedActions('approved')).toEqual(['staff', 'newVersion']);
  });
});

describe('a department’s stage as of a day', () => {
  const v1 = list(1, '2026-01-10', [['draft', '2026-01-10'], ['submitted', '2026-02-01'], ['commented', '2026-02-05'], ['submitted', '2026-02-20'], ['in_review', '2026-03-01'], ['approved', '2026-03-15']]);
  const v2 = list(2, '2026-06-01', [['draft', '2026-06-01']]);

  it('replays the dated history, counting the technical review as submitted', () => {
    expect(statusOn(v1.events, '2026-01-09')).toBeNull();
    expect(['2026-01-09', '2026-01-10', '2026-02-01', '2026-02-10', '2026-02-20', '2026-03-02', '2026-03-15'].map((d) => departmentStage([v1], d))).toEqual(['notStarted', 'draft', 'submitted', 'commented', 'submitted', 'submitted', 'approved']);
  });

  it('follows the highest version created by the day', () => {
    expect(departmentStage([v1, v2], '2026-05-31')).toBe('approved');
    expect(departmentStage([v2, v1], '2026-06-01')).toBe('draft');
  });
});

describe('progress of the exercise', () => {
  const departments: DepartmentRecord[] = [
    // sector 1: one approved, one submitted late, one not started
    { unitId: 11, sectorId: 1, deadline: '2026-03-31', lists: [list(1, '2026-01-05', [['draft', '2026-01-05'], ['submitted', '2026-02-01'], ['approved', '2026-03-01']], 3, 10)] },
    { unitId: 12, sectorId: 1, deadline: '2026-03-31', lists: [list(1, '2026-01-05', [['draft', '2026-01-05'], ['submitted', '2026-04-10']], 2, 4)] },
    { unitId: 13, sectorId: 1, deadline: '2026-03-31', lists: [] },
    // sector 2: both approved
    { unitId: 21, sectorId: 2, deadline: null, lists: [list(1, '2026-01-05', [['draft', '2026-01-05'], ['submitted', '2026-01-20'], ['approved', '2026-02-10']], 1, 7)] },
    { unitId: 22, sectorId: 2, deadline: null, lists: [list(1, '2026-01-06', [['draft', '2026-01-06'], ['submitted', '2026-01-21'], ['returned', '2026-01-30'], ['submitted', '2026-02-02'], ['approved', '2026-02-12']], 4, 9)] },
    // sector 3: a draft only
    { unitId: 31, sectorId: 3, deadline: '2026-03-31', lists: [list(1, '2026-03-01', [['draft', '2026-03-01']], 5, 5)] },
  ];

  it('counts sectors, departments, positions and posts as of each day', () => {
    const on = (d: string) => progressOn(departments, d).counts;
    expect(on('2026-01-01')).toEqual({ sectors: { total: 3, submitted: 0, approved: 0 }, departments: { total: 6, notStarted: 6, draft: 0, submitted: 0, commented: 0, approved: 0, returned: 0 }, positions: 0, posts: 0 });
    expect(on('2026-01-31')).toEqual({ sectors: { total: 3, submitted: 0, approved: 0 }, departments: { total: 6, notStarted: 2, draft: 2, submitted: 1, commented: 0, approved: 0, returned: 1 }, positions: 10, posts: 30 });
    expect(on('2026-02-15')).toEqual({ sectors: { total: 3, submitted: 1, approved: 1 }, departments: { total: 6, notStarted: 2, draft: 1, submitted: 1, commented: 0, approved: 2, returned: 0 }, positions: 10, posts: 30 });
    expect(on('2026-04-10')).toEqual({ sectors: { total: 3, submitted: 2, approved: 1 }, departments: { total: 6, notStarted: 1, draft: 1, submitted: 1, commented: 0, approved: 3, returned: 0 }, positions: 15, posts: 35 });
  });

  it('lists the late once past the deadline: submitted after it, or not at all', () => {
    expect(progressOn(departments, '2026-03-31').late).toEqual([]);
    expect(progressOn(departments, '2026-04-01').late.map((l) => [l.unitId, l.stage, l.submittedOn])).toEqual([
      [12, 'draft', null],
      [13, 'notStarted', null],
      [31, 'draft', null],
    ]);
    expect(progressOn(departments, '2026-04-10').late.map((l) => [l.unitId, l.submittedOn])).toEqual([
      [12, '2026-04-10'],
      [13, null],
      [31, null],
    ]);
  });

  it('says per sector whether every department with a list handed it in', () => {
    expect(progressOn(departments, '2026-04-10').bySector.map((s) => [s.sectorId, s.submitted, s.approved, s.positions, s.posts])).toEqual([
      [1, true, false, 5, 14],
      [2, true, true, 5, 16],
      [3, false, false, 5, 5],
    ]);
  });
});

const pos = (code: string, posts: number, extra: Partial<Position> = {}): Position => ({ code, title: { lo: code }, category: 'professional', grade: '', posts, duties: {}, qualifications: {}, incumbents: null, ...extra });

describe('differences between versions', () => {
  it('names what was added, removed and changed, field by field', () => {
    const before = [pos('A', 1), pos('B', 2, { title: { lo: 'ບີ', en: 'B' } }), pos('C', 3)];
    const after = [pos('A', 1, { incumbents: 4 }), pos('B', 5, { title: { en: 'B', lo: 'ບີ' }, grade: 'III' }), pos('D', 1)];
    expect(differences(before, after).map((d) => [d.code, d.change, d.fields])).toEqual([
      ['B', 'changed', ['grade', 'posts']],
      ['D', 'added', []],
      ['C', 'removed', []],
    ]);
  });
});

describe('staffing', () => {
  it('counts vacancies and excess against the approved posts', () => {
    expect(staffing(10, 7)).toEqual({ vacancies: 3, excess: 0 });
    expect(staffing(10, 12)).toEqual({ vacancies: 0, excess: 2 });
    expect(staffingGaps(40, 35, 38)).toEqual({ vacancies: 0, excess: 3, postsOverQuota: -5, incumbentsOverQuota: -2 });
    expect(staffingGaps(40, null, 38)).toEqual({ vacancies: 0, excess: 0, postsOverQuota: null, incumbentsOverQuota: -2 });
    expect(staffingGaps(null, 12, null)).toEqual({ vacancies: 12, excess: 0, postsOverQuota: null, incumbentsOverQuota: null });
  });

  it('totals positions, posts and people in post by category in the country’s order', () => {
    const items = [pos('A', 2, { category: 'support', incumbents: 1 }), pos('B', 3, { category: 'leadership', incumbents: 3 }), pos('C', 4, { category: 'leadership' })];
    expect(totalsByCategory(items, ['leadership', 'professional', 'support'])).toEqual([
      { category: 'leadership', positions: 2, posts: 7, incumbents: 3 },
      { category: 'support', positions: 1, posts: 2, incumbents: 1 },
    ]);
  });
});
