import { useMutation, useQueryClient } from '@tanstack/react-query';
import { unitGroup, unitKind, type UnitGroup, type UnitKind } from '../../../../shared/contracts/units.ts';
import { api } from '../../../app/api/client.ts';
import { groupsKey, kindsKey } from '../api.ts';

const enc = encodeURIComponent;

/** PUT creates or replaces: the unit pages' kind and group names, and the audit log, are stale after it. */
function useCatalogMutation<V>(key: readonly string[], fn: (variables: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: key }), client.invalidateQueries({ queryKey: ['audit'] })]);
    },
  });
}

export function useSaveKind() {
  return useCatalogMutation(kindsKey, ({ code, ...body }: UnitKind) => api(`/api/unit-kinds/${enc(code)}`, unitKind, { method: 'PUT', json: body }));
}

export function useSaveGroup() {
  return useCatalogMutation(groupsKey, ({ code, ...body }: UnitGroup) => api(`/api/unit-groups/${enc(code)}`, unitGroup, { method: 'PUT', json: body }));
}
