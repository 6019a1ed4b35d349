import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** `parmon import holidays` as an operator runs it (the days and the counts they change: calendar.test.ts). */
describeOnEachEngine('parmon import holidays', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const file = async (name: string, lines: string[]) => {
    const path = join(ctx.dir, name);
    await writeFile(path, `${lines.join('\n')}\n`);
    return path;
  };

  it('refuses a file with bad rows, naming each by line and field, and imports none of its rows', async () => {
    const bad = await file('bad.csv', ['country,date,name,working', 'VN,2026-11-24,Ngày Văn hóa Việt Nam,', 'LA,2026-13-01,x,', 'VN,2026-03-10,Làm bù,yes', 'KH,2026-04-14,x,']);
    const e = await fails('import', 'holidays', bad);
    expect(e?.code).toBe(1);
    expect(e!.stderr.split('\n')[0]).toBe('error: the file has invalid rows; nothing was imported');
    expect(e!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual([
      '  line 3, date: invalid_date ("2026-13-01")',
      '  line 4, working: working_not_weekend ("yes")',
      '  line 5, country: unknown_country ("KH")',
    ]);
    const noName = await file('no-name.csv', ['country,date', 'VN,2026-11-24']);
    expect((await fails('import', 'holidays', noName))!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual(['  line 1, name: missing_column']);
    // Nothing of the bad file was stored: its good row is still new.
    const good = await file('good.csv', ['country,date,name', 'VN,2026-11-24,Ngày Văn hóa Việt Nam']);
    expect((await parmon('import', 'holidays', good)).stdout.trim()).toBe('calendar days: 1 created, 0 changed, 0 unchanged');
  });

  it('imports from XLSX, and changes nothing when the same file comes again', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('holidays');
    ws.addRow(['country', 'date', 'name', 'working', 'name_en']);
    ws.addRow(['LA', '2026-04-17', 'ບຸນປີໃໝ່ລາວ', '', 'Lao New Year']);
    ws.addRow(['VN', '2026-03-07', 'Ngày làm bù', 1, '']);
    // A shipped day, as shipped, in Lao: unchanged.
    ws.addRow(['LA', '2026-04-14', 'ບຸນປີໃໝ່ລາວ', 0, 'Lao New Year (Pi Mai)']);
    const path = join(ctx.dir, 'holidays.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await parmon('import', 'holidays', path)).stdout.trim()).toBe('calendar days: 2 created, 0 changed, 1 unchanged');
    expect((await parmon('import', 'holidays', path)).stdout.trim()).toBe('calendar days: 0 created, 0 changed, 3 unchanged');
  });
});
