import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

/** Two ministries, three departments (the shipped kinds of the same tiers as the Lao ones). */
const UNITS = [
  'code,parent_code,kind,name,valid_from,valid_to',
  'LA,,country,Lào,2020-01-01,',
  'LA-MOES,LA,ministry,Bộ Giáo dục và Thể thao Lào,2020-01-01,',
  'LA-MOES.D01,LA-MOES,department,Cục 1,2020-01-01,',
  'LA-MOES.D02,LA-MOES,department,Cục 2,2020-01-01,',
  'LA-MOF,LA,ministry,Bộ Tài chính Lào,2020-01-01,',
  'LA-MOF.D01,LA-MOF,department,Cục Ngân sách,2020-01-01,',
];
const HEADER = 'unit_code,version,position_code,title,category,grade,posts,status,submitted_on,approved_on,decision_no,title_en';
const ROWS = [
  'LA-MOES.D01,1,E1,ຫົວໜ້າກົມ,leadership,I,1,approved,2026-01-20,2026-02-15,15/ກພ,Director general',
  'LA-MOES.D01,1,E2,ວິຊາການ,professional,III,6,approved,2026-01-20,2026-02-15,15/ກພ,Technical officer',
  'LA-MOES.D02,1,S1,ຫົວໜ້າກົມ,leadership,I,1,submitted,2026-02-01,,,Director general',
  'LA-MOES.D02,1,S2,ພະນັກງານບໍລິການ,support,V,3,submitted,2026-02-01,,,Service staff',
  'LA-MOF.D01,1,F1,ວິຊາການ,professional,III,4,,,,,Technical officer',
];

/** `parmon import positions` and `parmon report positions` as an operator runs them. */
describeOnEachEngine('parmon import and report positions', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const file = async (name: string, lines: string[]) => {
    const path = join(ctx.dir, name);
    await writeFile(path, `${lines.join('\n')}\n`);
    return path;
  };
  const counts = async (...args: string[]) => (await parmon('report', 'positions', ...args, '--json')).stdout.trim();
  beforeAll(async () => {
    await parmon('units', 'import', await file('units.csv', UNITS));
  });

  it('refuses a file with bad rows, naming each by line and field, and imports none of its rows', async () => {
    const bad = await file('bad.csv', [
      HEADER,
      ROWS[0]!,
      'LA-MOES.D01,1,E1,ຊ້ຳ,professional,,1,approved,2026-01-20,2026-02-15,15/ກພ,',
      'LA-NOPE,1,X1,x,professional,,1,,,,,',
      'LA-MOF.D01,0,X2,x,professional,,1,,,,,',
      'LA-MOF.D01,1,X3,x,mining,,1,,,,,',
      'LA-MOF.D01,1,X4,x,professional,,-2,,,,,',
      'LA-MOES.D01,1,E3,x,support,,1,submitted,2026-01-20,,,',
      'LA-MOES.D02,1,S1,x,leadership,,1,approved,2026-02-01,,,',
      'LA-MOES.D02,2,S1,x,leadership,,1,approved,2026-03-01,2026-02-01,9/X,',
    ]);
    const e = await fails('import', 'positions', bad);
    expect(e?.code).toBe(1);
    expect(e!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual([
      '  line 3, position_code: duplicate ("E1")',
      '  line 4, unit_code: unknown_unit ("LA-NOPE")',
      '  line 5, version: not_a_whole_number ("0")',
      '  line 6, category: unknown_category ("mining")',
      '  line 7, posts: not_a_whole_number ("-2")',
      '  line 8, status: differs_from_list_rows ("submitted")',
      '  line 9, status: list_status_conflict ("approved")',
      '  line 10, approved_on: before_submitted ("2026-02-01")',
    ]);
    const noPosts = await file('no-posts.csv', ['unit_code,version,position_code,title,category,grade', 'LA-MOF.D01,1,F1,x,professional,']);
    expect((await fails('import', 'positions', noPosts))!.stderr.split('\n').filter((l) => l.startsWith('  line'))).toEqual(['  line 1, posts: missing_column']);
    expect(await counts('--as-of', '2026-12-31')).toBe('{"asOf":"2026-12-31","sectors":{"total":2,"submitted":0,"approved":0},"departments":{"total":3,"notStarted":3,"draft":0,"submitted":0,"commented":0,"approved":0,"returned":0},"positions":0,"posts":0}');
  });

  it('imports every list, reports exact counts as of a day, and changes nothing when the same file comes again', async () => {
    const good = await file('good.csv', [HEADER, ...ROWS]);
    expect((await parmon('import', 'positions', good)).stdout.trim()).toBe('position lists: 3 created, 0 changed, 0 unchanged');
    expect(await counts('--as-of', '2026-01-31')).toBe('{"asOf":"2026-01-31","sectors":{"total":2,"submitted":1,"approved":0},"departments":{"total":3,"notStarted":2,"draft":0,"submitted":1,"commented":0,"approved":0,"returned":0},"positions":2,"posts":7}');
    expect(await counts('--unit', 'LA-MOES', '--as-of', '2026-03-01')).toBe('{"asOf":"2026-03-01","sectors":{"total":1,"submitted":1,"approved":0},"departments":{"total":2,"notStarted":0,"draft":0,"submitted":1,"commented":0,"approved":1,"returned":0},"positions":4,"posts":11}');
    const before = await counts('--as-of', '2026-12-31');
    expect((await parmon('import', 'positions', good)).stdout.trim()).toBe('position lists: 0 created, 0 changed, 3 unchanged');
    expect(await counts('--as-of', '2026-12-31')).toBe(before);
  });

  it('takes a later file that approves a submitted list, from XLSX, as the steps the list lacks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('positions');
    ws.addRow(HEADER.split(','));
    for (const [code, title, category, grade, posts, en] of [['S1', 'ຫົວໜ້າກົມ', 'leadership', 'I', 1, 'Director general'], ['S2', 'ພະນັກງານບໍລິການ', 'support', 'V', 3, 'Service staff']] as const) ws.addRow(['LA-MOES.D02', 1, code, title, category, grade, posts, 'approved', '2026-02-01', '2026-03-10', '21/ກພ', en]);
    const path = join(ctx.dir, 'approved.xlsx');
    await wb.xlsx.writeFile(path);
    expect((await parmon('import', 'positions', path)).stdout.trim()).toBe('position lists: 0 created, 1 changed, 0 unchanged');
    expect((await parmon('import', 'positions', path)).stdout.trim()).toBe('position lists: 0 created, 0 changed, 1 unchanged');
    expect(await counts('--unit', 'LA-MOES', '--as-of', '2026-03-10')).toBe('{"asOf":"2026-03-10","sectors":{"total":1,"submitted":1,"approved":1},"departments":{"total":2,"notStarted":0,"draft":0,"submitted":0,"commented":0,"approved":2,"returned":0},"positions":4,"posts":11}');
    const text = (await parmon('report', 'positions', '--as-of', '2026-03-10')).stdout.split('\n');
    expect(text[0]).toBe('job positions as of 2026-03-10, every sector');
    expect(text[1]).toBe('sectors: 2, submitted 1, approved 1');
    expect(text.find((l) => l.startsWith('total'))?.split(/\s+/)).toEqual(['total', '3', '1', '0', '0', '0', '2', '0', '4', '11']);
  });
});
