import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSender } from './sender.ts';
import { enqueue, outbox, type Queued } from './storage.ts';

/** The outbox's promise: an item leaves it only on the server's answer; no connection or a failing server keeps it for later. */
describe('the public form outbox', () => {
  const answers = (status: number, body: unknown = {}) => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  const item = (clientKey: string): Queued => ({ link: 'abcdefgh12', clientKey, answers: { q: 5 }, queuedAt: '2026-12-07T00:00:00Z' });
  let listeners: Record<string, () => void>;

  beforeEach(() => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) });
    listeners = {};
    vi.stubGlobal('window', { addEventListener: (name: string, f: () => void) => (listeners[name] = f) });
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function sender() {
    const seen = { stored: [] as string[], refused: [] as string[], waiting: [] as number[] };
    const s = startSender({ stored: (i) => seen.stored.push(i.clientKey), refused: (i, r) => seen.refused.push(`${i.clientKey} ${r.code}`), waiting: (n) => seen.waiting.push(n) });
    return { ...s, seen };
  }

  it('keeps a submission through a dropped connection and sends it, once, when the browser is back online', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockImplementation(() => answers(200, { stored: true, duplicate: false }));
    vi.stubGlobal('fetch', fetch);
    enqueue(item('key-aaaaaaaaaaaaaaaa'));
    const s = sender();
    await s.flush();
    expect([outbox().length, s.seen.stored, s.seen.waiting]).toEqual([1, [], [1]]);
    listeners.online!();
    await vi.waitFor(() => expect(s.seen.stored).toEqual(['key-aaaaaaaaaaaaaaaa']));
    expect(outbox()).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(JSON.parse(fetch.mock.calls[1]![1].body as string)).toEqual({ clientKey: 'key-aaaaaaaaaaaaaaaa', answers: { q: 5 } });
  });

  it('retries a failing or throttling server on a timer, and drops what the server refuses', async () => {
    vi.stubGlobal('fetch', vi.fn().mockImplementationOnce(() => answers(503)).mockImplementationOnce(() => answers(429, { code: 'rate_limited' })).mockImplementation(() => answers(422, { code: 'response_invalid', details: { problems: [{ key: 'q', problem: 'required' }] } })));
    enqueue(item('key-bbbbbbbbbbbbbbbb'));
    const s = sender();
    await s.flush();
    expect(outbox().length).toBe(1);
    await vi.advanceTimersByTimeAsync(5_000); // the first retry, after 5 s: throttled
    expect(outbox().length).toBe(1);
    await vi.advanceTimersByTimeAsync(15_000); // the second, after 15 s: refused
    expect([outbox(), s.seen.refused, s.seen.stored]).toEqual([[], ['key-bbbbbbbbbbbbbbbb response_invalid'], []]);
  });

  it('sends in order and stops at the first that cannot go, so none overtakes another', async () => {
    const fetch = vi.fn().mockImplementationOnce(() => answers(200)).mockRejectedValue(new TypeError('offline'));
    vi.stubGlobal('fetch', fetch);
    for (const k of ['key-1111111111111111', 'key-2222222222222222', 'key-3333333333333333']) enqueue(item(k));
    const s = sender();
    await s.flush();
    expect([s.seen.stored, outbox().map((q) => q.clientKey), fetch.mock.calls.length]).toEqual([['key-1111111111111111'], ['key-2222222222222222', 'key-3333333333333333'], 2]);
  });
});
