import { describe, expect, it } from 'vitest';
import { percentHalfUp } from '../../src/shared/domain/rates.ts';
import { rankDescending } from '../../src/shared/domain/ranking.ts';
import { deadlineOn, latestDeadline, standingOn, taskFactsOf, taskStatistics, type TaskFacts } from '../../src/shared/domain/task-statistics.ts';

const task = (over: Partial<TaskFacts> = {}): TaskFacts => ({ assignedOn: '2024-01-25', originalDeadline: '2024-06-30', deadlineChanges: [], completedOn: null, ...over });
const times = (n: number, over: Partial<TaskFacts>) => Array.from({ length: n }, () => task(over));

describe('percentHalfUp', () => {
  it('gives the press figures exactly', () => {
    expect(percentHalfUp(30, 51)).toBe(58.82); // "completed 30 of 51 tasks (58.82%)"
    expect(percentHalfUp(10, 19)).toBe(52.63);
    expect(percentHalfUp(61, 65)).toBe(93.85);
  });
  it('rounds halves up, where floating point would not', () => {
    expect(percentHalfUp(1, 8, 1)).toBe(12.5);
    expect(percentHalfUp(1, 16, 1)).toBe(6.3); // 6.25 → 6.3
    expect(percentHalfUp(1, 16, 0)).toBe(6); // 6.25 → 6
    expect(percentHalfUp(1, 32, 2)).toBe(3.13); // 3.125 → 3.13 (Math.round(312.5)/100 would too, but 1.005-style cases do not)
    expect(percentHalfUp(201, 20000, 2)).toBe(1.01); // 1.005 → 1.01; (1.005).toFixed(2) is "1.00"
  });
  it('is 0 for no tasks and refuses fractions or negatives', () => {
    expect(percentHalfUp(0, 0)).toBe(0);
    expect(() => percentHalfUp(1.5, 3)).toThrow(RangeError);
    expect(() => percentHalfUp(-1, 3)).toThrow(RangeError);
  });
});

describe('task statistics', () => {
  it('reproduces "completed 30 of 51 tasks (58.82%)"', () => {
    const tasks = [...times(30, { completedOn: '2024-05-01' }), ...times(21, {})];
    const s = taskStatistics(tasks, '2024-06-30');
    expect(s.total).toBe(51);
    expect(s.completed.total).toBe(30);
    expect(s.completionRate).toBe(58.82);
  });

  it('reproduces "of 65 tasks, 61 completed early or on time, 3 not completed within deadline, 1 completed late"', () => {
    const tasks = [
      ...times(58, { completedOn: '2024-06-01' }),
      ...times(3, { completedOn: '2024-06-30' }),
      ...times(3, { originalDeadline: '2024-12-31' }),
      task({ completedOn: '2024-07-03' }),
    ];
    const s = taskStatistics(tasks, '2024-07-10');
    expect(s).toEqual({
      total: 65,
      completed: { total: 62, early: 58, onTime: 3, late: 1 },
      notCompleted: { total: 3, inTime: 3, overdue: 0 },
      completionRate: 95.38,
    });
    expect(s.completed.early + s.completed.onTime).toBe(61);
  });

  it('splits early from on time at the deadline day, and open tasks at the day after it', () => {
    expect(standingOn(task({ completedOn: '2024-06-29' }), '2024-12-31')).toBe('early');
    expect(standingOn(task({ completedOn: '2024-06-30' }), '2024-12-31')).toBe('onTime');
    expect(standingOn(task({ completedOn: '2024-07-01' }), '2024-12-31')).toBe('late');
    expect(standingOn(task(), '2024-06-30')).toBe('inTime');
    expect(standingOn(task(), '2024-07-01')).toBe('overdue');
  });

  it('counts a task only from its assignment, and a completion only from its date', () => {
    expect(standingOn(task({ assignedOn: '2024-03-01' }), '2024-02-29')).toBeNull();
    expect(standingOn(task({ completedOn: '2024-05-01' }), '2024-04-30')).toBe('inTime');
    expect(taskStatistics([task({ assignedOn: '2024-03-01' })], '2024-02-01').total).toBe(0);
  });

  it('uses the deadline in force on each as-of date, before and after an extension', () => {
    const extended = task({ originalDeadline: '2024-03-31', deadlineChanges: [{ changedOn: '2024-04-10', to: '2024-06-30' }] });
    expect(deadlineOn(extended, '2024-04-09')).toBe('2024-03-31');
    expect(deadlineOn(extended, '2024-04-10')).toBe('2024-06-30');
    expect(standingOn(extended, '2024-04-05')).toBe('overdue'); // before the extension was decided
    expect(standingOn(extended, '2024-04-15')).toBe('inTime'); // after it
    expect(standingOn({ ...extended, completedOn: '2024-05-20' }, '2024-12-31')).toBe('early');
  });

  it('judges a completion against the deadline in force that day, not a later extension', () => {
    const t = task({ originalDeadline: '2024-03-31', completedOn: '2024-04-20', deadlineChanges: [{ changedOn: '2024-05-01', to: '2024-06-30' }] });
    expect(standingOn(t, '2024-12-31')).toBe('late');
  });

  it('takes the latest of several extensions decided by the date', () => {
    const t = task({ originalDeadline: '2024-03-31', deadlineChanges: [{ changedOn: '2024-06-01', to: '2024-09-30' }, { changedOn: '2024-03-20', to: '2024-06-30' }] });
    expect(deadlineOn(t, '2024-05-01')).toBe('2024-06-30');
    expect(deadlineOn(t, '2024-06-01')).toBe('2024-09-30');
  });
});

describe('taskFactsOf', () => {
  // Deadline changes as stored: rows of several tasks, in the order they were recorded.
  const changes = [
    { taskId: 7, changedOn: '2024-03-20', toDeadline: '2024-06-30' },
    { taskId: 8, changedOn: '2024-04-01', toDeadline: '2024-12-31' },
    { taskId: 7, changedOn: '2024-06-01', toDeadline: '2024-09-30' },
  ];
  const stored = { id: 7, assignedOn: '2024-01-25', originalDeadline: '2024-03-31', completedOn: null };

  it("picks the task's own changes, in order, as facts", () => {
    expect(taskFactsOf(stored, changes)).toEqual({
      assignedOn: '2024-01-25',
      originalDeadline: '2024-03-31',
      deadlineChanges: [
        { changedOn: '2024-03-20', to: '2024-06-30' },
        { changedOn: '2024-06-01', to: '2024-09-30' },
      ],
      completedOn: null,
    });
    expect(taskFactsOf({ ...stored, id: 9, completedOn: '2024-02-01' }, changes)).toEqual({ assignedOn: '2024-01-25', originalDeadline: '2024-03-31', deadlineChanges: [], completedOn: '2024-02-01' });
  });

  it('gives the deadline in force on a date, the latest deadline, and the standing from the same facts', () => {
    const facts = taskFactsOf(stored, changes);
    expect(deadlineOn(facts, '2024-03-19')).toBe('2024-03-31');
    expect(deadlineOn(facts, '2024-05-31')).toBe('2024-06-30');
    expect(latestDeadline(facts)).toBe('2024-09-30');
    expect(latestDeadline(taskFactsOf({ ...stored, id: 9 }, changes))).toBe('2024-03-31');
    expect(standingOn(facts, '2024-07-15')).toBe('inTime'); // 30 September in force since 1 June
    expect(standingOn(taskFactsOf({ ...stored, id: 9 }, changes), '2024-04-01')).toBe('overdue'); // task 8's extension is not task 9's
  });
});

describe('rankDescending', () => {
  it('shares ranks on ties and skips after them (1, 2, 2, 4), with the denominator', () => {
    const ranked = rankDescending([{ u: 'a', r: 90 }, { u: 'b', r: 95 }, { u: 'c', r: 90 }, { u: 'd', r: 80 }], (x) => x.r, (x, y) => x.u.localeCompare(y.u));
    expect(ranked.map((x) => [x.item.u, x.rank, x.of])).toEqual([
      ['b', 1, 4],
      ['a', 2, 4],
      ['c', 2, 4],
      ['d', 4, 4],
    ]);
  });
  it('ranks an empty list as empty', () => {
    expect(rankDescending([], () => 0)).toEqual([]);
  });
});
