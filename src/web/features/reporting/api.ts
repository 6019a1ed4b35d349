import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { reportingRound, reportingRoundList, roundCreatedResponse, roundStatus, submission, submissionFigures, unitLatestReports, type CreateReportingRoundRequest, type SaveDraftRequest } from '../../../shared/contracts/reporting.ts';
import { committeeList } from '../../../shared/contracts/steering.ts';
import { api } from '../../app/api/client.ts';
import { todayLocal } from '../units/index.ts';

const enc = encodeURIComponent;
const ok = z.object({ ok: z.literal(true) });
const base = (round: string) => `/api/reporting/rounds/${enc(round)}`;
const submissionPath = (round: string, unit: string) => `${base(round)}/submissions/${enc(unit)}`;

/** Every query of the feature starts with 'reporting', so one change refreshes them all. */
export const reportingKeys = {
  all: ['reporting'] as const,
  rounds: ['reporting', 'rounds'] as const,
  round: (code: string) => ['reporting', 'round', code] as const,
  status: (code: string) => ['reporting', 'status', code] as const,
  submission: (code: string, unit: string) => ['reporting', 'submission', code, unit] as const,
  figures: (code: string, unit: string) => ['reporting', 'figures', code, unit] as const,
  latest: (unit: string, asOf: string) => ['reporting', 'latest', unit, asOf] as const,
};

export function useReportingRounds() {
  return useQuery({ queryKey: reportingKeys.rounds, queryFn: () => api('/api/reporting/rounds', reportingRoundList).then((r) => r.rounds) });
}

export function useRoundStatus(code: string) {
  return useQuery({ queryKey: reportingKeys.status(code), queryFn: () => api(`${base(code)}/status`, roundStatus), retry: false });
}

export function useSubmission(code: string, unit: string) {
  return useQuery({ queryKey: reportingKeys.submission(code, unit), queryFn: () => api(submissionPath(code, unit), submission), retry: false });
}

export function useSubmissionFigures(code: string, unit: string) {
  return useQuery({ queryKey: reportingKeys.figures(code, unit), queryFn: () => api(`${submissionPath(code, unit)}/figures`, submissionFigures), retry: false, staleTime: 5 * 60_000 });
}

/**
 * The steering committees in force today, for a round that asks a committee's key units: read
 * from the steering API (the web features share contracts, not each other's files).
 */
export function useCommitteeChoices(enabled: boolean) {
  return useQuery({ queryKey: ['reporting', 'committees'], queryFn: () => api(`/api/steering/committees?asOf=${todayLocal()}`, committeeList).then((r) => r.committees), enabled, staleTime: 5 * 60_000 });
}

/** A unit's report in each round that asked it, as of a day (a member's page of the units they follow). */
export function useUnitLatestReports(unit: string, asOf: string) {
  return useQuery({ queryKey: reportingKeys.latest(unit, asOf), queryFn: () => api(`/api/reporting/units/${enc(unit)}/latest?asOf=${enc(asOf)}`, unitLatestReports), retry: false });
}

/** The status as Excel, in the reader's language. */
export const statusExportUrl = (code: string, locale: string) => `${base(code)}/status.xlsx?locale=${enc(locale)}`;
export const attachmentUrl = (code: string, unit: string, id: number) => `${submissionPath(code, unit)}/attachments/${id}`;

/** A change to a round or a report: its lists, status and the reminders' bell may be stale. */
function useReportingMutation<V, R = unknown>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: reportingKeys.all }) });
}

export function useCreateReportingRound() {
  return useReportingMutation((req: CreateReportingRoundRequest) => api('/api/reporting/rounds', roundCreatedResponse, { method: 'POST', json: req }));
}

export function useUpdateReportingRound(code: string) {
  return useReportingMutation((deadline: string) => api(base(code), reportingRound, { method: 'PATCH', json: { deadline } }));
}

export function useSaveDraft(code: string, unit: string) {
  return useReportingMutation((req: SaveDraftRequest) => api(submissionPath(code, unit), ok, { method: 'PUT', json: req }));
}

export function useSubmitReport(code: string, unit: string) {
  return useReportingMutation(() => api(`${submissionPath(code, unit)}/submit`, ok, { method: 'POST' }));
}

export function useAcceptReport(code: string, unit: string) {
  return useReportingMutation(() => api(`${submissionPath(code, unit)}/accept`, ok, { method: 'POST' }));
}

export function useReturnReport(code: string, unit: string) {
  return useReportingMutation((reason: string) => api(`${submissionPath(code, unit)}/return`, ok, { method: 'POST', json: { reason } }));
}

export function useAttach(code: string, unit: string) {
  return useReportingMutation((files: File[]) => {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return api(`${submissionPath(code, unit)}/attachments`, ok, { method: 'POST', form });
  });
}
