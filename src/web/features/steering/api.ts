import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  committeeDetail,
  committeeList,
  followedUnits,
  keyUnitList,
  membership,
  type CommitteeInput,
  type CommitteeUpdate,
  type KeyUnitSelection,
  type MemberInput,
  type MergeRequest,
} from '../../../shared/contracts/steering.ts';
import { api } from '../../app/api/client.ts';

const enc = encodeURIComponent;
const committeePath = (code: string) => `/api/steering/committees/${enc(code)}`;

/** Every query of the feature starts with 'steering'. */
export const steeringKeys = {
  all: ['steering'] as const,
  committees: ['steering', 'committees'] as const,
  committee: (code: string) => ['steering', 'committee', code] as const,
  keyUnits: (code: string, year: number) => ['steering', 'key-units', code, year] as const,
  followed: (member: string | null, asOf: string) => ['steering', 'followed', member ?? '', asOf] as const,
};

/** The committees of units in the reader's scope, ended ones included (oldest first). */
export function useCommittees() {
  return useQuery({ queryKey: steeringKeys.committees, queryFn: () => api('/api/steering/committees', committeeList).then((r) => r.committees) });
}

export function useCommittee(code: string) {
  return useQuery({ queryKey: steeringKeys.committee(code), queryFn: () => api(committeePath(code), committeeDetail), retry: false });
}

/** The year's key units on its default day (today within the year), with every assignment of the year. */
export function useKeyUnits(code: string, year: number, enabled: boolean) {
  return useQuery({ queryKey: steeringKeys.keyUnits(code, year), queryFn: () => api(`${committeePath(code)}/key-units/${year}`, keyUnitList), enabled });
}

/** The units a member follows (the reader when `member` is null), as of a day. */
export function useFollowed(member: string | null, asOf: string) {
  const query = new URLSearchParams({ asOf, ...(member ? { member } : {}) });
  return useQuery({ queryKey: steeringKeys.followed(member, asOf), queryFn: () => api(`/api/steering/followed?${query}`, followedUnits), retry: false });
}

/**
 * Any change to a committee may change the list, its page, its key units and the followed
 * units of its members (a merger ends seats and assignments): all of the feature is fetched again.
 */
function useSteeringMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: steeringKeys.all }) });
}

export function useFoundCommittee() {
  return useSteeringMutation((input: CommitteeInput) => api('/api/steering/committees', committeeDetail, { method: 'POST', json: input }));
}

export function useUpdateCommittee(code: string) {
  return useSteeringMutation((patch: CommitteeUpdate) => api(committeePath(code), committeeDetail, { method: 'PUT', json: patch }));
}

export function useSeatMember(code: string) {
  return useSteeringMutation((input: MemberInput) => api(`${committeePath(code)}/members`, membership, { method: 'POST', json: input }));
}

export function useEndSeat(code: string) {
  return useSteeringMutation(({ id, validTo }: { id: number; validTo: string }) => api(`${committeePath(code)}/members/${id}/end`, membership, { method: 'POST', json: { validTo } }));
}

export function useMergeCommittees() {
  return useSteeringMutation((request: MergeRequest) => api('/api/steering/merges', committeeDetail, { method: 'POST', json: request }));
}

export function useSelectKeyUnits(code: string, year: number) {
  return useSteeringMutation((selection: KeyUnitSelection) => api(`${committeePath(code)}/key-units/${year}`, keyUnitList, { method: 'PUT', json: selection }));
}
