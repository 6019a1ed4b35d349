import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/shared/locales.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { demoName } from '../data/demo-names.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

/** Dossiers of July and August 2025 at a department and at a commune. */
const DOSSIERS = `code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status
PR-1,H99.X05,2.000815,online,2025-07-10T08:00:00+07:00,2025-07-11T17:00:00+07:00,2025-07-11T09:00:00+07:00,resolved
PR-2,H99.X05,1.001193,direct,2025-08-12T08:00:00+07:00,2025-08-13T17:00:00+07:00,2025-08-15T09:00:00+07:00,resolved
PR-3,H99.02,1.001612,online,2025-08-15T08:00:00+07:00,2025-08-18T17:00:00+07:00,,processing
`;

const THIN = { style: 'thin' };
const BORDERED = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TYPEFACE: Partial<Record<Locale, string>> = { vi: 'Times New Roman', lo: 'Noto Sans Lao' };

async function workbookOf(xlsx: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  return book;
}

/** Every written cell's text on a sheet. */
const textsOf = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(cell.text)));
  return out;
};

/**
 * The print setup every report sheet has: A4, scaled to one page wide (fitToPage, which makes
 * fitToWidth count), the header rows repeated and frozen, borders, explicit heights, the
 * reader's typeface on every written cell.
 */
function expectPrintable(ws: ExcelJS.Worksheet, locale: Locale, o: { header: [number, number]; orientation: 'portrait' | 'landscape'; titleHeight: number; dataCell: string }) {
  const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow } = ws.pageSetup;
  expect({ paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow }).toEqual({ paperSize: 9, orientation: o.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${o.header[0]}:${o.header[1]}` });
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: o.header[1] });
  expect(ws.getRow(1).height).toBe(o.titleHeight);
  // a header row of wrapped headings is at least two lines tall (Excel's default is 15 pt)
  const headerHeight = Math.max(...Array.from({ length: o.header[1] - o.header[0] + 1 }, (_, i) => ws.getRow(o.header[0] + i).height));
  expect(headerHeight).toBeGreaterThanOrEqual(locale === 'lo' ? 40.9 : 34.5);
  expect(ws.getCell(o.header[1], 1).border).toEqual(BORDERED);
  expect(ws.getCell(o.dataCell).border).toEqual(BORDERED);
  const fonts = new Set<string>();
  ws.eachRow((row) => row.eachCell((cell) => void fonts.add(String(cell.font?.name))));
  expect([...fonts]).toEqual([TYPEFACE[locale]]);
}

describeOnEachEngine('the Excel exports as printed reports', (engine) => {
  let h: Harness;
  let admin: Session;
  const get = async (url: string) => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(admin) });
    expect(res.statusCode, res.body).toBe(200);
    return workbookOf(res.rawPayload);
  };

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, rounds: true });
    admin = await signIn(h.app, 'admin');
    const body = multipartBody({}, [{ name: 'dossiers.csv', content: DOSSIERS }]);
    const res = await h.app.inject({ method: 'POST', url: '/api/dossiers/import', payload: body.payload, headers: { ...as(admin), ...body.headers } });
    expect(res.statusCode, res.body).toBe(200);
  });
  afterAll(() => h.close());

  describe('the one-stop report', () => {
    it('prints on A4 landscape, one page wide, dates as dates and figures as numbers', async () => {
      const book = await get('/api/dossiers/report.xlsx?unit=H99&from=2025-07-01&to=2025-09-30&locale=vi');
      const [units, , , months] = book.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
      // title, unit and period, prepared on, a spacer; the header on rows 5–6, data from 7
      expectPrintable(units, 'vi', { header: [5, 6], orientation: 'landscape', titleHeight: 25.4, dataCell: 'C7' });
      expect(units.getCell('A1').text).toBe('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
      expect(units.getCell('A2').text).toBe('Đơn vị: Tỉnh Sơn Hà — Kỳ báo cáo: từ 01/07/2025 đến 30/09/2025');
      expect(units.getCell('A3').text).toMatch(/^Ngày lập: \d{2}\/\d{2}\/\d{4}$/);
      expect([units.getCell('C5').text, units.getCell('C6').text]).toEqual(['Số hồ sơ nhận giải quyết', 'Tổng số']);
      expect(units.getCell('C7').value).toBe(1);
      expect(units.getCell('C7').numFmt).toBe('#,##0');
      expect(units.getCell('P7').numFmt).toBe('0.00%');
      expect(units.getCell('P7').value).toBe(0);
      expect(textsOf(units)).toEqual(expect.arrayContaining([`H99.02 ${demoName('unit H99.02', 'vi')}`, `H99.X05 ${demoName('unit H99.X05', 'vi')}`]));
      // months as real dates shown mm/yyyy
      expect([months.getCell('B7').value, months.getCell('B8').value]).toEqual([new Date(Date.UTC(2025, 6, 1)), new Date(Date.UTC(2025, 7, 1))]);
      expect(months.getCell('B7').numFmt).toBe('mm/yyyy');
    });

    it('in Lao: Lao headings, Lao unit names, the Lao typeface, taller rows', async () => {
      const units = (await get('/api/dossiers/report.xlsx?unit=H99&from=2025-07-01&to=2025-09-30&locale=lo')).worksheets[0]!;
      expectPrintable(units, 'lo', { header: [5, 6], orientation: 'landscape', titleHeight: 29.6, dataCell: 'C7' });
      expect([units.getCell('A5').text, units.getCell('C5').text]).toEqual(['ລ/ດ', 'ຈຳນວນເອກະສານທີ່ຮັບແກ້ໄຂ']);
      const texts = textsOf(units);
      expect(texts).toEqual(expect.arrayContaining([`H99.02 ${demoName('unit H99.02', 'lo')}`, `H99.X05 ${demoName('unit H99.X05', 'lo')}`]));
      expect(texts.filter((t) => t.includes(demoName('unit H99.02', 'vi')) || t.includes(demoName('unit H99.02', 'en')))).toEqual([]);
    });
  });

  describe('the task list and the league table', () => {
    it('writes a report in the reader’s language: headings, plan and unit names, states, standings, dates', async () => {
      const vi = (await get('/api/tasks/export?plan=CT-02&asOf=2026-12-31&format=xlsx&locale=vi')).worksheets[0]!;
      const lo = (await get('/api/tasks/export?plan=CT-02&asOf=2026-12-31&format=xlsx&locale=lo')).worksheets[0]!;
      // title, plan, as of and prepared on, a spacer, the header on row 5
      expectPrintable(vi, 'vi', { header: [5, 5], orientation: 'landscape', titleHeight: 25.4, dataCell: 'B6' });
      expectPrintable(lo, 'lo', { header: [5, 5], orientation: 'landscape', titleHeight: 29.6, dataCell: 'B6' });
      expect(vi.getCell('A2').text).toBe(`Kế hoạch: ${demoName('plan CT-02', 'vi')}`);
      expect(lo.getCell('A2').text).toBe(`ແຜນການ: ${demoName('plan CT-02', 'lo')}`);
      expect(vi.getCell('A3').text).toMatch(/^Tính đến ngày 31\/12\/2026 — Ngày lập: /);
      const headings = (ws: ExcelJS.Worksheet) => (ws.getRow(5).values as ExcelJS.CellValue[]).slice(1);
      expect(headings(vi).slice(0, 5)).toEqual(['STT', 'Mã nhiệm vụ', 'Tên nhiệm vụ', 'Lĩnh vực cải cách', 'Đơn vị chủ trì']);
      expect(headings(lo).slice(0, 5)).toEqual(['ລ/ດ', 'ລະຫັດໜ້າວຽກ', 'ຊື່ໜ້າວຽກ', 'ຂົງເຂດປະຕິຮູບ', 'ຫົວໜ່ວຍຮັບຜິດຊອບ']);
      // assigned on: a date cell (column G), progress an integer (column K)
      expect(vi.getCell('G6').value).toBeInstanceOf(Date);
      expect(vi.getCell('G6').numFmt).toBe('dd/mm/yyyy');
      expect(typeof vi.getCell('K6').value).toBe('number');
      expect(vi.getCell('K6').numFmt).toBe('#,##0');
      const loTexts = textsOf(lo);
      expect(loTexts).toEqual(expect.arrayContaining([demoName('unit H99.21', 'lo'), demoName('unit H99.X05', 'lo')]));
      expect(loTexts.some((t) => ['ກຳລັງປະຕິບັດ', 'ສຳເລັດແລ້ວ'].includes(t))).toBe(true);
      expect(loTexts.filter((t) => ['open', 'completed', 'inTime', 'overdue', 'early', 'onTime', 'late', 'institutions', 'H99.21'].includes(t))).toEqual([]);
      expect(textsOf(vi)).not.toContain(demoName('unit H99.21', 'lo'));
    });

    it('ranks units in the league table with grouped headings, a total row and the rate as a percentage', async () => {
      const ws = (await get('/api/task-statistics/export?plan=CT-02&format=xlsx&locale=lo')).worksheets[0]!;
      expectPrintable(ws, 'lo', { header: [5, 6], orientation: 'landscape', titleHeight: 29.6, dataCell: 'D7' });
      expect([ws.getCell('E5').text, ws.getCell('E6').text, ws.getCell('I5').text]).toEqual(['ສຳເລັດແລ້ວ', 'ລວມ', 'ຍັງບໍ່ສຳເລັດ']);
      const last = ws.getRow(ws.rowCount);
      expect(last.getCell(3).text).toBe('ລວມທັງໝົດ');
      expect(last.getCell(3).font).toMatchObject({ bold: true });
      expect(last.getCell(12).numFmt).toBe('0.00%');
      expect(typeof last.getCell(12).value).toBe('number');
      expect(textsOf(ws)).toEqual(expect.arrayContaining([demoName('unit H99.21', 'lo')]));
    });
  });

  it('titles round results by the framework and the year, points to two decimals, one page wide', async () => {
    const ws = (await get('/api/rounds/NB-DEMO-2/export?format=xlsx&locale=vi')).worksheets[0]!;
    expectPrintable(ws, 'vi', { header: [5, 6], orientation: 'landscape', titleHeight: 25.4, dataCell: 'E7' });
    expect(ws.getCell('A1').text).toBe(`KẾT QUẢ ĐÁNH GIÁ ${demoName('framework INTERNAL-DEPARTMENT-EXAMPLE', 'vi')} NĂM ${new Date().getUTCFullYear() - 1}`);
    expect(ws.getCell('A1').text).not.toContain('NB-DEMO');
    expect(ws.getCell('A3').text).toBe('Kết quả đã được chốt.');
    expect([ws.getCell('E7').numFmt, ws.getCell('F7').numFmt, ws.getCell('I7').numFmt, ws.getCell('J7').numFmt]).toEqual(['#,##0.00', '0.00%', '#,##0.00', '0.00%']);
    expect(typeof ws.getCell('E7').value).toBe('number');
    const lo = (await get('/api/rounds/NB-DEMO-2/export?format=xlsx&locale=lo')).worksheets[0]!;
    expectPrintable(lo, 'lo', { header: [5, 6], orientation: 'landscape', titleHeight: 29.6, dataCell: 'E7' });
    expect(textsOf(lo)).toEqual(expect.arrayContaining([demoName('unit H99.02', 'lo')]));
  });

  it('lays out the round-trip files (units, framework) for printing, keys in row 1 unchanged', async () => {
    const units = (await get('/api/units/export?asOf=2026-01-01&format=xlsx&nameLocale=lo')).worksheets[0]!;
    expect((units.getRow(1).values as ExcelJS.CellValue[]).slice(1, 7)).toEqual(['code', 'parent_code', 'kind', 'name', 'valid_from', 'valid_to']);
    expect(units.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(units.getCell('A1').border).toEqual(BORDERED);
    expect(units.getCell('D2').border).toEqual(BORDERED);
    expect(units.getCell('D2').font).toMatchObject({ name: 'Noto Sans Lao' });
    expect(units.getColumn(4).width).toBeGreaterThan(20);
    const nodes = (await get('/api/frameworks/INTERNAL-DEPARTMENT-EXAMPLE/export.xlsx')).getWorksheet('nodes')!;
    expect((nodes.getRow(1).values as ExcelJS.CellValue[]).slice(1, 4)).toEqual(['key', 'parent_key', 'code']);
    expect(nodes.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(nodes.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // each language's names in its own typeface, the rest in the reader's (the administrator reads Vietnamese)
    const column = (key: string) => (nodes.getRow(1).values as ExcelJS.CellValue[]).indexOf(key);
    expect([nodes.getCell(2, column('name_lo')).font?.name, nodes.getCell(2, column('name_km')).font?.name, nodes.getCell(2, column('key')).font?.name]).toEqual(['Noto Sans Lao', 'Noto Sans Khmer', 'Times New Roman']);
  });
});
