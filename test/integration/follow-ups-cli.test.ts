import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const HEADER = 'code,source_kind,source_ref,raised_on,raised_by_unit,field,addressed_to_unit,text,responsible_unit,deadline,status,answered_on,resolved_on,text_en';
/**
 * A dialogue's questions as a province keeps them in a spreadsheet: answered on the spot,
 * assigned with deadlines, resolved, declined; one raised by a commune to its own committee.
 */
const ROWS = [
  'DT2-01,meeting,DT-2026-2,2026-03-10,H99.02,land,H99,Bảng giá đất chậm điều chỉnh,H99.02,2026-04-30,answered,2026-04-20,,Land prices',
  'DT2-02,meeting,DT-2026-2,2026-03-10,H99.02,health,H99,Thiếu thuốc,H99.02,2026-03-31,assigned,,,Drug shortage',
  'DT2-03,meeting,DT-2026-2,2026-03-10,H99.02,land,H99,Thu hồi đất chậm,H99.02,2026-04-15,resolved,2026-04-01,2026-04-10,',
  'DT2-04,meeting,DT-2026-2,2026-03-10,H99.02,staffing,H99,Thiếu biên chế,,,declined,,2026-03-20,',
  'DT2-05,direct,,2026-03-12,H99.X05,procedures,H99.X05,Đùn đẩy trách nhiệm,,,open,,,',
];

/** `parmon import follow-ups` and `parmon report follow-ups` as an operator runs them. */
describeOnEachEngine('parmon import and report follow-ups', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const csv = async (name: string, lines: string[]) => {
    const path = join(ctx.dir, name);
    await writeFile(path, `${[HEADER, ...lines].join('\n')}\n`);
    return path;
  };
  const report = async (...args: string[]) => JSON.parse((await parmon('report', 'follow-ups', ...args, '--json')).stdout) as Record<string, unknown>;
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
  });

  it('refuses a file with bad rows, naming each by line and field, and imports none of its rows', async () => {
    const bad = await csv('bad.csv', [
      ROWS[0]!,
      'DT2-01,meeting,,2026-03-10,H99.02,land,H99,Trùng mã,,,,,,',
      'X-2,party,,2026-03-10,H99.02,land,H99,x,,,,,,',
      'X-3,direct,,2026-13-01,H99.02,land,H99,x,,,,,,',
      'X-4,direct,,2026-03-10,H99.02,mining,H99.NOPE,x,,,,,,',
      'X-5,direct,,2026-03-10,H99.02,land,H99,,,,,,,',
      'X-6,direct,,2026-03-10,H99.02,land,H99,x,H99.02,2026-03-01,resolved,,,',
    ]);
    const e = await fails('import', 'follow-ups', bad);
    expect(e?.code).toBe(1);
    expect(e!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual([
      '  line 3, code: duplicate ("DT2-01")',
      '  line 4, source_kind: unknown_source_kind ("party")',
      '  line 5, raised_on: invalid_date ("2026-13-01")',
      '  line 6, field: unknown_field ("mining")',
      '  line 6, addressed_to_unit: unknown_unit ("H99.NOPE")',
      '  line 7, text: required',
      '  line 8, deadline: before_raised ("2026-03-01")',
      '  line 8, status: status_conflict ("resolved")',
    ]);
    expect(await report('--unit', 'H99', '--descendants')).toMatchObject({ raised: 0 });
  });

  it('imports all rows, reports the issue’s figures, and changes nothing when imported again', async () => {
    const good = await csv('good.csv', ROWS);
    expect((await parmon('import', 'follow-ups', good)).stdout.trim()).toBe('follow-up items: 5 created, 0 changed, 0 unchanged');
    const expected = {
      unit: 'H99',
      asOf: '2026-04-25',
      raised: 5,
      answered: 2,
      answeredInTime: 2,
      resolved: 1,
      declined: 1,
      open: 3,
      overdue: 1,
      byField: {
        land: { raised: 2, resolved: 1, open: 1, overdue: 0 },
        health: { raised: 1, resolved: 0, open: 1, overdue: 1 },
        staffing: { raised: 1, resolved: 0, open: 0, overdue: 0 },
        procedures: { raised: 1, resolved: 0, open: 1, overdue: 0 },
      },
    };
    expect(await report('--unit', 'H99', '--descendants', '--as-of', '2026-04-25')).toEqual(expected);
    // Without the subtree: the commune's own item (raised by and to the commune) is not the province's.
    expect(await report('--unit', 'H99', '--as-of', '2026-04-25')).toMatchObject({ raised: 4, open: 2 });
    expect(await report('--unit', 'H99', '--descendants', '--as-of', '2026-03-15')).toMatchObject({ raised: 5, answered: 0, resolved: 0, declined: 0, open: 5, overdue: 0 });

    expect((await parmon('import', 'follow-ups', good)).stdout.trim()).toBe('follow-up items: 0 created, 0 changed, 5 unchanged');
    expect(await report('--unit', 'H99', '--descendants', '--as-of', '2026-04-25')).toEqual(expected);
    const text = (await parmon('report', 'follow-ups', '--unit', 'H99', '--descendants', '--as-of', '2026-04-25')).stdout;
    expect(text.split('\n')[0]).toBe('H99 as of 2026-04-25: 5 raised; 2 answered (2 in time); 1 resolved; 1 declined; 3 open (1 overdue)');
  });

  it('reads XLSX, and carries a later step of an item already imported', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('items');
    sheet.addRow(HEADER.split(','));
    sheet.addRow('DT2-02,meeting,DT-2026-2,2026-03-10,H99.02,health,H99,Thiếu thuốc,H99.02,2026-03-31,resolved,2026-04-02,2026-05-01,Drug shortage'.split(','));
    const path = join(ctx.dir, 'later.xlsx');
    await writeFile(path, Buffer.from(await book.xlsx.writeBuffer()));
    expect((await parmon('import', 'follow-ups', path)).stdout.trim()).toBe('follow-up items: 0 created, 1 changed, 0 unchanged');
    // DT2-02 answered late (04-02, deadline 03-31) and resolved 05-01; DT2-01 answered but past its deadline (04-30).
    expect(await report('--unit', 'H99', '--descendants', '--as-of', '2026-05-02')).toMatchObject({ raised: 5, answered: 3, answeredInTime: 2, resolved: 2, overdue: 1 });
  });
});
