import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError, isApiError } from './api/client.ts';
import { sessionKey } from './api/session.ts';
import { LocaleProvider } from './i18n/LocaleProvider.tsx';
import { theme } from './theme.ts';

function onApiError(error: unknown): void {
  // A session that expired: ask for it again, and the router sends the user to sign in.
  if (isApiError(error, 'unauthenticated')) void queryClient.invalidateQueries({ queryKey: sessionKey });
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // The session query itself answers "signed out" with user: null, never with an error loop.
    onError: (error, query) => {
      if (query.queryKey[0] !== sessionKey[0]) onApiError(error);
    },
  }),
  mutationCache: new MutationCache({ onError: onApiError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not go away by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

export function Providers({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider theme={theme}>
        <LocaleProvider>{children}</LocaleProvider>
      </MantineProvider>
    </QueryClientProvider>
  );
}
