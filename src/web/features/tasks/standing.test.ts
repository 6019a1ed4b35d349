import { describe, expect, it } from 'vitest';
import { byDeadline, daysLeft, isDueSoon, isOverdue, standingOf } from './standing.ts';

const task = (over: Partial<Parameters<typeof standingOf>[0] & { code: string }> = {}) => ({
  code: 'T1',
  assignedOn: '2025-01-01',
  originalDeadline: '2025-03-31',
  deadlineChanges: [] as { from: string; to: string; changedOn: string; reason: string; by: string }[],
  completedOn: null as string | null,
  ...over,
});

describe('task standing on the web', () => {
  it('is due soon from seven days before the deadline through the deadline day', () => {
    expect(isDueSoon(task(), '2025-03-23')).toBe(false);
    expect(isDueSoon(task(), '2025-03-24')).toBe(true);
    expect(isDueSoon(task(), '2025-03-31')).toBe(true);
    expect(daysLeft(task(), '2025-03-31')).toBe(0);
    expect(isOverdue(task(), '2025-04-01')).toBe(true);
    expect(isDueSoon(task(), '2025-04-01')).toBe(false);
  });

  it('follows an extension from the day it was decided, and never counts a completed task', () => {
    const extended = task({ deadlineChanges: [{ from: '2025-03-31', to: '2025-06-30', changedOn: '2025-03-20', reason: 'r', by: 'u' }] });
    expect(isDueSoon(extended, '2025-03-19')).toBe(false);
    expect(isOverdue(extended, '2025-04-15')).toBe(false);
    expect(daysLeft(extended, '2025-06-23')).toBe(7);
    expect(isDueSoon(task({ completedOn: '2025-03-25' }), '2025-03-28')).toBe(false);
    expect(standingOf(task({ completedOn: '2025-03-31' }), '2025-04-02')).toBe('onTime');
    expect(standingOf(task(), '2024-12-31')).toBeNull();
  });

  it('sorts by the deadline in force, then by code in numeric order', () => {
    const list = [task({ code: 'T10' }), task({ code: 'T9' }), task({ code: 'A', originalDeadline: '2025-02-01' })];
    expect(byDeadline(list, '2025-01-15').map((t) => t.code)).toEqual(['A', 'T9', 'T10']);
  });
});
