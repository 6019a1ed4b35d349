import { useMutation, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../shared/contracts/common.ts';
import { sessionResponse, type SignInRequest } from '../../../shared/contracts/auth.ts';
import { api } from '../../app/api/client.ts';
import { sessionKey, storeSession } from '../../app/api/session.ts';
import { navigate } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (credentials: SignInRequest) =>
      api('/api/session', sessionResponse, { method: 'POST', json: credentials }),
    // The router sees the user and moves on to ?next= or the landing page (dashboard or /units).
    onSuccess: (session) => storeSession(client, session),
  });
}

/** Signs out, forgets every cached answer (they belonged to that user), and shows sign-in. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api('/api/session', okSchema, { method: 'DELETE' }),
    onSettled: async () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
      await client.invalidateQueries({ queryKey: sessionKey });
      navigate(paths.signIn(), { replace: true });
    },
  });
}
