import { readdir } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { todayIn } from '../../src/shared/domain/dates.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const HOW_TO_LOAD = 'load the demo province with `npx parmon seed demo --demo-accounts` (or start the server once: `npm start`), or your own units with `npx parmon units import FILE`';
const today = () => todayIn('Asia/Ho_Chi_Minh');

/**
 * Issue 12: commands that only read say that the database is empty (and how to fill it)
 * instead of printing zeros, and leave no folder behind; --from after --to is named; --json
 * names its unit, period and as-of day beside the figures it printed before.
 */
describeOnEachEngine('parmon commands that read,', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);

  it('on a fresh checkout: says the database is empty and how to load the demo, and creates nothing', { timeout: 120_000 }, async () => {
    // Two of the commands that only read (report tasks, report dossiers, service-index, units
    // list, assessments results): they share the check, and each start of the command is slow.
    for (const args of [['report', 'tasks'], ['service-index', '--unit', 'H99', '--period', '2026-09']]) {
      const failed = await fails(...args);
      expect(failed?.code, args.join(' ')).toBe(1);
      const where = engine === 'pglite' ? `no database in ${ctx.dir}/pglite` : 'no units in the database at DATABASE_URL';
      expect(failed?.stderr.trim(), args.join(' ')).toBe(`error: the database is empty (${where}): ${HOW_TO_LOAD}`);
    }
    // Not even the session secret: the data folder stays as it was.
    expect(await readdir(ctx.dir)).toEqual([]);
  });

  it('on a migrated database without units: says it is empty', { timeout: 120_000 }, async () => {
    await parmon('migrate');
    const where = engine === 'pglite' ? `no units in ${ctx.dir}/pglite` : 'no units in the database at DATABASE_URL';
    expect((await fails('report', 'tasks', '--json'))?.stderr.trim()).toBe(`error: the database is empty (${where}): ${HOW_TO_LOAD}`);
  });

  it('names a --from after --to, and a --from without --to', { timeout: 180_000 }, async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
    const after = await fails('report', 'dossiers', '--unit', 'H99', '--from', '2026-09-30', '--to', '2026-09-01');
    expect(after?.stderr.trim()).toBe('error: --from 2026-09-30 is after --to 2026-09-01: the period must start on or before its last day');
    expect((await fails('report', 'dossiers', '--unit', 'H99', '--from', '2026-09-01'))?.stderr.trim()).toBe('error: --from needs --to (or give --period)');
    expect((await fails('report', 'dossiers', '--unit', 'H99', '--from', '2026-9-1', '--to', '2026-09-30'))?.stderr.trim()).toBe('error: --from: "2026-9-1" is not a date (YYYY-MM-DD)');
  });

  it('--json names the unit, the period and the day the figures were read, beside the figures', { timeout: 240_000 }, async () => {
    const json = async (...args: string[]) => JSON.parse((await parmon(...args, '--json')).stdout) as Record<string, unknown>;
    const dossiers = await json('report', 'dossiers', '--unit', 'H99', '--period', '2026-09', '--descendants');
    expect(dossiers).toMatchObject({ unit: { code: 'H99', names: { vi: 'Tỉnh Sơn Hà' } }, period: '2026-09', from: '2026-09-01', to: '2026-09-30', descendants: true, asOf: today() });
    expect(Object.keys(dossiers)).toEqual(['received', 'resolved', 'pending', 'withdrawn', 'rates', 'unit', 'period', 'from', 'to', 'descendants', 'asOf']);
    const custom = await json('report', 'dossiers', '--unit', 'H99', '--from', '2026-09-01', '--to', '2026-09-15');
    expect(custom).toMatchObject({ period: null, from: '2026-09-01', to: '2026-09-15', descendants: false });

    const tasks = await json('report', 'tasks', '--unit', 'H99.02', '--as-of', '2026-06-30');
    expect(tasks).toMatchObject({ unit: { code: 'H99.02' }, descendants: false, plan: null, asOf: '2026-06-30' });
    expect(Object.keys(tasks)).toEqual(['total', 'completed', 'notCompleted', 'completionRate', 'unit', 'descendants', 'plan', 'asOf']);
    expect(await json('report', 'tasks', '--as-of', '2026-06-30')).toMatchObject({ unit: null, asOf: '2026-06-30' });

    const index = await json('service-index', '--unit', 'H99', '--period', '2026-Q3');
    expect(index).toMatchObject({ unit: { code: 'H99' }, period: '2026-Q3', from: '2026-07-01', to: '2026-09-30', asOf: today() });
  });
});
