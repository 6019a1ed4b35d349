import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { documentSettingsResponse, type DocumentSettings } from '../../../../shared/contracts/documents.ts';
import { api } from '../../../app/api/client.ts';

const enc = encodeURIComponent;
const key = (code: string) => ['units', 'document-settings', code] as const;

export function useDocumentSettings(code: string) {
  return useQuery({ queryKey: key(code), queryFn: () => api(`/api/units/${enc(code)}/document-settings`, documentSettingsResponse) });
}

export function useSaveDocumentSettings(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: DocumentSettings) => api(`/api/units/${enc(code)}/document-settings`, documentSettingsResponse, { method: 'PUT', json: settings }),
    onSuccess: async (saved) => {
      client.setQueryData(key(code), saved);
      await client.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
