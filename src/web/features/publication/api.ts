import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { okSchema } from '../../../shared/contracts/common.ts';
import { roundSummary } from '../../../shared/contracts/frameworks.ts';
import { openDataSettings, publication, publicationList, type OpenDataSettings, type PublicationInput } from '../../../shared/contracts/publication.ts';
import { waveList } from '../../../shared/contracts/surveys.ts';
import { api } from '../../app/api/client.ts';

const keys = { publications: ['publications'] as const, settings: ['open-data-settings'] as const, subjects: ['publication-subjects'] as const };
const roundList = z.object({ rounds: z.array(roundSummary) });

export const usePublications = () => useQuery({ queryKey: keys.publications, queryFn: () => api('/api/publications', publicationList).then((r) => r.publications) });
export const useOpenDataSettings = () => useQuery({ queryKey: keys.settings, queryFn: () => api('/api/open-data/settings', openDataSettings) });

/** What may be published besides units: the finalised rounds and the survey waves the reader sees. */
export function usePublishableSubjects() {
  return useQuery({
    queryKey: keys.subjects,
    queryFn: async () => ({
      rounds: (await api('/api/rounds', roundList)).rounds.filter((r) => r.finalized),
      waves: (await api('/api/survey-waves', waveList)).waves,
    }),
    staleTime: 60_000,
  });
}

function useWrite<T, R>(write: (input: T) => Promise<R>, key: readonly string[] = keys.publications) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries({ queryKey: key }) });
}

export const usePublish = () => useWrite((input: PublicationInput) => api('/api/publications', publication, { method: 'POST', json: input }));
export const useUnpublish = () => useWrite((id: number) => api(`/api/publications/${id}`, okSchema, { method: 'DELETE' }));
export const useSaveOpenDataSettings = () => useWrite((s: OpenDataSettings) => api('/api/open-data/settings', openDataSettings, { method: 'PUT', json: s }), keys.settings);
