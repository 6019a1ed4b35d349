import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type SaveFieldRequest, followUpFieldList, followUpItemDetail, followUpItemView, followUpList, followUpStatisticsView, itemCreated, type AnswerRequest, type AssignRequest, type RaiseRequest } from '../../../shared/contracts/followups.ts';
import { unitDetail } from '../../../shared/contracts/units.ts';
import { api } from '../../app/api/client.ts';

const enc = encodeURIComponent;
const item = (code: string) => `/api/follow-ups/${enc(code)}`;

/** Every query of the feature starts with 'followUps', so one change refreshes them all. */
export const followUpKeys = {
  all: ['followUps'] as const,
  list: (query: string) => ['followUps', 'list', query] as const,
  item: (code: string) => ['followUps', 'item', code] as const,
  fields: ['followUps', 'fields'] as const,
  statistics: (query: string) => ['followUps', 'statistics', query] as const,
  ofTask: (id: number) => ['followUps', 'task', id] as const,
};

export function useFollowUps(query: string) {
  return useQuery({ queryKey: followUpKeys.list(query), queryFn: () => api(`/api/follow-ups${query ? `?${query}` : ''}`, followUpList).then((r) => r.items), retry: false });
}

export function useFollowUp(code: string) {
  return useQuery({ queryKey: followUpKeys.item(code), queryFn: () => api(item(code), followUpItemDetail), retry: false });
}

export function useFollowUpsOfTask(taskId: number) {
  return useQuery({ queryKey: followUpKeys.ofTask(taskId), queryFn: () => api(`/api/follow-ups/of-task/${taskId}`, followUpList).then((r) => r.items), retry: false });
}

export function useFollowUpFields() {
  return useQuery({ queryKey: followUpKeys.fields, queryFn: () => api('/api/follow-ups/fields', followUpFieldList).then((r) => r.fields), staleTime: 5 * 60_000 });
}

export function useFollowUpStatistics(query: string, enabled: boolean) {
  return useQuery({ queryKey: followUpKeys.statistics(query), queryFn: () => api(`/api/follow-ups/statistics?${query}`, followUpStatisticsView), enabled, retry: false });
}

function useFollowUpMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: followUpKeys.all }) });
}

export const useRaiseFollowUp = () => useFollowUpMutation((req: RaiseRequest) => api('/api/follow-ups', itemCreated, { method: 'POST', json: req }));

export const useSaveFollowUpField = () => useFollowUpMutation((r: { code: string; body: SaveFieldRequest }) => api(`/api/follow-ups/fields/${enc(r.code)}`, followUpFieldList, { method: 'PUT', json: r.body }));

/** The transitions of an item, each a POST to `/api/follow-ups/{code}/{action}`. */
export type Transition = { action: 'assign'; body: AssignRequest } | { action: 'answer'; body: AnswerRequest } | { action: 'resolve'; body: { on?: string; note?: string } } | { action: 'decline'; body: { reason: string; on?: string } } | { action: 'escalate'; body: { toUnitCode: string; on?: string; note?: string } };
export const useFollowUpTransition = (code: string) => useFollowUpMutation((t: Transition) => api(`${item(code)}/${t.action}`, followUpItemView, { method: 'POST', json: t.body }));

/**
 * The bodies an item raised by a unit may be addressed to: the unit itself and the units above
 * it today (a department raises to its province), read from the unit's page, which its own
 * people may read even when the units above are outside their scope.
 */
export function useAddressees(raisedBy: string | null) {
  return useQuery({
    queryKey: ['followUps', 'addressees', raisedBy],
    queryFn: () => api(`/api/units/${enc(raisedBy!)}`, unitDetail).then((d) => [...[...d.ancestors].reverse(), { code: d.unit.code, names: d.unit.names }]),
    enabled: raisedBy !== null,
    staleTime: 5 * 60_000,
  });
}
