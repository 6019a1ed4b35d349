import pg from 'pg';

/**
 * A database of its own on the PostgreSQL server the bench is pointed at (BENCH_DATABASE_URL),
 * named by BENCH_DATABASE_NAME: created afresh, or kept when `keep` and it exists. Returns its
 * URL, whether it was kept, and how to drop it.
 */
export async function benchDatabase(serverUrl: string, name: string, keep = false): Promise<{ url: string; kept: boolean; drop: () => Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_NAME must be a plain identifier: ${name}`);
  const onServer = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const kept = keep && (await onServer(async (c) => (await c.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1));
  if (!kept) {
    await onServer(async (c) => {
      await c.query(`drop database if exists ${name} with (force)`);
      await c.query(`create database ${name}`);
    });
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), kept, drop: () => onServer(async (c) => void (await c.query(`drop database if exists ${name} with (force)`))) };
}
