import { describe, expect, it } from 'vitest';
import { emptyRow, rowProblems, toInput, toRow } from './position-rows.ts';

const director = { code: 'D01-01', title: { lo: 'ຫົວໜ້າກົມ', en: 'Director-General' }, category: 'leadership', grade: 'V/1', posts: 1, duties: { lo: 'ຊີ້ນຳ' }, qualifications: {}, incumbents: 1 };

describe('position rows', () => {
  it('edits the reader’s language and keeps the others as they came', () => {
    const row = { ...toRow(director, 'lo'), title: 'ຫົວໜ້າກົມໃຫຍ່', duties: '' };
    expect(toInput(row, 'lo')).toEqual({ code: 'D01-01', title: { lo: 'ຫົວໜ້າກົມໃຫຍ່', en: 'Director-General' }, category: 'leadership', grade: 'V/1', posts: 1, duties: {}, qualifications: {} });
  });

  it('names the rows lacking a code of their own, a title in any language, a category or posts', () => {
    const english = toRow(director, 'en');
    const same = { ...emptyRow('professional'), code: 'D01-01', title: 'Officer' };
    const blank = { ...emptyRow(''), posts: '' as const };
    const keptInLao = { ...toRow(director, 'en'), code: 'D01-02', title: '' };
    const problems = rowProblems([english, same, blank, keptInLao], 'en');
    expect([...problems.entries()].map(([key, fields]) => [key, [...fields].sort()])).toEqual([
      [english.key, ['code']],
      [same.key, ['code']],
      [blank.key, ['category', 'code', 'posts', 'title']],
    ]);
  });
});
