import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  unitDetail,
  unitGroup,
  unitHistory,
  unitImportResult,
  unitKind,
  unitListResponse,
  unitSummary,
  type CreateUnitRequest,
  type MergeRequest,
  type SplitRequest,
  type UnitChangeRequest,
} from '../../../shared/contracts/units.ts';
import { apparatusReport } from '../../../shared/contracts/apparatus.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';
import { todayLocal } from './dates.ts';

const kindList = z.object({ kinds: z.array(unitKind) });
const groupList = z.object({ groups: z.array(unitGroup) });
const splitResult = z.object({ units: z.array(unitSummary) });

const enc = encodeURIComponent;

export const unitKeys = {
  all: ['units'] as const,
  list: (asOf: string) => ['units', 'list', asOf] as const,
  detail: (code: string, asOf: string) => ['units', 'detail', code, asOf] as const,
  history: (code: string) => ['units', 'history', code] as const,
};

/** Kinds and groups are read by every unit page and edited on /admin/kinds. */
export const kindsKey = ['unit-kinds'] as const;
export const groupsKey = ['unit-groups'] as const;

export function useUnitKinds() {
  return useQuery({
    queryKey: kindsKey,
    queryFn: () => api('/api/unit-kinds', kindList).then((r) => r.kinds),
    staleTime: 10 * 60_000,
  });
}

export function useUnitGroups() {
  return useQuery({
    queryKey: groupsKey,
    queryFn: () => api('/api/unit-groups', groupList).then((r) => r.groups),
    staleTime: 10 * 60_000,
  });
}

/** The apparatus over time (`unit`, `from`, `to` in the query string). */
export function useApparatus(query: string, enabled: boolean) {
  return useQuery({ queryKey: ['units', 'apparatus', query] as const, queryFn: () => api(`/api/units/apparatus?${query}`, apparatusReport), enabled, retry: false });
}

export function useUnitList(asOf: string) {
  return useQuery({
    queryKey: unitKeys.list(asOf),
    queryFn: () => api(`/api/units?asOf=${enc(asOf)}`, unitListResponse),
  });
}

/**
 * Whether the reader may read a unit, known without asking about it: it is among the units
 * they see today, or they see a whole tree (a root), closed units included. Undefined while
 * the list loads. Pages ask for a unit's details, history or standings only when it is true.
 */
export function useMayReadUnit(code: string | undefined): boolean | undefined {
  const list = useUnitList(todayLocal());
  if (!list.data || code === undefined) return undefined;
  return list.data.units.some((u) => u.parentCode === null || u.code === code);
}

export function useUnitDetail(code: string, asOf: string) {
  return useQuery({
    queryKey: unitKeys.detail(code, asOf),
    queryFn: () => api(`/api/units/${enc(code)}?asOf=${enc(asOf)}`, unitDetail),
  });
}

export function useUnitHistory(code: string) {
  return useQuery({
    queryKey: unitKeys.history(code),
    queryFn: () => api(`/api/units/${enc(code)}/history`, unitHistory),
  });
}

/** A change to the tree: afterwards every unit view (lists, details, histories) and the audit log are stale. */
function useTreeMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: unitKeys.all }),
        client.invalidateQueries({ queryKey: ['audit'] }),
      ]);
    },
  });
}

export function useCreateUnit() {
  return useTreeMutation((request: CreateUnitRequest) => api('/api/units', unitSummary, { method: 'POST', json: request }));
}

export function useChangeUnit(code: string) {
  return useTreeMutation((request: UnitChangeRequest) =>
    api(`/api/units/${enc(code)}/changes`, unitSummary, { method: 'POST', json: request }),
  );
}

export function useMergeUnits() {
  return useTreeMutation((request: MergeRequest) => api('/api/units/merge', unitSummary, { method: 'POST', json: request }));
}

export function useSplitUnit() {
  return useTreeMutation((request: SplitRequest) =>
    api('/api/units/split', splitResult, { method: 'POST', json: request }).then((r) => r.units),
  );
}

/** The file's plain `name` column is read as a name in `nameLocale` (the reader's language). */
export function useImportUnits(nameLocale: Locale) {
  return useTreeMutation((file: File) => {
    const form = new FormData();
    form.append('file', file);
    return api(`/api/units/import?nameLocale=${nameLocale}`, unitImportResult, { method: 'POST', form });
  });
}

export function exportUrl(asOf: string, format: 'csv' | 'xlsx', nameLocale: Locale): string {
  return `/api/units/export?asOf=${enc(asOf)}&format=${format}&nameLocale=${nameLocale}`;
}
