import { describe, expect, it } from 'vitest';
import { fitColumnWidths } from '../../src/server/platform/documents/column-widths.ts';
import { visibleLength } from '../../src/server/platform/documents/text-width.ts';

describe('column widths fitted to content', () => {
  it('counts stacked marks as no width', () => {
    expect(visibleLength('Sở Nội vụ')).toBe(9);
    expect(visibleLength('ກະຊວງພາຍໃນ')).toBe(10); // ະ and າ are vowels written beside, and take width
    expect(visibleLength('ມີ')).toBe(1); // ີ sits above ມ
    expect(visibleLength('ที่')).toBe(1);
  });

  it('gives unit names the room and keeps figures narrow, summing to the width', () => {
    const widths = fitColumnWidths(
      [
        ['Hạng', '1/21', '2/21'],
        ['Đơn vị', 'Sở Tài nguyên và Môi trường', 'Sở Nội vụ'],
        ['Điểm', '91,50', '86,00'],
      ],
      9000,
    );
    // weights 4, 27, 5, each with 2 for the margins: 6, 29, 7 of 42
    expect(widths).toEqual([1285, 6215, 1500]); // 9000 × 6/42, 9000 × 29/42 and the 1 twip flooring lost, 9000 × 7/42
  });

  it('caps a long cell and lets the heading’s longest word set a floor', () => {
    const widths = fitColumnWidths([['Xếp loại', 'A'], ['x', 'y'.repeat(100)]], 1000, { min: 4, max: 40, padding: 0 });
    // weights 4 ("Xếp" / "loại"), 40 (capped)
    expect(widths).toEqual([90, 910]);
  });
});
