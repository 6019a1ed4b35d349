import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText, safeCsvCell } from '../../src/shared/domain/csv.ts';

describe('CSV cells (OWASP formula injection)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+HYPERLINK("http://x")', '\'+HYPERLINK("http://x")'],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['+84 912 345 678', "'+84 912 345 678"],
  ])('neutralises %j', (input, written) => {
    expect(safeCsvCell(input)).toBe(written);
  });

  it.each([
    ['Cải cách thủ tục hành chính', 'Cải cách thủ tục hành chính'],
    ['a=b', 'a=b'],
    ['-5', '-5'],
    ['+2.5', '+2.5'],
    ['-0,75', '-0,75'],
    ['', ''],
  ])('leaves text and plain numbers alone: %j', (input, written) => {
    expect(safeCsvCell(input)).toBe(written);
  });

  it('keeps numbers numbers and empties empty', () => {
    expect(safeCsvCell(-12.5)).toBe('-12.5');
    expect(safeCsvCell(0)).toBe('0');
    expect(safeCsvCell(null)).toBe('');
    expect(safeCsvCell(undefined)).toBe('');
  });

  it('writes a file that reads back cell for cell, with the formula neutralised', () => {
    const text = csvText(['code', 'title', 'points'], [
      { code: 'T-1', title: "=cmd|' /C calc'!A0", points: -3 },
      { code: 'T-2', title: 'Dòng "trích dẫn", dấu; phẩy\nvà xuống dòng', points: 85.25 },
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { code: 'T-1', title: "'=cmd|' /C calc'!A0", points: '-3' },
      { code: 'T-2', title: 'Dòng "trích dẫn", dấu; phẩy\nvà xuống dòng', points: '85.25' },
    ]);
  });
});
