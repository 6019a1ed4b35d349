import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UnitSummary } from '../../src/shared/contracts/units.ts';
import { exec, runParmon, useCli, type CliFailure } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/**
 * The `parmon` command as an operator runs it, against the embedded database in a folder
 * (PARMON_DATA_DIR) and against a PostgreSQL server (DATABASE_URL).
 */
describeOnEachEngine('parmon CLI', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);

  it('seeds Vietnam: 63 provincial units on 2025-06-30, 34 on 2025-07-01', async () => {
    expect((await parmon('seed', 'vietnam')).stdout).toContain('operations loaded');
    const before = JSON.parse((await parmon('units', 'list', '--as-of', '2025-06-30', '--kind', 'province', '--json')).stdout) as UnitSummary[];
    const after = JSON.parse((await parmon('units', 'list', '--as-of', '2025-07-01', '--kind', 'province', '--json')).stdout) as UnitSummary[];
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    expect(after.find((u) => u.code === '31')!.names.vi).toBe('Hải Phòng');
    expect(before.find((u) => u.code === '30')!.names.vi).toBe('Hải Dương');
    expect(after.find((u) => u.code === '30')).toBeUndefined();
    expect((await parmon('seed', 'vietnam')).stdout).toContain('already loaded');
  });

  it('imports units all-or-nothing and reports bad lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-cli-file-'));
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'code,parent_code,kind,name,valid_from,valid_to\nX1,VN,ministry,Bộ Thử,2020-01-01,\nX2,VN,ministry,,2020-01-01,\n');
    const failed = await fails('units', 'import', bad);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('line 3, name: required');
    const good = join(dir, 'good.csv');
    await writeFile(good, 'code,parent_code,kind,name,valid_from,valid_to,name_en\nX1,VN,ministry,Bộ Thử,2020-01-01,,Test Ministry\n');
    expect((await parmon('units', 'import', good)).stdout).toContain('created 1');
    const ministries = JSON.parse((await parmon('units', 'list', '--kind', 'ministry', '--json')).stdout) as UnitSummary[];
    expect(ministries.map((u) => u.code)).toEqual(['X1']);
  });

  it('creates an administrator and a token, and verifies the audit log', async () => {
    const admin = await exec('sh', ['-c', 'printf "a-long-password" | node bin/parmon.mjs users create-admin --username ops --password-stdin'], { env: ctx.env });
    expect(admin.stdout).toContain('administrator "ops" created');
    const token = await parmon('tokens', 'create', '--name', 'one-stop', '--unit', '31', '--permissions', 'units.read');
    expect(token.stdout.trim()).toMatch(/^pmt_[\w-]{40,}$/);
    expect((await parmon('audit', 'verify')).stdout).toMatch(/intact: [1-9]\d* rows verified/);
    expect((await fails('tokens', 'create', '--name', 'x', '--permissions', 'everything'))?.stderr).toContain('unknown permission');
  });

});

describe('parmon CLI help', () => {
  it('has --help on every command', async () => {
    const env = { ...process.env, LOG_LEVEL: 'silent' };
    for (const cmd of [[], ['serve'], ['migrate'], ['seed'], ['units', 'list'], ['units', 'import'], ['users', 'create-admin'], ['tokens', 'create'], ['audit', 'verify']]) {
      expect((await runParmon(env, [...cmd, '--help'])).stdout).toMatch(/Usage: parmon/);
    }
  });
});

// The other tests run the commands inside the test's process; these start bin/parmon.mjs as an
// operator does (node, the tsx loader, the process's streams and exit status).
describe('parmon as a process', () => {
  it('prints its help on standard output and exits 0', async () => {
    const help = await exec('node', ['bin/parmon.mjs', '--help']);
    expect(help.stdout).toMatch(/^Usage: parmon \[options\] \[command\]\n/);
    expect(help.stderr).toBe('');
  });

  it('exits 1 with the message on standard error when a command fails or is unknown', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-cli-empty-'));
    const env: NodeJS.ProcessEnv = { ...process.env, PARMON_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    const empty = await exec('node', ['bin/parmon.mjs', 'units', 'list'], { env }).then(() => null, (e: CliFailure) => e);
    expect(empty?.code).toBe(1);
    expect(empty?.stdout).toBe('');
    expect(empty?.stderr).toBe(`error: the database is empty (no database in ${dir}/pglite): load the demo province with \`npx parmon seed demo --demo-accounts\` (or start the server once: \`npm start\`), or your own units with \`npx parmon units import FILE\`\n`);
    const unknown = await exec('node', ['bin/parmon.mjs', 'bogus'], { env }).then(() => null, (e: CliFailure) => e);
    expect(unknown?.code).toBe(1);
    expect(unknown?.stderr).toMatch(/^error: unknown command 'bogus'\n/);
  });
});
