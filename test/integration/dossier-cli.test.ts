import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { DossierReport } from '../../src/shared/domain/dossier-flows.ts';
import type { ServiceIndexResult } from '../../src/shared/contracts/service-index.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status';

/** The dossier commands as an operator types them. */
describeOnEachEngine('parmon dossiers', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
  });

  it('imports a file with progress on stderr, reports it as the issue prints it, and replays to no change', async () => {
    const file = join(ctx.dir, 'dossiers.csv');
    const rows = Array.from({ length: 1200 }, (_, i) => `C-${i},H99.X0${1 + (i % 5)},2.000815,${i % 4 ? 'online' : 'direct'},2026-09-0${1 + (i % 9)}T09:00,2026-09-12,${i % 10 ? '2026-09-11' : ''},${i % 10 ? 'resolved' : 'processing'}`);
    await writeFile(file, `${HEADER}\n${rows.join('\n')}\n`);
    const out = await parmon('import', 'dossiers', file);
    expect(out.stdout).toContain('dossiers: 1200 rows, 1200 created or changed, 0 unchanged, 0 skipped');
    expect(out.stderr).toMatch(/read 1,200 rows \(100% of the file\)/);
    expect((await parmon('import', 'dossiers', file)).stdout).toContain('0 created or changed, 1200 unchanged');
    const { unit: _unit, period: _period, from: _from, to: _to, descendants: _descendants, asOf: _asOf, ...report } = JSON.parse((await parmon('report', 'dossiers', '--unit', 'H99', '--from', '2026-09-01', '--to', '2026-09-30', '--descendants', '--json')).stdout) as DossierReport & Record<'unit' | 'period' | 'from' | 'to' | 'descendants' | 'asOf', unknown>;
    expect(report).toEqual({
      received: { total: 1200, carriedOver: 0, online: 900, direct: 300, postal: 0 },
      resolved: { total: 1080, early: 1080, onTime: 0, late: 0 },
      pending: { total: 120, inTime: 0, overdue: 120 },
      withdrawn: 0,
      rates: { onTime: 100, online: 75 },
    });
    const alone = JSON.parse((await parmon('report', 'dossiers', '--unit', 'H99', '--period', '2026-09', '--json')).stdout) as DossierReport;
    expect(alone.received.total).toBe(0);
  });

  it('lists bad rows with their line and imports nothing, unless --skip-invalid', async () => {
    const file = join(ctx.dir, 'bad.csv');
    await writeFile(file, `${HEADER}\nE-1,H99.X01,,online,2026-10-01,2026-10-03,,received\nE-2,H99.X01,,online,yesterday,2026-10-03,,received\n`);
    const failed = await fails('import', 'dossiers', file);
    expect(failed?.stderr).toContain('line 3, received_at: invalid_timestamp ("yesterday")');
    const skipped = await parmon('import', 'dossiers', file, '--skip-invalid');
    expect(skipped.stdout).toContain('1 created or changed, 0 unchanged, 1 skipped');
  });

  it('prints the service index as JSON', async () => {
    const index = JSON.parse((await parmon('service-index', '--unit', 'H99', '--period', '2026-09', '--json')).stdout) as ServiceIndexResult;
    expect(index.groups.map((g) => g.key)).toEqual(['transparency', 'progress', 'online', 'digitisation', 'satisfaction', 'payment']);
    expect(index.groups.find((g) => g.key === 'progress')!.score).toBe(18); // 1,080 of 1,200 handled on time
    expect(index.total).toBe(Math.round(index.groups.reduce((s, g) => s + g.score * 100, 0)) / 100);
    expect((await fails('service-index', '--unit', 'H99', '--period', '2026-H1'))?.stderr).toContain('the period is not valid');
  });
});
