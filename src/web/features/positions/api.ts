import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { positionCategory, positionListSummary, positionListView, progressResponse, type PositionInput } from '../../../shared/contracts/positions.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';

const enc = encodeURIComponent;
const listPath = (id: number) => `/api/position-lists/${id}`;

/** Every query of the feature starts with 'positions', so one change refreshes them all (a submission changes the progress too). */
export const positionKeys = {
  all: ['positions'] as const,
  lists: (unit: string | null) => ['positions', 'lists', unit] as const,
  list: (id: number) => ['positions', 'list', id] as const,
  categories: (unit: string) => ['positions', 'categories', unit] as const,
  progress: (query: string) => ['positions', 'progress', query] as const,
};

/** The query string of the progress report and its downloads: the unit (none: every sector) and the day. */
export function progressQuery(unit: string | null, asOf: string): string {
  const query = new URLSearchParams({ asOf });
  if (unit) query.set('unit', unit);
  return query.toString();
}

export const progressFileUrl = (query: string, format: 'xlsx' | 'docx', locale: Locale) => `/api/positions/progress.${format}?${query}&locale=${locale}`;
export const decisionUrl = (id: number) => `${listPath(id)}/decision`;

export const useProgress = (query: string, enabled: boolean) => useQuery({ queryKey: positionKeys.progress(query), queryFn: () => api(`/api/positions/progress?${query}`, progressResponse), enabled, retry: false });

export const usePositionLists = (unit: string | null) =>
  useQuery({ queryKey: positionKeys.lists(unit), queryFn: () => api(`/api/position-lists${unit ? `?unit=${enc(unit)}` : ''}`, z.array(positionListSummary)) });

export const usePositionList = (id: number) => useQuery({ queryKey: positionKeys.list(id), queryFn: () => api(listPath(id), positionListView), retry: false });

/** The categories of the country the unit belongs to, in their order. */
export const useCategories = (unit: string) =>
  useQuery({ queryKey: positionKeys.categories(unit), queryFn: () => api(`/api/position-categories?unit=${enc(unit)}`, z.array(positionCategory)), staleTime: 5 * 60_000 });

function usePositionsMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: positionKeys.all }) });
}

const created = z.object({ id: z.number().int() }).passthrough();

export const useCreateList = () => usePositionsMutation((unitCode: string) => api('/api/position-lists', created, { method: 'POST', json: { unitCode, positions: [] } }));
export const useSaveList = (id: number) => usePositionsMutation((positions: PositionInput[]) => api(listPath(id), positionListView, { method: 'PUT', json: { positions } }));
/** A move without a body: submit, start the technical review, open a new version. */
export const useListMove = (id: number, move: 'submit' | 'review' | 'new-version') => usePositionsMutation(() => api(`${listPath(id)}/${move}`, created, { method: 'POST' }));
export const useComment = (id: number) =>
  usePositionsMutation((req: { text: string; positionCode: string | null; parentId: number | null }) => api(`${listPath(id)}/comments`, z.unknown(), { method: 'POST', json: req }));
export const useReturnList = (id: number) => usePositionsMutation((reason: string) => api(`${listPath(id)}/return`, z.unknown(), { method: 'POST', json: { reason } }));

export const useApproveList = (id: number) =>
  usePositionsMutation((req: { number: string; date: string; file: File }) => {
    const form = new FormData();
    form.set('number', req.number);
    form.set('date', req.date);
    form.set('file', req.file);
    return api(`${listPath(id)}/approve`, z.unknown(), { method: 'POST', form });
  });

export const useStaffing = (id: number) =>
  usePositionsMutation((incumbents: { code: string; incumbents: number | null }[]) => api(`${listPath(id)}/staffing`, z.unknown(), { method: 'PUT', json: { incumbents } }));

export const useSetDeadline = () => usePositionsMutation((req: { unitCode: string; deadline: string | null }) => api('/api/positions/deadline', z.unknown(), { method: 'PUT', json: req }));
