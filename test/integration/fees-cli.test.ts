import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** `parmon import fees` as an operator runs it (what is stored, the hook and the audit: fees.test.ts). */
describeOnEachEngine('parmon import fees', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const file = async (name: string, lines: string[]) => {
    const path = join(ctx.dir, name);
    await writeFile(path, `${lines.join('\n')}\n`);
    return path;
  };

  it('refuses a file with bad rows, naming each by line and field, and imports none of its rows', async () => {
    const catalogue = await file('procedures.csv', ['code,name,field,level,statutory_days,fee_required,online_level', '2.000815,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,15,có,full']);
    expect((await parmon('import', 'procedures', catalogue)).stdout.trim()).toBe('procedures: 1 created, 0 updated');
    const bad = await file('bad.csv', ['procedure_code,valid_from,fee,online_fee,currency', '2.000815,2025-01-01,150000,75000,VND', '2.000816,2025-01-01,1000,,VND', '2.000815,2026-01-01,abc,,VND', '2.000815,2027-01-01,100,200,LAK']);
    const e = await fails('import', 'fees', bad);
    expect(e?.code).toBe(1);
    expect(e!.stderr.split('\n')[0]).toBe('error: the file has invalid rows; nothing was imported');
    expect(e!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual([
      '  line 3, procedure_code: unknown_procedure ("2.000816")',
      '  line 4, fee: not_an_amount ("abc")',
      '  line 5, online_fee: online_fee_above_fee ("200")',
    ]);
    const noCurrency = await file('no-currency.csv', ['procedure_code,valid_from,fee,online_fee', '2.000815,2025-01-01,150000,']);
    expect((await fails('import', 'fees', noCurrency))!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual(['  line 1, currency: missing_column']);
    // Nothing of the bad file was stored: its good row is still new.
    const good = await file('good.csv', ['procedure_code,valid_from,fee,online_fee,currency', '2.000815,2025-01-01,150000,75000,VND']);
    expect((await parmon('import', 'fees', good)).stdout.trim()).toBe('fees: 1 created, 0 changed, 0 unchanged');
  });

  it('imports from XLSX, and changes nothing when the same file comes again', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('fees');
    ws.addRow(['procedure_code', 'valid_from', 'fee', 'online_fee', 'currency']);
    // Numbers and a date typed as spreadsheets hold them; the first row is the one stored above.
    ws.addRow(['2.000815', '2025-01-01', 150000, 75000, 'VND']);
    ws.addRow(['2.000815', new Date(Date.UTC(2026, 6, 1)), 100000, 50000.5, 'VND']);
    ws.addRow(['2.000815', '2023-01-01', 150000, null, 'VND']);
    const path = join(ctx.dir, 'fees.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await parmon('import', 'fees', path)).stdout.trim()).toBe('fees: 2 created, 0 changed, 1 unchanged');
    expect((await parmon('import', 'fees', path)).stdout.trim()).toBe('fees: 0 created, 0 changed, 3 unchanged');
  });
});
