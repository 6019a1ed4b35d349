import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../shared/contracts/common.ts';
import { targetsStatusResponse, targetView, type SaveTargetRequest } from '../../../shared/contracts/targets.ts';
import type { Locale } from '../../../shared/locales.ts';
import { api } from '../../app/api/client.ts';

/** Every query of the feature starts with 'targets', so a change refreshes them all (the unit page's, the times page's lines). */
const targetKeys = { all: ['targets'] as const };

const statusQuery = (unit: string, asOf: string) => `unit=${encodeURIComponent(unit)}&asOf=${asOf}`;

/** The status of the targets of a unit and its subtree as of a day (GET /api/targets/status). */
export function useTargetsStatus(unit: string, asOf: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: [...targetKeys.all, 'status', unit, asOf],
    queryFn: () => api(`/api/targets/status?${statusQuery(unit, asOf)}`, targetsStatusResponse),
    retry: false,
  });
}

/** The same status as an Excel report in the reader's language: a plain download link. */
export function targetsXlsxUrl(unit: string, asOf: string, locale: Locale): string {
  return `/api/targets/status.xlsx?${statusQuery(unit, asOf)}&locale=${locale}`;
}

function useTargetsMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: targetKeys.all }) });
}

/** Sets a new target (POST) or replaces one (PUT /api/targets/{id}): the secretariat's. */
export function useSaveTarget(id: number | null) {
  return useTargetsMutation((body: SaveTargetRequest) =>
    id === null ? api('/api/targets', targetView, { method: 'POST', json: body }) : api(`/api/targets/${id}`, targetView, { method: 'PUT', json: body }),
  );
}

export function useDeleteTarget(id: number) {
  return useTargetsMutation(() => api(`/api/targets/${id}`, okSchema, { method: 'DELETE' }));
}
