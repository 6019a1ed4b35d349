import type { Task } from '../../../shared/contracts/tasks.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { deadlineOn, DUE_SOON_DAYS, standingOn, type TaskStanding } from '../../../shared/domain/task-statistics.ts';

type Facts = Pick<Task, 'assignedOn' | 'originalDeadline' | 'deadlineChanges' | 'completedOn'>;

/** Where a task stands on `asOf` by the shared rules the server counts with (null: not yet assigned). */
export function standingOf(task: Facts, asOf: string): TaskStanding | null {
  return standingOn(task, asOf);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Not completed on `asOf`, and its deadline then falls within the next `DUE_SOON_DAYS` days (today included). */
export function isDueSoon(task: Facts, asOf: string): boolean {
  if (standingOf(task, asOf) !== 'inTime') return false;
  return deadlineOn(task, asOf) <= addDays(asOf, DUE_SOON_DAYS);
}

export function isOverdue(task: Facts, asOf: string): boolean {
  return standingOf(task, asOf) === 'overdue';
}

/** Days left until the deadline in force on `asOf` (0 on the deadline day). */
export function daysLeft(task: Facts, asOf: string): number {
  return daysBetween(asOf, deadlineOn(task, asOf));
}

/** Soonest deadline first, then by code. */
export function byDeadline<T extends Facts & Pick<Task, 'code'>>(tasks: readonly T[], asOf: string): T[] {
  return [...tasks].sort((a, b) => deadlineOn(a, asOf).localeCompare(deadlineOn(b, asOf)) || a.code.localeCompare(b.code, undefined, { numeric: true }));
}
