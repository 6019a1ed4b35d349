import { useQuery } from '@tanstack/react-query';
import { targetsStatusResponse } from '../../../shared/contracts/targets.ts';
import { api } from '../../app/api/client.ts';

/** The status of the targets of a unit and its subtree as of a day (GET /api/targets/status). */
export function useTargetsStatus(unit: string, asOf: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['targets', 'status', unit, asOf],
    queryFn: () => api(`/api/targets/status?unit=${encodeURIComponent(unit)}&asOf=${asOf}`, targetsStatusResponse),
    retry: false,
  });
}
