import { useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { okSchema } from '../../../../shared/contracts/common.ts';
import { externalIndex, peersResponse, standingInput, standingsTimeline, standingTarget, type StandingInput, type StandingKey, type TargetInput } from '../../../../shared/contracts/standings.ts';
import { api, isApiError } from '../../../app/api/client.ts';
import { roundResultsQuery, useAssessmentMutation, useResultsVisibility } from '../api.ts';

const enc = encodeURIComponent;
const indexList = z.object({ indices: z.array(externalIndex) });
const saved = z.object({ saved: z.number().int() });

/** Under `assessmentKeys.all`, so a change to a standing (or a round) refreshes them. */
export const historyKeys = {
  indices: ['assessments', 'external-indices'] as const,
  standings: (unit: string) => ['assessments', 'standings', unit] as const,
  peers: (unit: string, peers: readonly string[]) => ['assessments', 'standings-peers', unit, peers.join(',')] as const,
};

/** The indices a unit may be ranked on (PAR INDEX, SIPAS, PCI…), with their names and scales. */
export function useExternalIndices() {
  return useQuery({ queryKey: historyKeys.indices, queryFn: () => api('/api/external-indices', indexList).then((r) => r.indices), staleTime: 10 * 60_000 });
}

/** A unit's published standings and its predecessors', by index, set and year, with the changes computed and its targets judged. */
export function useStandings(unit: string, enabled = true) {
  return useQuery({ queryKey: historyKeys.standings(unit), queryFn: () => api(`/api/standings?unit=${enc(unit)}`, standingsTimeline), retry: false, enabled });
}

/** Peers' published standings (up to 10 units), for the profile's comparison; nothing asked for without peers. */
export function usePeerStandings(unit: string, peers: readonly string[]) {
  return useQuery({
    queryKey: historyKeys.peers(unit, peers),
    queryFn: () => api(`/api/standings/peers?unit=${enc(unit)}&peers=${enc(peers.join(','))}`, peersResponse),
    enabled: peers.length > 0,
    retry: false,
    // While another peer's figures load, the table keeps the ones it has.
    placeholderData: (previous) => previous,
  });
}

/**
 * The results of every round, one query each (shared with the round pages' cache). A round
 * the reader may not see yet (403 before it is finalised) is left out, not an error.
 */
export function useAllRoundResults(rounds: readonly string[]) {
  const visible = useResultsVisibility();
  return useQueries({
    queries: rounds.map((round) => roundResultsQuery(round, visible(round))),
    combine: (results) => ({
      pending: results.some((r) => r.isPending),
      /** a refusal other than "not visible" (network, server) */
      error: results.find((r) => r.isError && !isApiError(r.error, 'forbidden', 'not_found'))?.error ?? null,
      byRound: new Map(results.flatMap((r, i) => (r.data ? [[rounds[i]!, r.data] as const] : []))),
    }),
  });
}

export function useSaveStanding() {
  return useAssessmentMutation((input: StandingInput) => api('/api/standings', standingInput, { method: 'PUT', json: input }));
}

export function useDeleteStanding() {
  return useAssessmentMutation((key: StandingKey) => api(`/api/standings?unitCode=${enc(key.unitCode)}&indexCode=${enc(key.indexCode)}&year=${key.year}&comparisonSet=${key.comparisonSet}`, okSchema, { method: 'DELETE' }));
}

/** A unit's target on an index, year and set ("top 10"); the same slot again replaces it. */
export function useSaveTarget() {
  return useAssessmentMutation((input: TargetInput) => api('/api/standing-targets', standingTarget, { method: 'PUT', json: input }));
}

export function useDeleteTarget() {
  return useAssessmentMutation((key: StandingKey) => api(`/api/standing-targets?unitCode=${enc(key.unitCode)}&indexCode=${enc(key.indexCode)}&year=${key.year}&comparisonSet=${key.comparisonSet}`, okSchema, { method: 'DELETE' }));
}

/** A .csv or .xlsx of a year's published tables (index,year,comparison_set,unit_code,value,rank,of[,component,max,band,source]) or of the older layout: all rows or none. */
export function useImportStandings() {
  return useAssessmentMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api('/api/standings/import', saved, { method: 'POST', form });
  });
}
