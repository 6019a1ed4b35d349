import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const YEAR = Number(new Date().toISOString().slice(0, 4));
const HEADER = 'committee_code,year,unit_code,supervisor_username';
/** The demo's seven key units as seeded, with Finance now followed by the Department of Home Affairs' officer. */
const SELECTION = [
  ['H99.05', 'department'],
  ['H99.10', 'chair'],
  ['H99.13', 'secretariat'],
  ['H99.19', 'chair'],
  ['H99.21', 'leader'],
  ['H99.X01', 'secretariat'],
  ['H99.X01', 'department'],
  ['H99.X05', 'science'],
].map(([unit, who]) => `BCD-H99,${YEAR},${unit},${who}`);

/** `parmon import key-units` as an operator runs it. */
describeOnEachEngine('parmon import key-units', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const file = (name: string, lines: string[]) => {
    const path = join(ctx.dir, name);
    return writeFile(path, `${[HEADER, ...lines].join('\n')}\n`).then(() => path);
  };
  beforeAll(async () => {
    await parmon('seed', 'demo', '--demo-accounts', '--no-dossiers', '--no-rounds');
    // Another province: a unit outside the demo committee's scope.
    await writeFile(join(ctx.dir, 'h98.csv'), 'code,parent_code,kind,name,valid_from,valid_to\nH98,,province,Tỉnh Khác,2020-01-01,\n');
    await parmon('units', 'import', join(ctx.dir, 'h98.csv'));
  });

  it('refuses a file with bad rows, naming each by line and field, and imports none of its rows', async () => {
    const bad = await file('bad.csv', [
      `BCD-H99,${YEAR},H99.05,chair`,
      `NO-SUCH,${YEAR},H99.05,leader`,
      `BCD-H99,20x6,H99.05,leader`,
      `BCD-H99,${YEAR},H99.NOPE,leader`,
      `BCD-H99,${YEAR},H98,leader`,
      `BCD-H99,${YEAR},H99.10,commune`,
      `BCD-CCHC-H99,${YEAR},H99.10,leader`,
    ]);
    const e = await fails('import', 'key-units', bad, '--from', `${YEAR}-07-01`);
    expect(e?.code).toBe(1);
    expect(e!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual([
      '  line 3, committee_code: unknown_committee ("NO-SUCH")',
      '  line 4, year: not_a_whole_number ("20x6")',
      '  line 5, unit_code: unknown_unit ("H99.NOPE")',
      '  line 6, unit_code: unit_out_of_scope ("H98")',
      '  line 7, supervisor_username: not_a_member ("commune")',
      '  line 8, year: committee_not_in_force ("' + YEAR + '")',
    ]);
  });

  it('changes the selection from a day on, and changes nothing when the same file is imported again', async () => {
    const good = await file('good.csv', SELECTION);
    expect((await parmon('import', 'key-units', good, '--from', `${YEAR}-07-01`)).stdout.trim()).toBe('key units of 1 committee year(s): 1 assignments opened, 1 ended');
    // Replayed, and so also proving the refused file above wrote nothing (its first row would differ).
    expect((await parmon('import', 'key-units', good, '--from', `${YEAR}-07-01`)).stdout.trim()).toBe('key units of 1 committee year(s): 0 assignments opened, 0 ended');
  });

  it('reads XLSX too, and says which columns are missing', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('key units');
    for (const line of [HEADER, ...SELECTION]) sheet.addRow(line.split(','));
    const xlsx = join(ctx.dir, 'same.xlsx');
    await book.xlsx.writeFile(xlsx);
    expect((await parmon('import', 'key-units', xlsx, '--from', `${YEAR}-07-01`)).stdout.trim()).toBe('key units of 1 committee year(s): 0 assignments opened, 0 ended');
    const cols = join(ctx.dir, 'cols.csv');
    await writeFile(cols, 'committee_code,year,unit_code\nBCD-H99,2026,H99.05\n');
    expect((await fails('import', 'key-units', cols))!.stderr).toContain('line 1, supervisor_username: missing_column');
  });
});
