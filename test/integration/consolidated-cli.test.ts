import { beforeAll, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** `parmon report consolidated --json` embeds exactly what `report tasks --json` and `report dossiers --json` print for the same unit and day. */
describeOnEachEngine('parmon report consolidated', (engine) => {
  const { parmon, fails } = useCli(engine);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
  }, 120_000);
  const json = async (...args: string[]) => JSON.parse((await parmon(...args)).stdout) as Record<string, unknown>;

  it('prints the tasks and dossiers objects of their own commands, and what the report is of', async () => {
    const report = await json('report', 'consolidated', '--unit', 'H99', '--period', '2026-H1', '--as-of', '2026-06-30', '--json');
    const tasks = await json('report', 'tasks', '--unit', 'H99', '--descendants', '--as-of', '2026-06-30', '--json');
    const dossiers = await json('report', 'dossiers', '--unit', 'H99', '--descendants', '--period', '2026-H1', '--json');
    expect(report).toMatchObject({ unit: { code: 'H99' }, period: '2026-H1', asOf: '2026-06-30', submissions: null });
    expect((report.tasks as { total: unknown }).total).toEqual(tasks);
    expect(report.dossiers).toEqual(dossiers);
    const byPlan = (report.tasks as { byPlan: { plan: string; issuingBody: string; total: number }[] }).byPlan;
    expect(byPlan.reduce((n, p) => n + p.total, 0)).toBe(tasks.total);
    expect(Object.keys(byPlan[0]!)).toEqual(['plan', 'issuingBody', 'total', 'completed', 'notCompleted', 'completionRate']);
    expect(report.serviceIndex).toHaveProperty('total');
  }, 120_000);

  it('names a missing period and a bad date', async () => {
    expect((await fails('report', 'consolidated', '--unit', 'H99'))?.stderr).toContain('give --period, or --from and --to');
    expect((await fails('report', 'consolidated', '--unit', 'H99', '--period', '2026-H1', '--as-of', '30/06/2026'))?.stderr).toContain('--as-of: "30/06/2026" is not a date');
    expect((await fails('report', 'consolidated', '--unit', 'H99', '--period', '2026-H7'))?.stderr).toContain('the period is not valid');
  }, 240_000);
});
