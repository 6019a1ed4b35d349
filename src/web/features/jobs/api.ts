import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { databaseStatus } from '../../../shared/contracts/health.ts';
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

/** How often the page asks again for the database's status (the server measures the replica's lag every second). */
export const DATABASE_REFRESH_SECONDS = 5;

export function useDatabaseStatus(enabled = true) {
  return useQuery({ queryKey: ['database-status'], queryFn: () => api('/api/database-status', databaseStatus), enabled, refetchInterval: DATABASE_REFRESH_SECONDS * 1000 });
}
