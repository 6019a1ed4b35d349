import { describe, expect, it } from 'vitest';
import { labelLines } from './label-lines.ts';

describe('labelLines', () => {
  it('keeps a short name on one line', () => {
    expect(labelLines('1. Cải cách thể chế', 16, 3)).toEqual(['1. Cải cách thể', 'chế']);
    expect(labelLines('Thể chế', 16, 3)).toEqual(['Thể chế']);
  });

  it('breaks at spaces into lines of at most the width', () => {
    expect(labelLines('3. Cải cách thủ tục hành chính', 14, 3)).toEqual(['3. Cải cách', 'thủ tục hành', 'chính']);
  });

  it('ends the last line with an ellipsis when the name does not fit', () => {
    expect(labelLines('1. Công tác chỉ đạo, điều hành cải cách hành chính', 14, 3)).toEqual(['1. Công tác', 'chỉ đạo, điều', 'hành cải cách…']);
  });

  it('cuts a word longer than a line (a script written without spaces)', () => {
    // Counted in characters as read: ຕິ (a consonant and its vowel) is one, never split.
    expect(labelLines('ການປະຕິຮູບບໍລິຫານລັດ', 7, 2)).toEqual(['ການປະຕິ…']);
  });
});
