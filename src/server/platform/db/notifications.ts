import pg from 'pg';

/** Told of a notification's payload; `null`: the connection was lost and re-made, so some may have been missed. */
export type OnNotification = (payload: string | null) => void;

/**
 * One connection per process that LISTENs on PostgreSQL for every channel the process
 * follows. Other processes' `pg_notify` in a committed transaction reach each handler; a
 * dropped connection is re-made (a second later, then again until it answers) and every
 * handler is told with `null` that it may have missed some, so it can drop what it kept.
 */
export function createListener(connectionString: string) {
  const handlers = new Map<string, Set<OnNotification>>();
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;
  let closed = false;

  async function connect(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString });
    c.on('notification', (n) => handlers.get(n.channel)?.forEach((h) => h(n.payload ?? '')));
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    await c.connect();
    for (const channel of handlers.keys()) await c.query(`LISTEN ${ident(channel)}`);
    return c;
  }

  function lost(c: pg.Client): void {
    if (client !== c || closed) return;
    client = null;
    const retry = () => {
      if (closed) return;
      connection()
        .then(() => handlers.forEach((set) => set.forEach((h) => h(null))))
        .catch(() => setTimeout(retry, 1000).unref());
    };
    setTimeout(retry, 1000).unref();
  }

  function connection(): Promise<pg.Client> {
    if (closed) return Promise.reject(new Error('the listener is closed'));
    if (client) return Promise.resolve(client);
    connecting ??= connect().then(
      async (c) => {
        connecting = null;
        // Closed while connecting (a short CLI command): this connection must not keep the process alive.
        if (closed) {
          await c.end().catch(() => {});
          throw new Error('the listener is closed');
        }
        client = c;
        return c;
      },
      (error: unknown) => {
        connecting = null;
        throw error;
      },
    );
    return connecting;
  }

  return {
    async listen(channel: string, onMessage: OnNotification): Promise<() => Promise<void>> {
      const set = handlers.get(channel) ?? new Set();
      const first = set.size === 0;
      set.add(onMessage);
      handlers.set(channel, set);
      const c = await connection();
      if (first) await c.query(`LISTEN ${ident(channel)}`);
      return async () => {
        set.delete(onMessage);
        if (set.size === 0 && client) await client.query(`UNLISTEN ${ident(channel)}`).catch(() => {});
      };
    },
    async close(): Promise<void> {
      closed = true;
      await connecting?.catch(() => {});
      await client?.end().catch(() => {});
      client = null;
    },
  };
}

/** Channels are our own constants; quoted anyway so a name can never be read as SQL. */
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
