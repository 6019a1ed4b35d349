import { useQuery } from '@tanstack/react-query';
import { accountabilityReport } from '../../../shared/contracts/accountability.ts';
import { dossierIngestResult, dossierReportResponse, procedureImportResult, unknownProcedureList } from '../../../shared/contracts/dossiers.ts';
import { procedureTimesResponse } from '../../../shared/contracts/procedure-times.ts';
import { serviceIndexCountsImportResult, serviceIndexRanking, serviceIndexResult, serviceIndexTrend } from '../../../shared/contracts/service-index.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';
import { useUpload } from '../../app/api/use-upload.ts';
import { procedureKeys } from '../procedures/index.ts';


/** Every query of the feature starts with 'dossiers', so one import refreshes them all. */
export const dossierKeys = {
  all: ['dossiers'] as const,
  report: (query: string) => ['dossiers', 'report', query] as const,
  times: (query: string) => ['dossiers', 'times', query] as const,
  officials: (query: string) => ['dossiers', 'officials', query] as const,
  index: (unit: string, period: string) => ['dossiers', 'service-index', unit, period] as const,
  ranking: (unit: string, period: string) => ['dossiers', 'service-index-ranking', unit, period] as const,
  trend: (unit: string, until: string) => ['dossiers', 'service-index-trend', unit, until] as const,
};

const params = (values: Record<string, string>) => new URLSearchParams(values).toString();

/** GET /api/dossiers/report with a query built by reportApiQuery; waits while `query` is null. */
export function useDossierReport(query: string | null) {
  return useQuery({
    queryKey: dossierKeys.report(query ?? ''),
    queryFn: () => api(`/api/dossiers/report?${query ?? ''}`, dossierReportResponse),
    enabled: query !== null,
    placeholderData: (previous) => previous,
  });
}

/** GET /api/dossiers/times (procedure time and cost) with a query built by timesApiQuery; waits while `query` is null. */
export function useProcedureTimes(query: string | null) {
  return useQuery({
    queryKey: dossierKeys.times(query ?? ''),
    queryFn: () => api(`/api/dossiers/times?${query ?? ''}`, procedureTimesResponse),
    enabled: query !== null,
    placeholderData: (previous) => previous,
  });
}

/** The official one-stop report form as a spreadsheet in the reader's language, for the same query: a plain download link. */
export function reportXlsxUrl(query: string, locale: Locale): string {
  return `/api/dossiers/report.xlsx?${query}&locale=${locale}`;
}

/** GET /api/dossiers/officials (the unit's managers only): late dossiers by handling official and procedure. */
export function useHandlingReport(query: string | null) {
  return useQuery({
    queryKey: dossierKeys.officials(query ?? ''),
    queryFn: () => api(`/api/dossiers/officials?${query ?? ''}`, accountabilityReport),
    enabled: query !== null,
    placeholderData: (previous) => previous,
  });
}

export function handlingXlsxUrl(query: string, locale: Locale): string {
  return `/api/dossiers/officials.xlsx?${query}&locale=${locale}`;
}

/** Procedure codes of the unit's dossiers that the catalogue lacks ('?' = no code given), with how many dossiers each. */
export function useUnknownProcedures(unit: string | null) {
  return useQuery({
    queryKey: ['dossiers', 'unknown-procedures', unit ?? ''],
    queryFn: () => api(`/api/dossiers/unknown-procedures?${params({ unit: unit ?? '' })}`, unknownProcedureList).then((r) => r.procedures),
    enabled: unit !== null,
  });
}

export function useServiceIndex(unit: string | null, period: string) {
  return useQuery({
    queryKey: dossierKeys.index(unit ?? '', period),
    queryFn: () => api(`/api/service-index?${params({ unit: unit ?? '', period })}`, serviceIndexResult),
    enabled: unit !== null,
    placeholderData: (previous) => previous,
  });
}

export function useServiceIndexRanking(unit: string | null, period: string) {
  return useQuery({
    queryKey: dossierKeys.ranking(unit ?? '', period),
    queryFn: () => api(`/api/service-index/ranking?${params({ unit: unit ?? '', period })}`, serviceIndexRanking),
    enabled: unit !== null,
  });
}

/** The twelve months up to `until` (YYYY-MM). */
export function useServiceIndexTrend(unit: string | null, until: string) {
  return useQuery({
    queryKey: dossierKeys.trend(unit ?? '', until),
    queryFn: () => api(`/api/service-index/trend?${params({ unit: unit ?? '', until, months: '12' })}`, serviceIndexTrend),
    enabled: unit !== null,
  });
}

/** A CSV or XLSX of dossiers, with upload progress; nothing is written if a row is bad, unless skipInvalid. */
export function useImportDossiers() {
  const upload = useUpload(dossierIngestResult, [dossierKeys.all]);
  return { ...upload, send: (file: File, options: { source: string; skipInvalid: boolean }) => upload.mutate({ file, path: `/api/dossiers/import?${params({ skipInvalid: String(options.skipInvalid), source: options.source || 'default' })}` }) };
}

/** Counts entered per unit and period for the indicators that do not come from dossiers. */
export function useImportIndexCounts() {
  const upload = useUpload(serviceIndexCountsImportResult, [dossierKeys.all]);
  return { ...upload, send: (file: File) => upload.mutate({ file, path: '/api/service-index/counts/import' }) };
}

/** The procedure catalogue (system-wide managers); the plain `name` column is read in `nameLocale`. */
export function useImportProcedures(nameLocale: Locale) {
  const upload = useUpload(procedureImportResult, [dossierKeys.all, procedureKeys.all]);
  return { ...upload, send: (file: File) => upload.mutate({ file, path: `/api/procedures/import?nameLocale=${nameLocale}` }) };
}
