import { useMutation, useQueryClient } from '@tanstack/react-query';
import { me, type Me, type Preferences } from '../../../shared/contracts/auth.ts';
import { api } from './client.ts';
import { sessionKey, updateMe } from './session.ts';

/**
 * PATCH /api/me/preferences. The change shows at once (optimistic) and is rolled back if
 * the server refuses it.
 */
export function useSavePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<Preferences>) => api('/api/me/preferences', me, { method: 'PATCH', json: patch }),
    onMutate: async (patch) => {
      await client.cancelQueries({ queryKey: sessionKey });
      let previous: Preferences | undefined;
      updateMe(client, (user) => {
        previous = user.preferences;
        return { ...user, preferences: { ...user.preferences, ...patch } };
      });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      const previous = context?.previous;
      if (previous) updateMe(client, (user) => ({ ...user, preferences: previous }));
    },
    onSuccess: (user: Me) => updateMe(client, () => user),
  });
}
