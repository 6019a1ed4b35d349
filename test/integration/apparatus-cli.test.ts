import { beforeAll, expect, it } from 'vitest';
import type { ApparatusReport } from '../../src/shared/contracts/apparatus.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** `parmon seed laos` and `parmon report apparatus` as an operator runs them. */
describeOnEachEngine('parmon seed laos and report apparatus', (engine) => {
  const { parmon, fails } = useCli(engine);
  beforeAll(async () => {
    expect((await parmon('seed', 'laos')).stdout).toBe('laos: 39 operations loaded\n');
  });

  it('reports the Lao tree appearing on 24 March 2021: 38 units established under LA', async () => {
    const r = JSON.parse((await parmon('report', 'apparatus', '--unit', 'LA', '--from', '2021-03-23', '--to', '2021-03-24', '--json')).stdout) as ApparatusReport;
    expect(r.total).toEqual({ atFrom: 0, atTo: 38 });
    expect(r.tiers).toEqual([
      { tier: 'ministry', atFrom: 0, atTo: 20 },
      { tier: 'province', atFrom: 0, atTo: 18 },
    ]);
    expect(r.changeCounts).toEqual({ merge: 0, split: 0, create: 38, close: 0, rename: 0, move: 0, reclassify: 0 });
  });

  it('prints the counts and changes as text, and refuses B before A', async () => {
    const out = (await parmon('report', 'apparatus', '--unit', 'LA', '--from', '2021-01-01', '--to', '2026-01-01')).stdout.split('\n');
    expect(out[0]).toBe('LA Lao PDR, 2021-01-01 → 2026-01-01: 0 → 38 units');
    expect(out).toContain('  province\tla_capital\t0 → 1');
    expect(out).toContain('changes: 0 merge, 0 split, 38 create, 0 close, 0 rename, 0 move, 0 reclassify');
    expect((await fails('report', 'apparatus', '--unit', 'LA', '--from', '2026-01-02', '--to', '2026-01-01'))?.stderr).toContain('--to: before --from');
  });

  it('says so when the seed is loaded again', async () => {
    expect((await parmon('seed', 'laos')).stdout).toBe('laos: already loaded, nothing done\n');
  });
});
