import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { TaskStatistics } from '../../src/shared/contracts/tasks.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** A CSV of tasks: `completed` of them done on `completedOn`, the rest open. */
function tasksCsv(plan: string, rows: { n: number; deadline: string; completedOn?: string }[]): string {
  const lines = ['plan_code,code,title,owner_unit_code,deadline,start_date,area,key,completed_on'];
  let i = 0;
  for (const r of rows) for (let k = 0; k < r.n; k++) lines.push(`${plan},T${String(++i).padStart(3, '0')},Nhiệm vụ ${i},H99.02,${r.deadline},2024-01-25,institutions,,${r.completedOn ?? ''}`);
  return `${lines.join('\n')}\n`;
}

/** The worked examples of PRODUCT.md through the commands an operator types. */
describeOnEachEngine('parmon import/report tasks', (engine) => {
  const { ctx, parmon } = useCli(engine);
  let dir: string;
  beforeAll(async () => {
    dir = ctx.dir;
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
  });
  /** The statistics of `report tasks --json`, without what they are of (unit, plan, as-of: cli-read-only.test.ts checks those). */
  const report = async (...args: string[]) => {
    const { unit: _unit, descendants: _descendants, plan: _plan, asOf: _asOf, ...statistics } = JSON.parse((await parmon('report', 'tasks', '--json', ...args)).stdout) as TaskStatistics & Record<'unit' | 'descendants' | 'plan' | 'asOf', unknown>;
    return statistics;
  };

  it('"completed 30 of 51 tasks (58.82%)", with a new plan created from its code', async () => {
    const file = join(dir, 'h1.csv');
    await writeFile(file, tasksCsv('KH-2024-H1', [{ n: 30, deadline: '2024-06-30', completedOn: '2024-06-10' }, { n: 21, deadline: '2024-12-31' }]));
    const out = await parmon('import', 'tasks', file);
    expect(out.stdout).toContain('imported 51 tasks; new plans to complete: KH-2024-H1');
    expect(await report('--plan', 'KH-2024-H1', '--as-of', '2024-07-14')).toEqual({
      total: 51,
      completed: { total: 30, early: 30, onTime: 0, late: 0 },
      notCompleted: { total: 21, inTime: 21, overdue: 0 },
      completionRate: 58.82,
    });
  });

  it('"of 65 tasks assigned by the Government, 61 completed early or on time, 3 not completed within deadline, 1 late"', async () => {
    const file = join(dir, 'gov.csv');
    await writeFile(file, tasksCsv('TW-2024', [
      { n: 55, deadline: '2024-06-30', completedOn: '2024-06-20' },
      { n: 6, deadline: '2024-06-30', completedOn: '2024-06-30' },
      { n: 3, deadline: '2024-12-31' },
      { n: 1, deadline: '2024-06-30', completedOn: '2024-07-05' },
    ]));
    await parmon('import', 'tasks', file);
    expect(await report('--plan', 'TW-2024', '--as-of', '2024-07-31')).toEqual({
      total: 65,
      completed: { total: 62, early: 55, onTime: 6, late: 1 },
      notCompleted: { total: 3, inTime: 3, overdue: 0 },
      completionRate: 95.38,
    });
    // Before the deadline day nothing is overdue; the late one was still open and within its deadline.
    expect((await report('--plan', 'TW-2024', '--as-of', '2024-06-29')).notCompleted).toEqual({ total: 10, inTime: 10, overdue: 0 });
    expect((await report('--plan', 'TW-2024', '--as-of', '2024-07-01')).notCompleted).toEqual({ total: 4, inTime: 3, overdue: 1 });
  });

  it('imports nothing from a file with errors unless told to skip them, naming each bad line', async () => {
    const file = join(dir, 'bad.csv');
    await writeFile(file, 'plan_code,code,title,owner_unit_code,deadline,area\nKH-X,A1,Một,H99.02,2024-06-30,institutions\nKH-X,A2,Hai,NO-SUCH,2024-06-30,institutions\nKH-X,A3,Ba,H99.02,30/06/2024,finance\n');
    const failed = await parmon('import', 'tasks', file).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('line 3, owner_unit_code: unit_not_found');
    expect(failed?.stderr).toContain('line 4, deadline: invalid_date');
    expect(failed?.stderr).toContain('line 4, area: unknown_area');
    expect((await report('--plan', 'KH-X')).total).toBe(0);
    const skipped = await parmon('import', 'tasks', file, '--skip-invalid');
    expect(skipped.stdout).toContain('imported 1 tasks');
    expect(skipped.stderr).toContain('skipped line 3');
    expect((await report('--plan', 'KH-X')).total).toBe(1);
  });

  it('reports one unit with or without its subtree', async () => {
    const own = await report('--unit', 'H99');
    const withSubtree = await report('--unit', 'H99', '--descendants');
    expect(own.total).toBe(0);
    expect(withSubtree.total).toBeGreaterThan(100);
  });
});
