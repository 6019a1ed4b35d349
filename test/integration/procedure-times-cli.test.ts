import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status,supplement_days,amount_paid';

/** `parmon report procedure-times` as another system's script calls it (issue 17's JSON contract). */
describeOnEachEngine('parmon report procedure-times', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
    const procedures = join(ctx.dir, 'procedures.csv');
    await writeFile(procedures, 'code,name,field,level,statutory_days,fee_required,online_level\nP-A,Thủ tục A,Đất đai,Cấp tỉnh,5,yes,full\n');
    await parmon('import', 'procedures', procedures);
    const dossiers = join(ctx.dir, 'dossiers.csv');
    await writeFile(
      dossiers,
      [
        HEADER,
        // Tết 8–14 February 2024: 1 working day
        'T1,H99.03,P-A,online,2024-02-07T08:00,2024-02-20,2024-02-15T10:00,resolved,,50000',
        // 4–8 March: 5
        'T2,H99.03,P-A,direct,2024-03-01T08:00,2024-03-08,2024-03-08T10:00,resolved,,',
        // 9 working days less 3 waiting for the supplement: 6
        'T3,H99.05,P-A,direct,2024-03-04T08:00,2024-03-11,2024-03-15T10:00,resolved,3,',
        // the worked Saturday 4 May: 2; no procedure code
        'T4,H99.05,,direct,2024-05-03T08:00,2024-05-10,2024-05-06T10:00,resolved,,',
        'T5,H99.05,P-A,direct,2024-05-03T08:00,2024-05-10,,processing,,',
      ].join('\n') + '\n',
    );
    await parmon('import', 'dossiers', dossiers);
  });

  const report = async (...args: string[]) => JSON.parse((await parmon('report', 'procedure-times', ...args, '--json')).stdout) as Record<string, unknown>;

  it('prints the contract: totals and each procedure, days to two decimals, rates in percent', async () => {
    const r = await report('--unit', 'H99', '--period', '2024', '--descendants');
    expect(r).toMatchObject({ unit: { code: 'H99' }, period: '2024', from: '2024-01-01', to: '2024-12-31', descendants: true });
    // 1, 5, 6, 2: mean 3.5, median (2nd of 4) 2, p90 (4th) 6; P-A's 1, 5, 6 within its 5 days: 2 of 3
    expect(r.total).toEqual({ resolved: 4, meanWorkingDays: 3.5, medianWorkingDays: 2, p90WorkingDays: 6, withinStatutory: 2, withinStatutoryRate: 66.67 });
    expect(r.procedures).toEqual([
      { code: '?', statutoryDays: null, resolved: 1, meanWorkingDays: 2, medianWorkingDays: 2, p90WorkingDays: 2, withinStatutory: 0, withinStatutoryRate: null },
      { code: 'P-A', statutoryDays: 5, resolved: 3, meanWorkingDays: 4, medianWorkingDays: 5, p90WorkingDays: 6, withinStatutory: 2, withinStatutoryRate: 66.67 },
    ]);
    const alone = await report('--unit', 'H99', '--from', '2024-01-01', '--to', '2024-12-31');
    expect(alone).toMatchObject({ period: '2024-01-01..2024-12-31', descendants: false, total: { resolved: 0, meanWorkingDays: null } });
  });

  it('follows a holiday imported afterwards', async () => {
    const holidays = join(ctx.dir, 'holidays.csv');
    await writeFile(holidays, 'country,date,name\nVN,2024-03-05,Nghỉ đột xuất\n');
    await parmon('import', 'holidays', holidays);
    const r = await report('--unit', 'H99', '--period', '2024-03', '--descendants');
    // T2 5 → 4, T3 6 → 5: both within P-A's 5 days now
    expect(r.total).toEqual({ resolved: 2, meanWorkingDays: 4.5, medianWorkingDays: 4, p90WorkingDays: 5, withinStatutory: 2, withinStatutoryRate: 100 });
  });

  it('names a bad period or a bad row', async () => {
    expect((await fails('report', 'procedure-times', '--unit', 'H99', '--from', '2024-01-01'))?.stderr).toContain('--from needs --to');
    expect((await fails('report', 'procedure-times', '--unit', 'H99', '--period', '2024-13'))?.stderr).toContain('period');
    const bad = join(ctx.dir, 'bad.csv');
    await writeFile(bad, `${HEADER}\nB1,H99.03,P-A,direct,2024-03-01T08:00,2024-03-08,2024-03-08T10:00,resolved,two,\nB2,H99.03,P-A,direct,2024-03-01T08:00,2024-03-08,2024-03-08T10:00,resolved,,12.345\n`);
    const failed = await fails('import', 'dossiers', bad);
    expect(failed?.stderr).toContain('line 2, supplement_days: not_a_whole_number ("two")');
    expect(failed?.stderr).toContain('line 3, amount_paid: invalid_amount ("12.345")');
  });
});
