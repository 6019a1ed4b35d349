import type { Answers } from '../../shared/contracts/questionnaires.ts';

/**
 * What the public form keeps on the device so nothing typed is lost: the draft of each link
 * (answers as they are typed) and the outbox of submissions not yet acknowledged by the
 * server. A submission enters the outbox before it is sent and leaves it only on an answer,
 * so a dropped connection or a closed tab loses nothing; its client key makes a resend safe.
 */
export interface Draft {
  clientKey: string;
  answers: Answers;
  token?: string;
}
export interface Queued {
  link: string;
  clientKey: string;
  answers: Answers;
  token?: string;
  queuedAt: string;
}

const DRAFT = (link: string) => `parmon.survey.draft.${link}`;
const OUTBOX = 'parmon.survey.outbox';

function read<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}
function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the form still works, it just cannot keep a copy.
  }
}

/** 22 URL-safe characters from 16 random bytes: the server's clientKey pattern. */
export function newClientKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export const loadDraft = (link: string): Draft | undefined => read<Draft>(DRAFT(link));
export const saveDraft = (link: string, draft: Draft | undefined): void => write(DRAFT(link), draft);

export const outbox = (): Queued[] => read<Queued[]>(OUTBOX) ?? [];
export function enqueue(item: Queued): void {
  write(OUTBOX, [...outbox().filter((q) => q.clientKey !== item.clientKey), item]);
}
export function dequeue(clientKey: string): void {
  const rest = outbox().filter((q) => q.clientKey !== clientKey);
  write(OUTBOX, rest.length ? rest : undefined);
}

/** The form as last loaded, so a page reopened without a connection still shows it. */
const FORM = (link: string) => `parmon.survey.form.${link}`;
export const cachedForm = <T>(link: string): T | undefined => read<T>(FORM(link));
export const cacheForm = (link: string, form: unknown): void => write(FORM(link), form);
