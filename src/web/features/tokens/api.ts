import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { okSchema } from '../../../shared/contracts/common.ts';
import { createdToken, tokenList, type CreateTokenRequest } from '../../../shared/contracts/tokens.ts';
import { api } from '../../app/api/client.ts';

const tokensKey = ['tokens'] as const;

export function useTokens(enabled = true) {
  return useQuery({ queryKey: tokensKey, queryFn: () => api('/api/tokens', tokenList).then((r) => r.tokens), enabled });
}

export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateTokenRequest) => api('/api/tokens', createdToken, { method: 'POST', json: request }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/api/tokens/${id}`, okSchema, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: tokensKey }),
  });
}
