import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { questionnaireImportResult } from '../../../shared/contracts/questionnaire-files.ts';
import { questionnaireList, questionnaireVersion, surveyResults } from '../../../shared/contracts/questionnaires.ts';
import { surveyTrend, surveyUnitComparison, surveyWaveComparison, type SURVEY_EXPORT_FORMATS } from '../../../shared/contracts/survey-analysis.ts';
import { issuedTokens, type IssueTokensRequest } from '../../../shared/contracts/survey-extras.ts';
import { submissionReceipt, waveList, waveView, type CreateWaveRequest, type PaperEntry } from '../../../shared/contracts/surveys.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';

const enc = encodeURIComponent;

/** Every query of the feature starts with 'surveys', so one change (a wave, a paper form) refreshes them all. */
export const surveyKeys = {
  all: ['surveys'] as const,
  waves: ['surveys', 'waves'] as const,
  wave: (code: string) => ['surveys', 'wave', code] as const,
  questionnaires: ['surveys', 'questionnaires'] as const,
  questionnaire: (code: string, version: number) => ['surveys', 'questionnaire', code, version] as const,
};

/** Which part of a wave a view counts: a unit (the wave's own by default), with or without the units under it, and a period of whole months. */
export interface ResultsScope {
  unit: string | null;
  descendants: boolean;
  /** '2026-09', '2026-Q3', '2026' …; null: the whole wave */
  period: string | null;
}

function query(params: Record<string, string | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined) q.set(k, String(v));
  const text = q.toString();
  return text ? `?${text}` : '';
}

export const useWaves = () => useQuery({ queryKey: surveyKeys.waves, queryFn: () => api('/api/survey-waves', waveList).then((r) => r.waves) });
export const useWave = (code: string) => useQuery({ queryKey: surveyKeys.wave(code), queryFn: () => api(`/api/survey-waves/${enc(code)}`, waveView), retry: false });
export const useQuestionnaires = () => useQuery({ queryKey: surveyKeys.questionnaires, queryFn: () => api('/api/questionnaires', questionnaireList).then((r) => r.questionnaires) });
/** A questionnaire version with its whole file (questions and elements' names, the overall rule): frozen once a wave uses it, so kept long. */
export const useQuestionnaire = (code: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: surveyKeys.questionnaire(code ?? '', version ?? 0),
    queryFn: () => api(`/api/questionnaires/${enc(code!)}${query({ version: version === undefined ? null : String(version) })}`, questionnaireVersion),
    enabled: code !== undefined && version !== undefined,
    staleTime: 10 * 60_000,
  });

/** The questionnaire version as the JSON export file, fetched when asked for. */
export const fetchQuestionnaire = (code: string, version: number) => api(`/api/questionnaires/${enc(code)}?version=${version}`, questionnaireVersion);

const scopeParams = (s: ResultsScope) => ({ unit: s.unit, descendants: s.descendants, period: s.period });

export const useResults = (code: string, scope: ResultsScope) =>
  useQuery({ queryKey: ['surveys', 'results', code, scope], queryFn: () => api(`/api/survey-waves/${enc(code)}/results${query(scopeParams(scope))}`, surveyResults), retry: false });
export const useTrend = (code: string, scope: ResultsScope) =>
  useQuery({ queryKey: ['surveys', 'trend', code, scope.unit, scope.descendants], queryFn: () => api(`/api/survey-waves/${enc(code)}/trend${query({ unit: scope.unit, descendants: scope.descendants })}`, surveyTrend), retry: false });
export const useUnitComparison = (code: string, unit: string | null) =>
  useQuery({ queryKey: ['surveys', 'comparison', code, unit], queryFn: () => api(`/api/survey-waves/${enc(code)}/comparison${query({ unit })}`, surveyUnitComparison), retry: false });
export const useWaveComparison = (code: string, unit: string | null) =>
  useQuery({ queryKey: ['surveys', 'waves-comparison', code, unit], queryFn: () => api(`/api/survey-waves/${enc(code)}/waves-comparison${query({ unit })}`, surveyWaveComparison), retry: false });

/** The results as a file (XLSX or a DOCX summary) in the reader's language: a plain link, so the browser downloads it. */
export function resultsExportUrl(code: string, format: (typeof SURVEY_EXPORT_FORMATS)[number], scope: ResultsScope, locale: Locale): string {
  return `/api/survey-waves/${enc(code)}/results/export${query({ format, ...scopeParams(scope), locale })}`;
}

function useSurveyMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: surveyKeys.all }) });
}

export const useCreateWave = () => useSurveyMutation((req: CreateWaveRequest) => api('/api/survey-waves', waveView, { method: 'POST', json: req }));
export const useEnterPaper = (code: string) => useSurveyMutation((entry: PaperEntry) => api(`/api/survey-waves/${enc(code)}/responses`, submissionReceipt, { method: 'POST', json: entry }));
/** One-time invitation codes for a unit's link: the answer is the only time they are seen (the server keeps hashes). */
export const useIssueTokens = (code: string) => useSurveyMutation((req: IssueTokensRequest) => api(`/api/survey-waves/${enc(code)}/tokens`, issuedTokens, { method: 'POST', json: req }));

/** A unit's drawn dossiers as CSV (its officers only): a plain link, so the browser downloads it. */
export const sampleCsvUrl = (code: string, unit: string) => `/api/survey-waves/${enc(code)}/sample.csv${query({ unit })}`;

/**
 * Imports a questionnaire file (.json as exported, or an XLSForm .xlsx); `owner` counts only for a
 * new code (null: shared); `language` is that of an XLSForm's columns that name none.
 */
export const useImportQuestionnaire = () =>
  useSurveyMutation(({ file, owner, language }: { file: File; owner: string | null; language: Locale }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api(`/api/questionnaires/import${query({ owner, language })}`, questionnaireImportResult, { method: 'POST', form });
  });

/** A questionnaire version as an XLSForm workbook (KoboToolbox, ODK): a plain link, so the browser downloads it. */
export const xlsformUrl = (code: string, version: number) => `/api/questionnaires/${enc(code)}/export.xlsx?version=${version}`;
