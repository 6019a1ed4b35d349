import { useCallback, useRef, useState } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import { uploadWithProgress, type UploadState } from './upload.ts';

export interface UploadRequest {
  /** the API path with its query */
  path: string;
  file: File;
}

/**
 * An upload as a mutation, with its progress (`state`, null when none is running) and a way
 * to cancel it. On success the queries under `invalidates` (and the audit log) are refetched.
 */
export function useUpload<S extends z.ZodType>(schema: S, invalidates: readonly QueryKey[]) {
  const client = useQueryClient();
  const [state, setState] = useState<UploadState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation({
    mutationFn: ({ path, file }: UploadRequest): Promise<z.infer<S>> => {
      const form = new FormData();
      form.append('file', file, file.name);
      controller.current = new AbortController();
      // Until the browser's first progress event: nothing sent yet, of about the file's size.
      setState({ phase: 'uploading', loaded: 0, total: file.size });
      return uploadWithProgress(path, schema, form, setState, controller.current.signal);
    },
    onSettled: () => {
      controller.current = null;
      setState(null);
    },
    onSuccess: async () => {
      await Promise.all([...invalidates, ['audit']].map((queryKey) => client.invalidateQueries({ queryKey })));
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, state, cancel };
}
