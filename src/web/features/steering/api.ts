import { useQuery } from '@tanstack/react-query';
import { committeeDetail, committeeList, followedUnits, keyUnitList } from '../../../shared/contracts/steering.ts';
import { api } from '../../app/api/client.ts';

const enc = encodeURIComponent;

/** Every query of the feature starts with 'steering'. */
export const steeringKeys = {
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
  return useQuery({ queryKey: steeringKeys.committee(code), queryFn: () => api(`/api/steering/committees/${enc(code)}`, committeeDetail), retry: false });
}

/** The year's key units on its default day (today within the year), with every assignment of the year. */
export function useKeyUnits(code: string, year: number, enabled: boolean) {
  return useQuery({ queryKey: steeringKeys.keyUnits(code, year), queryFn: () => api(`/api/steering/committees/${enc(code)}/key-units/${year}`, keyUnitList), enabled });
}

/** The units a member follows (the reader when `member` is null), as of a day. */
export function useFollowed(member: string | null, asOf: string) {
  const query = new URLSearchParams({ asOf, ...(member ? { member } : {}) });
  return useQuery({ queryKey: steeringKeys.followed(member, asOf), queryFn: () => api(`/api/steering/followed?${query}`, followedUnits), retry: false });
}
