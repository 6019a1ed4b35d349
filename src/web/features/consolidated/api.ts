import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { consolidatedNarrative, consolidatedReport, differencesResponse, issuedListResponse, type ConsolidatedNarrative } from '../../../shared/contracts/consolidated.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';

/** What a report is of, as the page's URL holds it. */
export interface ReportChoice {
  unit: string;
  period: string;
  round: string;
}

export const consolidatedKeys = {
  all: ['consolidated'] as const,
  report: (c: ReportChoice) => ['consolidated', 'report', c.unit, c.period, c.round] as const,
  issuedList: ['consolidated', 'issued'] as const,
  issued: (id: number) => ['consolidated', 'issued', id] as const,
  differences: (id: number) => ['consolidated', 'differences', id] as const,
};

const queryOf = (c: ReportChoice) => new URLSearchParams({ unit: c.unit, period: c.period, ...(c.round ? { round: c.round } : {}) }).toString();

/** The report computed now; waits while no unit or period is chosen. */
export function useConsolidated(choice: ReportChoice | null) {
  return useQuery({
    queryKey: choice ? consolidatedKeys.report(choice) : consolidatedKeys.all,
    queryFn: () => api(`/api/consolidated?${queryOf(choice!)}`, consolidatedReport),
    enabled: choice !== null,
    placeholderData: (previous) => previous,
  });
}

export function useIssuedList() {
  return useQuery({ queryKey: consolidatedKeys.issuedList, queryFn: () => api('/api/consolidated/issued', issuedListResponse) });
}

export function useIssued(id: number | null) {
  return useQuery({ queryKey: consolidatedKeys.issued(id ?? 0), queryFn: () => api(`/api/consolidated/issued/${id}`, consolidatedReport), enabled: id !== null });
}

export function useDifferences(id: number | null) {
  return useQuery({ queryKey: consolidatedKeys.differences(id ?? 0), queryFn: () => api(`/api/consolidated/issued/${id}/differences`, differencesResponse), enabled: id !== null });
}

export function useSaveNarrative(choice: ReportChoice) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (narrative: ConsolidatedNarrative) => api('/api/consolidated/narrative', consolidatedNarrative, { method: 'PUT', json: { unit: choice.unit, period: choice.period, ...(choice.round ? { round: choice.round } : {}), narrative } }),
    onSuccess: () => client.invalidateQueries({ queryKey: consolidatedKeys.report(choice) }),
  });
}

export function useIssue(choice: ReportChoice) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { number: string; date: string; narrative: ConsolidatedNarrative }) =>
      api('/api/consolidated/issued', consolidatedReport, { method: 'POST', json: { unit: choice.unit, period: choice.period, ...(choice.round ? { round: choice.round } : {}), ...input } }),
    onSuccess: () => client.invalidateQueries({ queryKey: consolidatedKeys.all }),
  });
}

/** The Word report or its Excel annex: plain download links. */
export function exportUrl(source: { choice: ReportChoice } | { id: number }, format: 'docx' | 'xlsx', locale: Locale): string {
  return 'id' in source ? `/api/consolidated/issued/${source.id}/export?format=${format}&locale=${locale}` : `/api/consolidated/export?${queryOf(source.choice)}&format=${format}&locale=${locale}`;
}
