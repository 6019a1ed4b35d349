import { z } from 'zod';
import type { CreateRoundRequest } from '../../../../shared/contracts/frameworks.ts';
import { api } from '../../../app/api/client.ts';
import { useAssessmentMutation } from '../api.ts';

const enc = encodeURIComponent;
const created = z.object({ code: z.string() });
const surveySaved = z.object({ saved: z.number().int() });
const computed = z.object({ computed: z.number().int() });

/** POST /api/rounds: the secretariat opens a round (it freezes the framework version it uses). */
export function useCreateRound() {
  return useAssessmentMutation((request: CreateRoundRequest) => api('/api/rounds', created, { method: 'POST', json: request }));
}

/** Survey points (unit_code,node_key,points): all rows or none; `saved` once done. */
export function useImportSurvey(round: string) {
  const mutation = useAssessmentMutation((file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api(`/api/rounds/${enc(round)}/survey`, surveySaved, { method: 'POST', form });
  });
  return { mutation, saved: surveySaved.safeParse(mutation.data).data?.saved };
}

/** The computed criteria from live data as of the cut-off; `computed` (unit × criterion scores written) once done. */
export function useComputeRound(round: string) {
  const mutation = useAssessmentMutation(() => api(`/api/rounds/${enc(round)}/compute`, computed, { method: 'POST' }));
  return { mutation, computed: computed.safeParse(mutation.data).data?.computed };
}
