import type { PublicForm } from '../../shared/contracts/surveys.ts';
import type { Queued } from './storage.ts';

/**
 * The two public routes, with outcomes the form acts on: `retry` (no connection, the server
 * failing or throttling — the submission stays queued) apart from `refused` (the server
 * judged it: it will not change by sending again).
 */
export interface Refusal {
  code: string;
  details?: { problems?: { key: string; problem: string }[]; from?: string; to?: string; retryAfterSeconds?: number };
}
export type Loaded = { ok: true; form: PublicForm } | { ok: false; offline: true } | { ok: false; offline: false; refusal: Refusal };
export type Sent = { outcome: 'stored' } | { outcome: 'retry'; refusal?: Refusal } | { outcome: 'refused'; refusal: Refusal };

const url = (link: string) => `/api/public/surveys/${encodeURIComponent(link)}`;

async function refusalOf(response: Response): Promise<Refusal> {
  try {
    const body = (await response.json()) as Refusal;
    return { code: String(body.code ?? 'internal'), details: body.details };
  } catch {
    return { code: 'internal' };
  }
}

export async function loadForm(link: string): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url(link), { headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, offline: true };
  }
  if (response.ok) return { ok: true, form: (await response.json()) as PublicForm };
  return { ok: false, offline: false, refusal: await refusalOf(response) };
}

export async function send(item: Queued): Promise<Sent> {
  let response: Response;
  try {
    response = await fetch(url(item.link), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ clientKey: item.clientKey, answers: item.answers, ...(item.token ? { token: item.token } : {}) }),
    });
  } catch {
    return { outcome: 'retry' };
  }
  if (response.ok) {
    // The receipt read to its end: leaving the page the moment the status came would cancel it.
    await response.json().catch(() => undefined);
    return { outcome: 'stored' };
  }
  const refusal = await refusalOf(response);
  return response.status >= 500 || response.status === 429 ? { outcome: 'retry', refusal } : { outcome: 'refused', refusal };
}
