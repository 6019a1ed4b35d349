import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { jobList, runJobResponse, type JobKindName } from '../../../shared/contracts/jobs.ts';
import { api } from '../../app/api/client.ts';

const jobsKey = ['jobs'] as const;
const DAYS = 7;

/** Refreshed every 10 s while open: a run asked for here shows as done without reloading. */
export function useJobs(enabled = true) {
  return useQuery({ queryKey: jobsKey, queryFn: () => api(`/api/jobs?days=${DAYS}`, jobList), enabled, refetchInterval: 10_000 });
}

export function useRunJob() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kind: JobKindName) => api(`/api/jobs/${kind}/run`, runJobResponse, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: jobsKey }),
  });
}
