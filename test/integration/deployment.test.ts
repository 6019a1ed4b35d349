import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testSettings } from '../../src/server/config.ts';
import { runParmon } from '../support/cli.ts';
import { createPostgresDatabase } from '../support/databases.ts';
import { multipartBody } from '../support/multipart.ts';
import { freePort } from '../support/ports.ts';

const { databaseUrl, replicaUrl, ci } = testSettings();
const NGINX = '/usr/sbin/nginx';
if (ci && !existsSync(NGINX)) throw new Error(`CI=true but ${NGINX} is missing: .ci/run installs nginx`);


/**
 * docs/operations.md's nginx site, as an operator copies it, on loopback: the same upstream,
 * limits, headers and /metrics rule, with plain http on a free port instead of TLS on 443.
 */
async function nginxSite(port: number, upstreams: number[]): Promise<string> {
  const guide = await readFile('docs/operations.md', 'utf8');
  const site = [...guide.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]!).find((block) => block.includes('upstream parmon'));
  if (!site) throw new Error('docs/operations.md has no nginx site with `upstream parmon`');
  return site
    .replace('server 127.0.0.1:3001', `server 127.0.0.1:${upstreams[0]}`)
    .replace('server 127.0.0.1:3002', `server 127.0.0.1:${upstreams[1]}`)
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port};`)
    .replace(/^\s*ssl_certificate.*\n/gm, '')
    .replace(/\nserver \{\n\s*listen 80;[\s\S]*$/, '\n');
}

/** nginx in the foreground with its files in `dir`, serving `site`. */
async function startNginx(dir: string, site: string): Promise<ChildProcess> {
  // Its workers may run as another user than the test: they must reach their temporary folders.
  await chmod(dir, 0o755);
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(dir, sub), { mode: 0o777 }).then(() => chmod(join(dir, sub), 0o777));
  const conf = `worker_processes 1;
error_log ${dir}/error.log warn;
pid ${dir}/nginx.pid;
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${site}
}
`;
  await writeFile(join(dir, 'nginx.conf'), conf);
  return spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

function onStandby(primaryUrl: string): string {
  const url = new URL(replicaUrl!);
  url.pathname = new URL(primaryUrl).pathname;
  return url.toString();
}

const ADMIN = { username: 'operator', password: 'deployment-test-password-1' };
const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status';

/**
 * The national set-up of docs/operations.md on this machine: PostgreSQL and a streaming
 * standby (.ci/run starts both), two `parmon serve` behind nginx. Nothing mocked.
 */
describe.runIf(databaseUrl && replicaUrl && existsSync(NGINX))('two app processes behind nginx, on a primary and a standby', () => {
  let created: { url: string; drop(): Promise<void> };
  let dir: string;
  const children: ChildProcess[] = [];
  let base: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    created = await createPostgresDatabase();
    dir = await mkdtemp(join(tmpdir(), 'parmon-deploy-'));
    env = {
      ...process.env,
      PARMON_DATA_DIR: dir,
      DATABASE_URL: created.url,
      DATABASE_REPLICA_URL: onStandby(created.url),
      PARMON_SESSION_SECRET: 'deployment-test-secret-0123456789abcdef',
      PARMON_AUDIT_KEY: 'deployment-test-audit-key-0123456789abc',
      TRUST_PROXY: '127.0.0.1',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    };
    // README's "Run it on a PostgreSQL server", then the guide's systemd units (here: two children).
    await runParmon(env, ['migrate']);
    await runParmon(env, ['seed', 'demo', '--no-dossiers', '--no-rounds']);
    await runParmon(env, ['users', 'create-admin', '--username', ADMIN.username, '--password-stdin'], `${ADMIN.password}\n`);
    const ports = [await freePort(), await freePort()];
    for (const port of ports) children.push(spawn(process.execPath, ['bin/parmon.mjs', 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] }));
    const front = await freePort();
    children.push(await startNginx(dir, await nginxSite(front, ports)));
    base = `http://127.0.0.1:${front}`;
    for (const port of ports) await waitFor(`http://127.0.0.1:${port}/ready`);
    await waitFor(`${base}/ready`);
  }, 180_000);

  afterAll(async () => {
    await Promise.all(children.map((c) => new Promise<void>((resolve) => (c.exitCode !== null ? resolve() : (c.once('exit', () => resolve()), c.kill('SIGTERM'))))));
    await created?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('signs in, imports, and reads the report from the replica through nginx', async () => {
    const ready = (await (await fetch(`${base}/ready`)).json()) as { status: string; replica: { state: string } };
    expect(ready).toMatchObject({ status: 'ready', replica: { state: 'in_use' } });
    // nginx's id reaches the server and comes back; /metrics is not served to the outside.
    const health = await fetch(`${base}/health`);
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);

    const signIn = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
    expect(signIn.status).toBe(200);
    const session = signIn.headers.getSetCookie().find((c) => c.startsWith('parmon_session='))!.split(';')[0]!;
    const headers = { cookie: session, 'x-csrf-token': ((await signIn.json()) as { csrfToken: string }).csrfToken };

    const rows = Array.from({ length: 40 }, (_, i) => `N-${i},H99.X05,2.000815,${i % 2 ? 'online' : 'direct'},2026-02-0${(i % 5) + 2},2026-02-20,,received`);
    const form = multipartBody({}, [{ name: 'dossiers.csv', content: `${HEADER}\n${rows.join('\n')}\n` }]);
    const imported = await fetch(`${base}/api/dossiers/import?source=national`, { method: 'POST', headers: { ...headers, ...form.headers }, body: new Uint8Array(form.payload) });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ rows: 40, applied: 40 });

    // Without the write cookie, the report is read from the standby: it shows the import once replayed.
    const report = async () => {
      const res = await fetch(`${base}/api/dossiers/report?unit=H99.X05&period=2026-02`, { headers: { cookie: session } });
      return ((await res.json()) as { report: { received: { total: number; online: number } } }).report.received;
    };
    await expect.poll(report, { timeout: 10_000 }).toEqual(expect.objectContaining({ total: 40, online: 20 }));
  });

  it('gives the start-up reminders once, though two processes started', async () => {
    const client = new pg.Client({ connectionString: created.url });
    await client.connect();
    try {
      const runs = async () => (await client.query<{ kind: string; n: number }>(`select kind, count(*)::int as n from job_runs where trigger = 'start' and state = 'completed' group by kind order by kind`)).rows;
      await expect.poll(runs, { timeout: 60_000, interval: 500 }).toHaveLength(5);
      // A moment more: a second process's start-up run would have shown by now.
      await new Promise((r) => setTimeout(r, 2000));
      expect(await runs()).toEqual([
        { kind: 'flow-snapshots', n: 1 },
        { kind: 'follow-up-reminders', n: 1 },
        { kind: 'report-reminders', n: 1 },
        { kind: 'survey-reminders', n: 1 },
        { kind: 'task-reminders', n: 1 },
      ]);
    } finally {
      await client.end();
    }
  });
});

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((r) => setTimeout(r, 300));
  }
}
