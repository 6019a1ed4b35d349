import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { finding, inspection, inspectionList, inspectionsReport, inspectionTopicList, type AddFindingRequest, type CreateInspectionRequest } from '../../../shared/contracts/inspections.ts';
import { api } from '../../app/api/client.ts';

const enc = encodeURIComponent;

/** Every query of the feature starts with 'inspections', so one change refreshes them all. */
export const inspectionKeys = { all: ['inspections'] as const, list: ['inspections', 'list'] as const, one: (code: string) => ['inspections', 'one', code] as const, topics: ['inspections', 'topics'] as const };

export const useInspections = () => useQuery({ queryKey: inspectionKeys.list, queryFn: () => api('/api/inspections', inspectionList) });
export const useInspection = (code: string) => useQuery({ queryKey: inspectionKeys.one(code), queryFn: () => api(`/api/inspections/${enc(code)}`, inspection), retry: false });
export const useTopics = () => useQuery({ queryKey: inspectionKeys.topics, queryFn: () => api('/api/inspection-topics', inspectionTopicList).then((r) => r.topics), staleTime: 5 * 60_000 });

function useInspectionMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  // Remedies are follow-up items too: their lists refresh as well.
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: inspectionKeys.all }), client.invalidateQueries({ queryKey: ['followUps'] })]) });
}

export const useCreateInspection = () => useInspectionMutation((req: CreateInspectionRequest) => api('/api/inspections', z.object({ code: z.string() }), { method: 'POST', json: req }));
export const useAddFinding = (code: string) => useInspectionMutation((req: AddFindingRequest) => api(`/api/inspections/${enc(code)}/findings`, finding, { method: 'POST', json: req }));

/** The inspections of a unit with its subtree as of a day: by topic and by inspected unit. */
export const useInspectionsReport = (unit: string | null, asOf: string) =>
  useQuery({ queryKey: ['inspections', 'report', unit, asOf], queryFn: () => api(`/api/inspections/report?unit=${enc(unit!)}&descendants=true&asOf=${enc(asOf)}`, inspectionsReport), enabled: unit !== null, retry: false });
