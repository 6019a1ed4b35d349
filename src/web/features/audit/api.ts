import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { auditPage, auditVerifyResult } from '../../../shared/contracts/audit.ts';
import { api } from '../../app/api/client.ts';

const PAGE_SIZE = 50;

/** Newest first; "load more" asks for the entries before the oldest one shown. */
export function useAuditLog(entity: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['audit', 'log', entity],
    enabled,
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (pageParam !== null) params.set('before', String(pageParam));
      if (entity) params.set('entity', entity);
      return api(`/api/audit?${params.toString()}`, auditPage);
    },
    getNextPageParam: (last) => last.nextBefore,
  });
}

/** Re-computes the hash chain on the server; a mutation because each press is a fresh check. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api('/api/audit/verify', auditVerifyResult) });
}
