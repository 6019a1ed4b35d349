import { describe, it, expect } from 'vitest';
import { formatOf, readTable, writeTable } from '../../src/server/platform/files/tables.ts';
import { AppError } from '../../src/shared/errors.ts';

const BOM = '\uFEFF';

describe('readTable (CSV)', () => {
  it('reads a BOM-prefixed, semicolon-separated file with normalised header and line numbers', async () => {
    const text = `${BOM} Code ;NAME;Valid_From\r\nHN;Hà Nội;2020-01-01\r\n\r\nHP ; Hải Phòng ;2021-02-03\r\n`;
    const t = await readTable(Buffer.from(text, 'utf8'), 'csv');
    expect(t.header).toEqual(['code', 'name', 'valid_from']);
    expect(t.rows).toEqual([
      { line: 2, values: { code: 'HN', name: 'Hà Nội', valid_from: '2020-01-01' } },
      { line: 4, values: { code: 'HP', name: 'Hải Phòng', valid_from: '2021-02-03' } },
    ]);
  });

  it('reads a comma-separated file without a BOM, keeping semicolons inside values', async () => {
    const t = await readTable(Buffer.from('code,name\nA,x;y\nB,z\n', 'utf8'), 'csv');
    expect(t.header).toEqual(['code', 'name']);
    expect(t.rows).toEqual([
      { line: 2, values: { code: 'A', name: 'x;y' } },
      { line: 3, values: { code: 'B', name: 'z' } },
    ]);
  });

  it('fills missing trailing cells with empty strings', async () => {
    const t = await readTable(Buffer.from('code,name,kind\nA,x\n', 'utf8'), 'csv');
    expect(t.rows).toEqual([{ line: 2, values: { code: 'A', name: 'x', kind: '' } }]);
  });

  it('rejects an empty file as invalid_file', async () => {
    const e = await readTable(Buffer.from('', 'utf8'), 'csv').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid_file');
    expect((e as AppError).details).toEqual({ reason: 'empty' });
  });

  it('rejects malformed CSV as invalid_file', async () => {
    const e = await readTable(Buffer.from('code,name\nA,"unterminated\n', 'utf8'), 'csv').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid_file');
    expect((e as AppError<'invalid_file'>).details.reason).toBe('csv');
  });
});

describe('writeTable (CSV)', () => {
  it('starts with a UTF-8 BOM and writes header then rows', async () => {
    const buf = await writeTable('csv', ['code', 'name', 'n'], [
      { code: 'HN', name: 'Hà Nội', n: 1 },
      { code: 'HP', name: 'Hải Phòng, TP', n: null },
    ]);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.toString('utf8')).toBe(`${BOM}code,name,n\r\nHN,Hà Nội,1\r\nHP,"Hải Phòng, TP",\r\n`);
  });

  it('reads back what it wrote', async () => {
    const rows = [
      { code: 'HN', name: 'Hà Nội; "thủ đô"' },
      { code: 'VTE', name: 'ນະຄອນຫຼວງວຽງຈັນ' },
    ];
    const t = await readTable(await writeTable('csv', ['code', 'name'], rows), 'csv');
    expect(t.header).toEqual(['code', 'name']);
    expect(t.rows).toEqual([
      { line: 2, values: rows[0] },
      { line: 3, values: rows[1] },
    ]);
  });
});

describe('XLSX round trip', () => {
  it('reads back the header and rows written, numbers and nulls as text', async () => {
    const columns = ['code', 'parent_code', 'name', 'valid_from', 'count'];
    const rows = [
      { code: 'VN', parent_code: null, name: 'Việt Nam', valid_from: '2020-01-01', count: 63 },
      { code: 'HN', parent_code: 'VN', name: 'Hà Nội', valid_from: '2020-01-01', count: 30 },
      { code: 'KH', parent_code: null, name: 'កម្ពុជា', valid_from: '2021-06-15', count: null },
    ];
    const xlsx = await writeTable('xlsx', columns, rows, { sheetName: 'units', locale: 'km' });
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    const t = await readTable(xlsx, 'xlsx');
    expect(t.header).toEqual(columns);
    expect(t.rows).toEqual([
      { line: 2, values: { code: 'VN', parent_code: '', name: 'Việt Nam', valid_from: '2020-01-01', count: '63' } },
      { line: 3, values: { code: 'HN', parent_code: 'VN', name: 'Hà Nội', valid_from: '2020-01-01', count: '30' } },
      { line: 4, values: { code: 'KH', parent_code: '', name: 'កម្ពុជា', valid_from: '2021-06-15', count: '' } },
    ]);
  });

  it('reads the same table from CSV and XLSX', async () => {
    const columns = ['code', 'name'];
    const rows = [
      { code: 'A', name: 'Alpha' },
      { code: 'B', name: 'Beta' },
    ];
    const fromCsv = await readTable(await writeTable('csv', columns, rows), 'csv');
    const fromXlsx = await readTable(await writeTable('xlsx', columns, rows), 'xlsx');
    expect(fromXlsx).toEqual(fromCsv);
  });

  it('rejects bytes that are not an XLSX as invalid_file', async () => {
    const e = await readTable(Buffer.from('code,name\nA,B\n'), 'xlsx').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('invalid_file');
    expect((e as AppError).details).toEqual({ reason: 'xlsx' });
  });
});

describe('formatOf', () => {
  it('recognises .csv and .xlsx whatever the case', () => {
    expect(formatOf('units.csv')).toBe('csv');
    expect(formatOf('UNITS.CSV')).toBe('csv');
    expect(formatOf('units.xlsx')).toBe('xlsx');
    expect(formatOf('Units.XLSX')).toBe('xlsx');
  });

  it('throws invalid_file for other extensions', () => {
    for (const name of ['x.txt', 'units.xls', 'units.csv.exe', 'csv']) {
      let error: unknown;
      try {
        formatOf(name);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_file');
      expect((error as AppError).details).toEqual({ reason: 'extension', fileName: name });
    }
  });
});
