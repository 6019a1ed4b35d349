import { REFORM_AREAS, TASK_STATES, type ReformArea, type Task } from '../../../shared/contracts/tasks.ts';
import type { Location } from '../../app/router/router.ts';
import type { TaskQuery } from './api.ts';

/** The filters of the task list, kept in the URL so that a filtered list can be shared. */
export interface TaskListFilters {
  plan: string | null;
  area: ReformArea | null;
  unit: string | null;
  keyOnly: boolean;
  state: Task['state'] | null;
}

export function isReformArea(value: string | null): value is ReformArea {
  return value !== null && (REFORM_AREAS as readonly string[]).includes(value);
}

export function isTaskState(value: string | null): value is Task['state'] {
  return value !== null && (TASK_STATES as readonly string[]).includes(value);
}

export function readFilters(location: Location): TaskListFilters {
  const area = location.search.get('area');
  const state = location.search.get('state');
  return {
    plan: location.search.get('plan') || null,
    area: isReformArea(area) ? area : null,
    unit: location.search.get('unit') || null,
    keyOnly: location.search.get('key') === '1',
    state: isTaskState(state) ? state : null,
  };
}

/** The URL query of a filter set (without "?"). */
export function filtersQuery(filters: TaskListFilters): string {
  const params = new URLSearchParams();
  if (filters.plan) params.set('plan', filters.plan);
  if (filters.area) params.set('area', filters.area);
  if (filters.unit) params.set('unit', filters.unit);
  if (filters.keyOnly) params.set('key', '1');
  if (filters.state) params.set('state', filters.state);
  return params.toString();
}

/** What the server filters; the state is filtered here (the API has no state filter). */
export function toTaskQuery(filters: TaskListFilters): TaskQuery {
  return { plan: filters.plan ?? undefined, area: filters.area ?? undefined, unit: filters.unit ?? undefined, descendants: true, keyOnly: filters.keyOnly };
}
