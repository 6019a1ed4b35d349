import { useQuery, type QueryClient } from '@tanstack/react-query';
import { sessionResponse, type Me, type Permission, type SessionResponse } from '../../../shared/contracts/auth.ts';
import { api, setCsrfToken } from './client.ts';

export const sessionKey = ['session'] as const;

async function fetchSession(): Promise<SessionResponse> {
  const session = await api('/api/session', sessionResponse);
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSession() {
  return useQuery({ queryKey: sessionKey, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

/** The signed-in user; only call below the sign-in guard. */
export function useMe(): Me {
  const { data } = useSession();
  if (!data?.user) throw new Error('useMe() used outside a signed-in page');
  return data.user;
}

export function useCan(permission: Permission): boolean {
  const { data } = useSession();
  return data?.user?.permissions.includes(permission) ?? false;
}

export function storeSession(client: QueryClient, session: SessionResponse): void {
  setCsrfToken(session.csrfToken);
  client.setQueryData(sessionKey, session);
}

export function updateMe(client: QueryClient, update: (me: Me) => Me): void {
  client.setQueryData<SessionResponse>(sessionKey, (session) =>
    session?.user ? { ...session, user: update(session.user) } : session,
  );
}
