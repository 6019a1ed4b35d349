import { send, type Refusal } from './api.ts';
import { dequeue, outbox, type Queued } from './storage.ts';

/**
 * Sends what waits in the outbox: now, when the browser says it is back online, and on a
 * backing-off timer (a cheap phone's "online" is not always told). A refusal removes the
 * item (sending it again would be refused again) and is reported to the page.
 */
export interface SenderEvents {
  stored(item: Queued): void;
  refused(item: Queued, refusal: Refusal): void;
  waiting(count: number): void;
}

const BACKOFF_SECONDS = [5, 15, 30, 60, 120];

export function startSender(events: SenderEvents) {
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;

  async function flushOnce(): Promise<void> {
    for (const item of outbox()) {
      const sent = await send(item);
      if (sent.outcome === 'stored') {
        dequeue(item.clientKey);
        events.stored(item);
      } else if (sent.outcome === 'refused') {
        dequeue(item.clientKey);
        events.refused(item, sent.refusal);
      } else break; // still offline or the server is struggling: try the rest later, in order
    }
    const left = outbox().length;
    events.waiting(left);
    if (left > 0) schedule();
    else attempt = 0;
  }

  function schedule() {
    clearTimeout(timer);
    const seconds = BACKOFF_SECONDS[Math.min(attempt, BACKOFF_SECONDS.length - 1)] ?? 120;
    attempt += 1;
    timer = setTimeout(() => void flush(), seconds * 1000);
  }

  /** One flush at a time: a second call waits for the running one rather than sending twice. */
  function flush(): Promise<void> {
    running ??= flushOnce().finally(() => (running = undefined));
    return running;
  }

  window.addEventListener('online', () => {
    attempt = 0;
    void flush();
  });
  return { flush };
}
