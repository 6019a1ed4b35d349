import type { z } from 'zod';
import { ApiError, checked, csrfHeader, errorOf, refreshCsrfToken } from './client.ts';

/**
 * Where an upload stands: the bytes sent so far (`total` null when the browser cannot tell),
 * then — once the last byte is sent — the server reading and applying the file.
 */
export type UploadState = { phase: 'uploading'; loaded: number; total: number | null } | { phase: 'processing' };

/** Thrown when the user cancels an upload. */
export class UploadCancelled extends Error {
  constructor() {
    super('upload cancelled');
    this.name = 'UploadCancelled';
  }
}

/** The percentage of bytes sent, whole, 0–100; null when the size is unknown. */
export function uploadPercent(state: UploadState): number | null {
  if (state.phase === 'processing') return 100;
  if (state.total === null || state.total <= 0) return null;
  return Math.min(100, Math.floor((state.loaded * 100) / state.total));
}

function sendOnce(path: string, form: FormData, onState: (state: UploadState) => void, signal?: AbortSignal): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => onState({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.upload.onload = () => onState({ phase: 'processing' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiError(0, 'network'));
    xhr.onabort = () => reject(new UploadCancelled());
    if (signal) {
      if (signal.aborted) return reject(new UploadCancelled());
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}

/**
 * POSTs a multipart form with XMLHttpRequest, because fetch cannot report upload progress:
 * a file of dossiers may be hundreds of megabytes. Errors, CSRF renewal and the contract
 * check work as in `api`.
 */
export async function uploadWithProgress<S extends z.ZodType>(path: string, schema: S, form: FormData, onState: (state: UploadState) => void, signal?: AbortSignal): Promise<z.infer<S>> {
  let answer = await sendOnce(path, form, onState, signal);
  if (answer.status >= 200 && answer.status < 300) return checked(path, schema, answer.body);
  let error = errorOf(answer.status, answer.body);
  if (error.code === 'csrf_failed') {
    await refreshCsrfToken();
    answer = await sendOnce(path, form, onState, signal);
    if (answer.status >= 200 && answer.status < 300) return checked(path, schema, answer.body);
    error = errorOf(answer.status, answer.body);
  }
  throw error;
}
