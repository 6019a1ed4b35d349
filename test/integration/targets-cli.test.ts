import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { TargetsStatusResponse } from '../../src/shared/contracts/targets.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openServices } from '../../src/server/main.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** `parmon report targets` as an operator runs it, on targets the secretariat set (through the service: the CLI only reads them). */
describeOnEachEngine('parmon report targets', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
    const catalogue = join(ctx.dir, 'procedures.csv');
    await writeFile(catalogue, 'code,name,field,level,statutory_days,fee_required,online_level\nCONS-1,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,15,có,partial\n');
    await parmon('import', 'procedures', catalogue);
    const { services, database } = await openServices(loadConfig(ctx.env));
    try {
      const common = { procedureCode: null, field: null, baselineFrom: null, baselineTo: null, from: '2026-01-01', to: '2026-12-31', description: {} };
      await services.targets.create(SYSTEM_ACTOR, { ...common, unitCode: 'H99', measure: 'within_statutory_rate', kind: 'at_least', value: 95, names: { vi: 'Ít nhất 95% hồ sơ đúng hạn' } });
      await services.targets.create(SYSTEM_ACTOR, { ...common, unitCode: 'H99.02', procedureCode: 'CONS-1', measure: 'mean_working_days', kind: 'cut_by_percent', value: 30, baselineFrom: '2024-01-01', baselineTo: '2024-12-31', names: { vi: 'Giảm 30% thời gian cấp phép' } });
    } finally {
      await database.close();
    }
  });

  it('prints the status of the targets of the unit and the units under it, as GET /api/targets/status answers', async () => {
    const s = JSON.parse((await parmon('report', 'targets', '--unit', 'H99', '--as-of', '2026-06-30', '--json')).stdout) as TargetsStatusResponse;
    expect(s.unit.code).toBe('H99');
    expect(s.asOf).toBe('2026-06-30');
    expect(s.targets.map((t) => [t.unit.code, t.procedureCode, t.measure, t.kind, t.value, t.target, t.status, t.trend.length])).toEqual([
      ['H99', null, 'within_statutory_rate', 'at_least', 95, 95, 'no_data', 6],
      ['H99.02', 'CONS-1', 'mean_working_days', 'cut_by_percent', 30, null, 'no_data', 6],
    ]);
    const own = JSON.parse((await parmon('report', 'targets', '--unit', 'H99.02', '--as-of', '2026-06-30', '--json')).stdout) as TargetsStatusResponse;
    expect(own.targets.map((t) => t.unit.code)).toEqual(['H99.02']);
  });

  it('prints a line per target without --json', async () => {
    const lines = (await parmon('report', 'targets', '--unit', 'H99.02', '--as-of', '2027-01-05')).stdout.trim().split('\n');
    expect(lines[0]).toBe('targets of H99.02 and the units under it as of 2027-01-05: 1');
    expect(lines[1]).toMatch(/^ {2}#\d+ H99\.02 procedure CONS-1 mean_working_days cut by 30% against 2024-01-01\.\.2024-12-31, 2026-01-01\.\.2026-12-31: baseline –, target –, current – \(0 resolved\) → no_data$/);
  });

  it('refuses a day that is not a date and a unit that does not exist', async () => {
    expect((await fails('report', 'targets', '--unit', 'H99', '--as-of', '2026-02-30'))!.stderr).toContain('--as-of: "2026-02-30" is not a date');
    expect((await fails('report', 'targets', '--unit', 'NOWHERE'))!.stderr).toContain('no unit has this code');
  });
});
