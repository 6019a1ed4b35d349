import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { todayIn } from '../../src/shared/domain/dates.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const HEADER = 'inspection_code,body,decision_no,decision_date,inspected_unit,topic,covered_from,covered_to,finding_code,finding,recommendation,deadline,fixed_on';
const HOME = 'TTr-BNV-2023,Thanh tra Bộ Nội vụ,1234/QĐ-TTr,2023-09-01,H99.02';
const PERIOD = '2020-01-01,2023-06-30';
/**
 * The ministry's inspection of the Department of Home Affairs (four findings: one fixed early,
 * one never fixed, one fixed after its deadline, one without a deadline) and one of the
 * Department of Finance decided later.
 */
const ROWS = [
  `${HOME},recruitment,${PERIOD},F1,Tuyển dụng không đúng quy trình,Rà soát hồ sơ tuyển dụng,2024-03-31,2024-02-15`,
  `${HOME},recruitment,${PERIOD},F2,Thiếu thông báo tuyển dụng công khai,Công khai thông báo tuyển dụng,2024-03-31,`,
  `${HOME},rank_promotion,${PERIOD},F3,Nâng ngạch thiếu điều kiện,Hủy quyết định nâng ngạch,2024-06-30,2024-07-10`,
  `${HOME},leadership_appointment,${PERIOD},F4,Bổ nhiệm thiếu quy hoạch,Bổ sung quy hoạch,,`,
  `TTr-BNV-2024,Thanh tra Bộ Nội vụ,88/QĐ-TTr,2024-05-01,H99.05,par,2022-01-01,2023-12-31,F1,Chậm công khai thủ tục,Công khai thủ tục,2024-08-31,`,
];

/** `parmon import inspections` and `parmon report inspections` as an operator runs them. */
describeOnEachEngine('parmon import / report inspections', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const file = (name: string, lines: string[]) => {
    const path = join(ctx.dir, name);
    return writeFile(path, `${[HEADER, ...lines].join('\n')}\n`).then(() => path);
  };
  const report = async (...args: string[]) => JSON.parse((await parmon('report', 'inspections', '--json', ...args)).stdout) as Record<string, unknown>;
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
  });

  it('refuses a file with bad rows, naming each by line and field, and imports none of its rows', async () => {
    const bad = await file('bad.csv', [
      ROWS[0]!,
      `${HOME},no_such_topic,${PERIOD},F2,x,y,,`,
      `${HOME},recruitment,${PERIOD},F1,again,y,,`,
      `TTr-BNV-2023,Thanh tra Bộ Nội vụ,1234/QĐ-TTr,2023-09-02,H99.02,par,${PERIOD},F5,x,y,,`,
      `X-1,Body,1/QĐ,2023-13-01,H99.NOPE,par,2023-01-01,2022-01-01,F1,x,y,2024-01-01,2020-01-01`,
      `X-3,Body,1/QĐ,2023-01-01,H99.02,par,2023-01-01,2023-02-01,F1,x,y,2024-01-01,2022-12-31`,
      `X-2,Body,1/QĐ,2023-01-01,H99.02,par,2023-01-01,2023-02-01,,,y,,`,
    ]);
    const e = await fails('import', 'inspections', bad);
    expect(e?.code).toBe(1);
    expect(e!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual([
      '  line 3, topic: unknown_topic ("no_such_topic")',
      '  line 4, finding_code: duplicate ("F1")',
      '  line 5, decision_date: differs_from_earlier_row ("2023-09-02")',
      '  line 6, decision_date: invalid_date ("2023-13-01")',
      '  line 6, covered_to: before_covered_from ("2022-01-01")',
      '  line 6, inspected_unit: unknown_unit ("H99.NOPE")',
      '  line 7, fixed_on: before_decision_date ("2022-12-31")',
      '  line 8, finding_code: required',
      '  line 8, finding: required',
    ]);
    expect(await report('--unit', 'H99', '--descendants')).toEqual({ inspections: 0, findings: 0, fixed: 0, open: 0, overdue: 0, byTopic: {} });
  });

  it('imports the findings with their remedies, and counts them fixed, open and overdue as of any day', async () => {
    const good = await file('good.csv', ROWS);
    expect((await parmon('import', 'inspections', good)).stdout.trim()).toBe('inspections: 2 created, 5 findings added, 0 deadlines moved, 2 remedies resolved');
    const unit = ['--unit', 'H99.02'];
    expect(await report(...unit, '--as-of', '2023-08-31')).toEqual({ inspections: 0, findings: 0, fixed: 0, open: 0, overdue: 0, byTopic: {} });
    expect(await report(...unit, '--as-of', '2024-01-01')).toEqual({
      inspections: 1,
      findings: 4,
      fixed: 0,
      open: 4,
      overdue: 0,
      byTopic: { recruitment: { findings: 2, fixed: 0 }, rank_promotion: { findings: 1, fixed: 0 }, leadership_appointment: { findings: 1, fixed: 0 } },
    });
    // F1 fixed before its deadline; F2's deadline passed.
    expect(await report(...unit, '--as-of', '2024-04-01')).toMatchObject({ findings: 4, fixed: 1, open: 3, overdue: 1, byTopic: { recruitment: { findings: 2, fixed: 1 } } });
    // F3's deadline passed too; it is fixed ten days late.
    expect(await report(...unit, '--as-of', '2024-07-09')).toMatchObject({ fixed: 1, open: 3, overdue: 2 });
    expect(await report(...unit, '--as-of', '2024-07-10')).toMatchObject({ fixed: 2, open: 2, overdue: 1, byTopic: { rank_promotion: { findings: 1, fixed: 1 } } });
    // The province with its subtree: the Department of Finance's inspection counts from its decision.
    expect(await report('--unit', 'H99', '--descendants', '--as-of', '2024-09-01')).toEqual({
      inspections: 2,
      findings: 5,
      fixed: 2,
      open: 3,
      overdue: 2,
      byTopic: { recruitment: { findings: 2, fixed: 1 }, rank_promotion: { findings: 1, fixed: 1 }, leadership_appointment: { findings: 1, fixed: 0 }, par: { findings: 1, fixed: 0 } },
    });
    // Without --descendants, only inspections of the province itself.
    expect(await report('--unit', 'H99', '--as-of', '2024-09-01')).toMatchObject({ inspections: 0, findings: 0 });
    const text = (await parmon('report', 'inspections', '--unit', 'H99.02', '--as-of', '2024-07-10')).stdout;
    expect(text).toContain('H99.02 as of 2024-07-10: 1 inspections; 2 of 4 findings fixed, 2 open, 1 overdue');
  });

  it('changes nothing when the same file is imported again, and moves only what a changed file moves', async () => {
    const good = await file('good.csv', ROWS);
    expect((await parmon('import', 'inspections', good)).stdout.trim()).toBe('inspections: 0 created, 0 findings added, 0 deadlines moved, 0 remedies resolved');
    // F2's deadline moves to the end of the year (from today), and F4 is fixed.
    const today = todayIn('Asia/Ho_Chi_Minh');
    const later = `${today.slice(0, 4)}-12-31`;
    const moved = await file('moved.csv', [ROWS[0]!, ROWS[1]!.replace('2024-03-31,', `${later},`), ROWS[2]!, ROWS[3]!.replace(/,,$/, ',,2024-09-15')]);
    expect((await parmon('import', 'inspections', moved)).stdout.trim()).toBe('inspections: 0 created, 0 findings added, 1 deadlines moved, 1 remedies resolved');
    // The history keeps the old deadline: F2 was overdue then, and is not today.
    expect(await report('--unit', 'H99.02', '--as-of', '2024-07-10')).toMatchObject({ fixed: 2, open: 2, overdue: 1 });
    expect(await report('--unit', 'H99.02', '--as-of', '2024-09-15')).toMatchObject({ fixed: 3, open: 1, overdue: 1 });
    expect(await report('--unit', 'H99.02', '--as-of', today)).toMatchObject({ fixed: 3, open: 1, overdue: 0 });
  });

  it('reads XLSX too, and says which columns are missing, a day that is not one and a unit that does not exist', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('findings');
    for (const line of [HEADER, ROWS[4]!]) sheet.addRow(line.split(','));
    const xlsx = join(ctx.dir, 'same.xlsx');
    await book.xlsx.writeFile(xlsx);
    expect((await parmon('import', 'inspections', xlsx)).stdout.trim()).toBe('inspections: 0 created, 0 findings added, 0 deadlines moved, 0 remedies resolved');
    const cols = join(ctx.dir, 'cols.csv');
    await writeFile(cols, 'inspection_code,body\nX,Y\n');
    expect((await fails('import', 'inspections', cols))!.stderr).toContain('line 1, decision_no: missing_column');
    expect((await fails('report', 'inspections', '--unit', 'H99', '--as-of', '2024-13-01'))!.stderr.trim()).toBe('error: --as-of: "2024-13-01" is not a date (YYYY-MM-DD)');
    expect((await fails('report', 'inspections', '--unit', 'H99.NOPE', '--json'))!.stderr.split('\n')[0]).toBe('error: no unit has this code');
  });
});
