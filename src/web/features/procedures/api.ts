import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { procedure } from '../../../shared/contracts/dossiers.ts';
import { api } from '../../app/api/client.ts';

/** The key a change of the catalogue (its import) invalidates. */
export const procedureKeys = { all: ['procedures'] as const };

const procedureList = z.object({ procedures: z.array(procedure) });

/** The procedure catalogue (GET /api/procedures): listed on its page, chosen from in a target's form. */
export function useProcedures() {
  return useQuery({ queryKey: procedureKeys.all, queryFn: () => api('/api/procedures', procedureList).then((r) => r.procedures), staleTime: 5 * 60_000 });
}
