import type { TaskStatistics } from '../contracts/tasks.ts';
import { percentHalfUp } from './rates.ts';

/**
 * The facts about one task that its statistics depend on. Dates are local calendar dates
 * (YYYY-MM-DD) in the configured time zone.
 */
export interface TaskFacts {
  /** the day the task was assigned: it counts from then on */
  assignedOn: string;
  /** the deadline first set */
  originalDeadline: string;
  /** later deadlines, each with the day it was decided, in any order */
  deadlineChanges: readonly { changedOn: string; to: string }[];
  /** the completion date, once the secretariat has confirmed it */
  completedOn: string | null;
}

/** "Due soon": the deadline in force falls within this many days (today included); reminders and the dashboard share it. */
export const DUE_SOON_DAYS = 7;

/** A task's dates as the tasks feature stores them. */
export interface StoredTaskDates {
  id: number;
  assignedOn: string;
  originalDeadline: string;
  completedOn: string | null;
}

/** A stored deadline change (rows of any tasks, in the order they were recorded). */
export interface StoredDeadlineChange {
  taskId: number;
  changedOn: string;
  toDeadline: string;
}

/** The facts of a stored task: its dates and its own deadline changes, picked from `changes` (which may hold other tasks' too). */
export function taskFactsOf(task: StoredTaskDates, changes: readonly StoredDeadlineChange[]): TaskFacts {
  return {
    assignedOn: task.assignedOn,
    originalDeadline: task.originalDeadline,
    deadlineChanges: changes.filter((c) => c.taskId === task.id).map((c) => ({ changedOn: c.changedOn, to: c.toDeadline })),
    completedOn: task.completedOn,
  };
}

export type TaskStanding = 'early' | 'onTime' | 'late' | 'inTime' | 'overdue';

/** The deadline in force on `date`: the latest change decided on or before it, else the original. */
export function deadlineOn(task: TaskFacts, date: string): string {
  let deadline = task.originalDeadline;
  let decided = '';
  for (const change of task.deadlineChanges) {
    if (change.changedOn <= date && change.changedOn >= decided) {
      deadline = change.to;
      decided = change.changedOn;
    }
  }
  return deadline;
}

/** The task's deadline as it now stands: every change decided so far counted (what a task shows as its deadline). */
export function latestDeadline(task: TaskFacts): string {
  return deadlineOn(task, '9999-12-31');
}

/**
 * Where a task stands on `asOf`, or null if it was not yet assigned. A completed task is
 * early / on time / late against the deadline in force on the day it was completed (an
 * extension decided afterwards does not turn a late task into an early one); an open task
 * is within its deadline up to and including the deadline day, overdue from the day after.
 */
export function standingOn(task: TaskFacts, asOf: string): TaskStanding | null {
  if (task.assignedOn > asOf) return null;
  if (task.completedOn !== null && task.completedOn <= asOf) {
    const deadline = deadlineOn(task, task.completedOn);
    return task.completedOn < deadline ? 'early' : task.completedOn === deadline ? 'onTime' : 'late';
  }
  return asOf <= deadlineOn(task, asOf) ? 'inTime' : 'overdue';
}

export function taskStatistics(tasks: readonly TaskFacts[], asOf: string): TaskStatistics {
  const n = { early: 0, onTime: 0, late: 0, inTime: 0, overdue: 0 };
  for (const t of tasks) {
    const standing = standingOn(t, asOf);
    if (standing) n[standing]++;
  }
  const completed = n.early + n.onTime + n.late;
  const notCompleted = n.inTime + n.overdue;
  return {
    total: completed + notCompleted,
    completed: { total: completed, early: n.early, onTime: n.onTime, late: n.late },
    notCompleted: { total: notCompleted, inTime: n.inTime, overdue: n.overdue },
    completionRate: percentHalfUp(completed, completed + notCompleted),
  };
}
