import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { frameworkSummary, frameworkVersion, roundResultsResponse, roundSummary, unitScoresResponse } from '../../../shared/contracts/frameworks.ts';
import { mayReadRoundResults } from '../../../shared/domain/assessment-results.ts';
import { api, ApiError } from '../../app/api/client.ts';
import { useSession } from '../../app/api/session.ts';

const enc = encodeURIComponent;
const frameworkList = z.object({ frameworks: z.array(frameworkSummary) });
const ok = z.object({ ok: z.literal(true) });

/** Every query of the feature starts with 'assessments', so one change refreshes them all. */
export const assessmentKeys = {
  all: ['assessments'] as const,
  rounds: ['assessments', 'rounds'] as const,
  frameworks: ['assessments', 'frameworks'] as const,
  framework: (code: string, version: number | null) => ['assessments', 'framework', code, version ?? 'latest'] as const,
  results: (round: string) => ['assessments', 'results', round] as const,
  scores: (round: string, unit: string) => ['assessments', 'scores', round, unit] as const,
};

const roundList = z.object({ rounds: z.array(roundSummary) });

/** The rounds, oldest first (GET /api/rounds: metadata only). */
export function useRounds() {
  return useQuery({ queryKey: assessmentKeys.rounds, queryFn: () => api('/api/rounds', roundList).then((r) => r.rounds), staleTime: 60_000 });
}

export function useFrameworks() {
  return useQuery({ queryKey: assessmentKeys.frameworks, queryFn: () => api('/api/frameworks', frameworkList).then((r) => r.frameworks), staleTime: 10 * 60_000 });
}

/** A framework version as a file (the JSON export); the latest unless `version`. */
export function frameworkQuery(code: string, version: number | null) {
  return {
    queryKey: assessmentKeys.framework(code, version),
    queryFn: () => api(`/api/frameworks/${enc(code)}${version ? `?version=${version}` : ''}`, frameworkVersion),
    staleTime: 10 * 60_000,
  };
}

export function useFramework(code: string, version: number | null) {
  return useQuery(frameworkQuery(code, version));
}

/**
 * Whether the reader may read each round's results (shared/domain's rule, on the rounds list):
 * undefined while the list loads; true for a code not in it (the server answers not found).
 */
export function useResultsVisibility(): (round: string) => boolean | undefined {
  const rounds = useRounds();
  const permissions = useSession().data?.user?.permissions ?? [];
  return (round) => {
    if (!rounds.data) return undefined;
    const summary = rounds.data.find((r) => r.code === round);
    return !summary || mayReadRoundResults(summary.finalized, (p) => permissions.includes(p));
  };
}

/**
 * A round's results: what the server answers, or — when the reader may not see them yet — the
 * refusal the server would give (forbidden), without asking it: a page asks only for what its
 * reader may see, so the browser logs no refused request.
 */
export function roundResultsQuery(round: string, visible: boolean | undefined) {
  return {
    queryKey: assessmentKeys.results(round),
    queryFn: () => (visible === false ? Promise.reject(new ApiError(403, 'forbidden')) : api(`/api/rounds/${enc(round)}/results`, roundResultsResponse)),
    enabled: visible !== undefined,
    retry: false,
  };
}

/** Ranks, changes and bands; refused (forbidden) before finalisation except to managers and appraisers. */
export function useRoundResults(round: string | null) {
  const visible = useResultsVisibility();
  return useQuery({ ...roundResultsQuery(round ?? '', round === null ? undefined : visible(round)) });
}

export function useUnitScores(round: string, unit: string | null) {
  return useQuery({
    queryKey: assessmentKeys.scores(round, unit ?? ''),
    queryFn: () => api(`/api/rounds/${enc(round)}/units/${enc(unit ?? '')}/scores`, unitScoresResponse),
    enabled: unit !== null,
    retry: false,
  });
}

/** A change to a round: its results, every unit's scores and the audit log may be stale. */
export function useAssessmentMutation<V, R = unknown>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: assessmentKeys.all }), client.invalidateQueries({ queryKey: ['audit'] })]);
    },
  });
}

export interface SelfScore {
  key: string;
  points: number;
  explanation: string;
  /** added to the files already attached */
  files: File[];
}

/** A self-score as multipart: points, explanation, then each file in `evidence`. */
export function useSelfScore(round: string, unit: string) {
  return useAssessmentMutation(({ key, points, explanation, files }: SelfScore) => {
    const form = new FormData();
    form.append('points', String(points));
    form.append('explanation', explanation);
    for (const file of files) form.append('evidence', file, file.name);
    return api(`/api/rounds/${enc(round)}/units/${enc(unit)}/scores/${enc(key)}`, ok, { method: 'POST', form });
  });
}

export function useSubmitSelfAssessment(round: string, unit: string) {
  return useAssessmentMutation(() => api(`/api/rounds/${enc(round)}/units/${enc(unit)}/submit`, ok, { method: 'POST' }));
}

export function useAppraise(round: string, unit: string) {
  return useAssessmentMutation(({ key, points, reason }: { key: string; points: number; reason: string }) =>
    api(`/api/rounds/${enc(round)}/units/${enc(unit)}/appraisals/${enc(key)}`, ok, { method: 'PUT', json: { points, reason } }),
  );
}

export function useFinalizeRound(round: string) {
  return useAssessmentMutation(() => api(`/api/rounds/${enc(round)}/finalize`, ok, { method: 'POST' }));
}

export function useReopenRound(round: string) {
  return useAssessmentMutation((reason: string) => api(`/api/rounds/${enc(round)}/reopen`, ok, { method: 'POST', json: { reason } }));
}
