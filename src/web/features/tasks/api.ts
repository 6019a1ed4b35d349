import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  plan,
  statisticsResponse,
  task,
  taskDetail,
  taskImportResult,
  taskUpdateView,
  type PlanInput,
  type ReformArea,
  type Task,
  type TaskInput,
} from '../../../shared/contracts/tasks.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';

const planList = z.object({ plans: z.array(plan) });
const taskList = z.object({ tasks: z.array(task) });
const updateList = z.object({ updates: z.array(taskUpdateView) });

const enc = encodeURIComponent;

/** The filters GET /api/tasks and GET /api/task-statistics take. */
export interface TaskQuery {
  plan?: string | undefined;
  unit?: string | undefined;
  descendants?: boolean | undefined;
  area?: ReformArea | undefined;
  keyOnly?: boolean | undefined;
  asOf?: string | undefined;
  /** a username: the tasks they supervise (their own, and those of the units they follow) */
  supervisedBy?: string | undefined;
}

/**
 * A flag is sent only when it is set, never as `=false`: older servers read booleans with
 * `z.coerce.boolean()`, for which the string "false" is true.
 */
export function queryString(query: TaskQuery): string {
  const params = new URLSearchParams();
  if (query.plan) params.set('plan', query.plan);
  if (query.unit) params.set('unit', query.unit);
  if (query.unit && query.descendants) params.set('descendants', 'true');
  if (query.area) params.set('area', query.area);
  if (query.keyOnly) params.set('keyOnly', 'true');
  if (query.asOf) params.set('asOf', query.asOf);
  if (query.supervisedBy) params.set('supervisedBy', query.supervisedBy);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The spreadsheet (XLSX) of a task list or of the league table, for the same filters as the
 * page and in its language: a plain link, so that the browser downloads it with the session cookie.
 */
export function exportUrl(path: '/api/tasks/export' | '/api/task-statistics/export', query: TaskQuery, locale: Locale): string {
  const params = new URLSearchParams(queryString(query));
  params.set('format', 'xlsx');
  params.set('locale', locale);
  return `${path}?${params.toString()}`;
}

/** Every query of the feature starts with 'tasks', so one invalidation refreshes them all. */
export const taskKeys = {
  all: ['tasks'] as const,
  plans: ['tasks', 'plans'] as const,
  plan: (code: string) => ['tasks', 'plan', code] as const,
  list: (query: TaskQuery) => ['tasks', 'list', queryString(query)] as const,
  task: (id: number) => ['tasks', 'task', id] as const,
  updates: (id: number) => ['tasks', 'updates', id] as const,
  statistics: (query: TaskQuery) => ['tasks', 'statistics', queryString(query)] as const,
};

export function usePlans() {
  return useQuery({ queryKey: taskKeys.plans, queryFn: () => api('/api/plans', planList).then((r) => r.plans) });
}

export function usePlan(code: string) {
  return useQuery({ queryKey: taskKeys.plan(code), queryFn: () => api(`/api/plans/${enc(code)}`, plan), enabled: code !== '' });
}

export function useTasks(query: TaskQuery, enabled = true) {
  return useQuery({ queryKey: taskKeys.list(query), queryFn: () => api(`/api/tasks${queryString(query)}`, taskList).then((r) => r.tasks), enabled });
}

export function useTask(id: number) {
  return useQuery({ queryKey: taskKeys.task(id), queryFn: () => api(`/api/tasks/${id}`, taskDetail) });
}

export function useTaskUpdates(id: number) {
  return useQuery({ queryKey: taskKeys.updates(id), queryFn: () => api(`/api/tasks/${id}/updates`, updateList).then((r) => r.updates) });
}

export function useTaskStatistics(query: TaskQuery) {
  return useQuery({ queryKey: taskKeys.statistics(query), queryFn: () => api(`/api/task-statistics${queryString(query)}`, statisticsResponse) });
}

/**
 * Any change to a plan or task: every list, count and history may be stale, and so is the
 * audit log. The histories are fetched again first, so that a task never shows its new
 * state beside a history that lacks the update that caused it.
 */
function useTasksMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['tasks', 'updates'] });
      await Promise.all([
        client.invalidateQueries({ queryKey: taskKeys.all, predicate: (query) => query.queryKey[1] !== 'updates' }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useCreatePlan() {
  return useTasksMutation((input: PlanInput) => api('/api/plans', plan, { method: 'POST', json: input }));
}

export function useUpdatePlan(code: string) {
  return useTasksMutation((input: PlanInput) => api(`/api/plans/${enc(code)}`, plan, { method: 'PUT', json: input }));
}

export function useCreateTask(planCode: string) {
  return useTasksMutation((input: TaskInput) => api(`/api/plans/${enc(planCode)}/tasks`, task, { method: 'POST', json: input }));
}

export function useUpdateTask(id: number) {
  return useTasksMutation((input: Omit<TaskInput, 'deadline'>) => api(`/api/tasks/${id}`, task, { method: 'PUT', json: input }));
}

export type PostUpdate = { kind: 'progress'; percent: number; note: string; files: File[] } | { kind: 'report_completion'; completedOn: string; note: string; files: File[] };

/** Progress or a completion report, as multipart: the fields, then each file in `evidence`. */
export function usePostUpdate(id: number) {
  return useTasksMutation((update: PostUpdate): Promise<Task> => {
    const form = new FormData();
    form.append('kind', update.kind);
    if (update.kind === 'progress') form.append('percent', String(update.percent));
    else form.append('completedOn', update.completedOn);
    form.append('note', update.note);
    for (const file of update.files) form.append('evidence', file, file.name);
    return api(`/api/tasks/${id}/updates`, task, { method: 'POST', form });
  });
}

export function useConfirmTask(id: number) {
  return useTasksMutation((body: { completedOn?: string; note: string }) => api(`/api/tasks/${id}/confirm`, task, { method: 'POST', json: body }));
}

export function useReturnTask(id: number) {
  return useTasksMutation((body: { reason: string }) => api(`/api/tasks/${id}/return`, task, { method: 'POST', json: body }));
}

export function useExtendDeadline(id: number) {
  return useTasksMutation((body: { to: string; reason: string }) => api(`/api/tasks/${id}/deadline`, task, { method: 'POST', json: body }));
}

/** Nothing is imported from a file with errors unless `skipInvalid`: then the bad rows are left out. */
export function useImportTasks() {
  return useTasksMutation(({ file, skipInvalid }: { file: File; skipInvalid: boolean }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api(`/api/tasks/import${skipInvalid ? '?skipInvalid=true' : ''}`, taskImportResult, { method: 'POST', form });
  });
}

export function evidenceUrl(id: number): string {
  return `/api/evidence/${id}`;
}
