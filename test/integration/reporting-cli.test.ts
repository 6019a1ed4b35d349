import { beforeAll, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** The demo's finished half-year round, through the command an operator (or a checker from outside) types. */
describeOnEachEngine('parmon reporting', (engine) => {
  const { parmon, fails } = useCli(engine);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--demo-accounts', '--no-dossiers', '--no-rounds');
  });

  it('prints the round, its period, as-of, the counts and one row per asked unit', async () => {
    const status = JSON.parse((await parmon('reporting', 'status', '--round', 'BC-2026-6M', '--json')).stdout);
    expect(Object.keys(status)).toEqual(['round', 'period', 'deadline', 'asOf', 'asked', 'onTime', 'late', 'missing', 'accepted', 'returned', 'units']);
    expect([status.round, status.period, status.deadline]).toEqual(['BC-2026-6M', { label: 'report:2026-6M', from: '2025-12-15', to: '2026-06-14' }, '2026-06-20']);
    expect(status.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([status.asked, status.onTime, status.late, status.missing, status.accepted, status.returned]).toEqual([7, 2, 4, 1, 4, 1]);
    // The demo committee's seven key units, in a believable mix (seeds/load-demo-reporting.ts)
    expect(status.units.map((u: { unit: string; state: string; late: boolean }) => [u.unit, u.state, u.late])).toEqual([
      ['H99.05', 'accepted', false],
      ['H99.10', 'accepted', false],
      ['H99.13', 'accepted', true],
      ['H99.19', 'returned', true],
      ['H99.21', 'accepted', true],
      ['H99.X01', 'submitted', true],
      ['H99.X05', 'draft', false],
    ]);
    expect(status.units[0]).toEqual({ unit: 'H99.05', state: 'accepted', late: false, submittedAt: expect.any(String), firstSubmittedAt: expect.any(String), returnReason: null });
    const text = (await parmon('reporting', 'status', '--round', 'BC-2026-6M')).stdout;
    expect(text).toContain('asked 7: on time 2, late 4, missing 1; accepted 4, returned 1');
    expect((await fails('reporting', 'status', '--round', 'NO-SUCH'))?.stderr).toContain('not_found');
  });

  it('seeds the demo rounds once: seeding again changes nothing', async () => {
    const before = (await parmon('reporting', 'status', '--round', 'BC-2026', '--json')).stdout;
    await parmon('seed', 'demo', '--demo-accounts', '--no-dossiers', '--no-rounds');
    expect((await parmon('reporting', 'status', '--round', 'BC-2026', '--json')).stdout).toBe(before);
    expect(JSON.parse(before).asked).toBe(7);
  });
});
