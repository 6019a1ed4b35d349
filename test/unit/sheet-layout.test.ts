import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportWorkbook } from '../../src/server/platform/documents/report-sheet.ts';
import { fitWidth, linesOf, orientationFor, rowHeight } from '../../src/server/platform/documents/sheet-layout.ts';
import { textWidth } from '../../src/server/platform/documents/text-width.ts';

describe('the spreadsheet layout rules', () => {
  it('measures text in digits: combining marks take no width, Lao, Thai and Khmer letters 1.3', () => {
    expect(textWidth('Sở Nội vụ')).toBe(9);
    expect(textWidth('Sở Nội vụ'.normalize('NFD'))).toBe(9);
    // ພ ະ ແ ນ ກ ພ າ ຍ ໃ ນ: ten letters, no marks
    expect(textWidth('ພະແນກພາຍໃນ')).toBe(13);
    // ຕ າ ແ ສ ງ ເ ຕ ິ ນ ເ ລ ີ ບ: eleven letters and two vowel marks above
    expect(textWidth('ຕາແສງເຕິນເລີບ')).toBe(14.3);
  });

  it('wraps word by word in a column, less a digit of margins, and cuts words wider than it', () => {
    expect(linesOf('Số hồ sơ nhận giải quyết', 10)).toBe(3); // "Số hồ sơ" | "nhận giải" | "quyết"
    expect(linesOf('Tổng số', 10)).toBe(1);
    expect(linesOf('ການຈົດທະບຽນພົນລະເມືອງ', 8)).toBe(4); // 23.4 digits, no spaces, 7 a line
    expect(linesOf('a\nb c', 20)).toBe(2);
  });

  it('gives rows the height of their lines in the reader’s script: a first line of 1.6 × the size in Vietnamese, 1.9 in Lao, 2.1 in Khmer, each further line 0.35 less, plus 3 pt', () => {
    expect(rowHeight(1, 14, 'vi')).toBe(25.4); // 14 × 1.6 + 3
    expect(rowHeight(1, 11, 'km')).toBe(26.1); // 11 × 2.1 + 3
    expect(rowHeight(3, 11, 'lo')).toBe(58); // 11 × (1.9 + 2 × 1.55) + 3
    expect(rowHeight(3, 11, 'en')).toBe(44.8); // 11 × (1.5 + 2 × 1.15) + 3
  });

  it('fits a column to its widest value and its heading’s longest word, within its limits', () => {
    expect(fitWidth('Đơn vị', ['Sở Nội vụ', 'Sở Tài nguyên và Môi trường'], { min: 20, max: 45 })).toBe(29);
    expect(fitWidth('Đơn vị', ['Sở Nội vụ', 'Sở Tài nguyên và Môi trường tỉnh Sơn Hà và các đơn vị trực thuộc'], { min: 20, max: 45 })).toBe(45);
    expect(fitWidth('Trên tổng số', ['21'], { min: 7, max: 14 })).toBe(7);
    expect(fitWidth('ອັດຕາສຳເລັດ', ['58.82%'], { min: 8, max: 14 })).toBe(14);
  });

  it('widens a column until its heading takes at most three lines, within the limit', () => {
    const heading = 'Công tác chỉ đạo, điều hành cải cách hành chính';
    expect(fitWidth(heading, ['100.00%'], { min: 8, max: 30 })).toBe(18); // "Công tác chỉ đạo," | "điều hành cải" | "cách hành chính"
    expect(linesOf(heading, 17)).toBe(4);
    expect(fitWidth(heading, ['100.00%'], { min: 8, max: 14 })).toBe(14);
  });

  it('prints portrait up to 100 digits of columns, landscape beyond', () => {
    expect(orientationFor([5, 45, 12, 12, 12, 12])).toBe('portrait');
    expect(orientationFor([5, 45, 12, 12, 12, 12, 2])).toBe('portrait');
    expect(orientationFor([5, 45, 12, 12, 12, 12, 3])).toBe('landscape');
  });
});

describe('a report sheet', () => {
  it('writes the title block, a two-level header and typed cells with the kit’s print setup', async () => {
    const xlsx = await reportWorkbook('lo', [
      {
        name: 'a/b:c',
        title: 'ລາຍງານ',
        lines: ['ຫົວໜ່ວຍ: ພະແນກພາຍໃນ'],
        columns: [
          { heading: 'ລ/ດ', kind: 'ordinal' },
          { heading: 'ເດືອນ', kind: 'month' },
          { heading: 'ລວມ', kind: 'integer', group: 'ໄດ້ຮັບ' },
          { heading: 'ອອນລາຍ', kind: 'integer', group: 'ໄດ້ຮັບ' },
          { heading: 'ວັນທີ', kind: 'date' },
          { heading: 'ອັດຕາ', kind: 'percent' },
        ],
        rows: [{ values: [1, '2026-07', 1234, 5, '2026-07-01', 58.82] }, { total: true, values: [null, 'ລວມ', 1234, 5, null, 100] }],
        frozenColumns: 2,
      },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = book.worksheets[0]!;
    expect(ws.name).toBe('a b c');
    // title, one line, a spacer, the header on rows 4 and 5, data from row 6
    expect([ws.getCell('A1').value, ws.getCell('A2').value, ws.getCell('C4').value, ws.getCell('C5').value, ws.getCell('A4').value, ws.getCell('F4').value]).toEqual(['ລາຍງານ', 'ຫົວໜ່ວຍ: ພະແນກພາຍໃນ', 'ໄດ້ຮັບ', 'ລວມ', 'ລ/ດ', 'ອັດຕາ']);
    expect(ws.getCell('D4').isMerged && ws.getCell('A5').isMerged).toBe(true);
    expect([ws.getRow(1).height, ws.getRow(2).height, ws.getRow(4).height, ws.getRow(5).height, ws.getRow(6).height]).toEqual([29.6, 23.9, 23.9, 23.9, 23.9]);
    expect(ws.getCell('B6').value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(ws.getCell('B6').numFmt).toBe('mm/yyyy');
    expect(ws.getCell('E6').value).toEqual(new Date(Date.UTC(2026, 6, 1)));
    expect(ws.getCell('E6').numFmt).toBe('dd/mm/yyyy');
    expect([ws.getCell('C6').value, ws.getCell('C6').numFmt, ws.getCell('F6').value, ws.getCell('F6').numFmt]).toEqual([1234, '#,##0', 0.5882, '0.00%']);
    expect(ws.getCell('B7').font).toEqual({ name: 'Noto Sans Lao', size: 11, bold: true });
    expect(ws.getCell('C5').border).toEqual({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(ws.getCell('F7').border).toEqual(ws.getCell('C5').border);
    // ordinal: "ລ/ດ" is 3.6 digits + 2; month and date: their format's digits + 2; percent: "100.00%" + 2
    // (exceljs writes no <col> of width 9: the sheet's default width is 9)
    expect(ws.properties.defaultColWidth).toBe(9);
    expect(ws.columns.map((c) => c.width ?? 9)).toEqual([6, 9, 7, 10, 12, 9]);
    // the columns' own style: cells typed in later are in the typeface too
    expect(ws.getColumn(6).font).toMatchObject({ name: 'Noto Sans Lao', size: 11 });
    const { paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow } = ws.pageSetup;
    expect({ paperSize, orientation, fitToPage, fitToWidth, fitToHeight, printTitlesRow }).toEqual({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '4:5' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
  });
});
