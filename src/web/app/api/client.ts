import type { z } from 'zod';
import { problemSchema, type Problem } from '../../../shared/contracts/common.ts';
import { sessionResponse } from '../../../shared/contracts/auth.ts';

/** An error answered by the server (problem+json), or `network` when it could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly details: Problem['details'] = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

// The token of the latest SessionResponse; every mutating request echoes it (double submit).
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  json?: unknown;
  form?: FormData;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const body = options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  try {
    return await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network');
  }
}

/** The CSRF header a mutating request sends (for requests made without `api`, e.g. uploads with progress). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** The error an answer that is not 2xx stands for: its problem+json code, or a generic one. */
export function errorOf(status: number, body: unknown): ApiError {
  const problem = problemSchema.safeParse(body);
  if (problem.success) return new ApiError(status, problem.data.code, problem.data.details ?? {});
  return new ApiError(status, status >= 500 ? 'internal' : 'validation_failed');
}

async function toError(response: Response): Promise<ApiError> {
  return errorOf(response.status, await response.json().catch(() => null));
}

/** Asks the server for the session's current CSRF token (after a `csrf_failed`). */
export async function refreshCsrfToken(): Promise<void> {
  const response = await send('/api/session', {});
  if (!response.ok) return;
  const parsed = sessionResponse.safeParse(await response.json());
  if (parsed.success) setCsrfToken(parsed.data.csrfToken);
}

/**
 * Calls the API and checks the answer against the shared zod contract. A response that does
 * not match is logged and passed on as is: a newer server must not blank the page.
 */
export async function api<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.infer<S>> {
  let response = await send(path, options);
  if (!response.ok) {
    let error = await toError(response);
    // The session may have been renewed in another tab: fetch a fresh token and retry once.
    if (error.code === 'csrf_failed') {
      await refreshCsrfToken();
      response = await send(path, options);
      if (!response.ok) error = await toError(response);
    }
    if (!response.ok) throw error;
  }
  const body: unknown = response.status === 204 ? {} : await response.json();
  return checked(path, schema, body);
}

/** The body checked against its contract; a mismatch is logged and passed on as is. */
export function checked<S extends z.ZodType>(path: string, schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  console.warn(`Response of ${path} does not match its contract`, parsed.error.issues);
  return body as z.infer<S>;
}

export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}
