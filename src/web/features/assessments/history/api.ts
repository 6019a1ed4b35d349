import { useQueries, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { okSchema } from '../../../../shared/contracts/common.ts';
import { externalIndex, standingInput, standingsTimeline, type StandingInput, type StandingKey } from '../../../../shared/contracts/standings.ts';
import { api, isApiError } from '../../../app/api/client.ts';
import { roundResultsQuery, useAssessmentMutation, useResultsVisibility } from '../api.ts';

const enc = encodeURIComponent;
const indexList = z.object({ indices: z.array(externalIndex) });
const saved = z.object({ saved: z.number().int() });

/** Under `assessmentKeys.all`, so a change to a standing (or a round) refreshes them. */
export const historyKeys = {
  indices: ['assessments', 'external-indices'] as const,
  standings: (unit: string) => ['assessments', 'standings', unit] as const,
};

/** The indices a unit may be ranked on (PAR INDEX, SIPAS, PCI…), with their names and scales. */
export function useExternalIndices() {
  return useQuery({ queryKey: historyKeys.indices, queryFn: () => api('/api/external-indices', indexList).then((r) => r.indices), staleTime: 10 * 60_000 });
}

/** A unit's published standings and its predecessors', by index and year. */
export function useStandings(unit: string) {
  return useQuery({ queryKey: historyKeys.standings(unit), queryFn: () => api(`/api/standings?unit=${enc(unit)}`, standingsTimeline), retry: false });
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

/** A .csv or .xlsx of standings (unit_code,index_code,year,value,rank,of,band,source): all rows or none. */
export function useImportStandings() {
  return useAssessmentMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api('/api/standings/import', saved, { method: 'POST', form });
  });
}
