import { describe, expect, it } from 'vitest';
import { readerFormats } from '../../src/server/platform/documents/reader-formats.ts';

describe('numbers and dates in a reader’s documents', () => {
  it('writes Vietnamese decimals with a comma and thousands with a dot', () => {
    const vi = readerFormats('vi');
    expect(vi.number(418039)).toBe('418.039');
    expect(vi.number(91.5, 1)).toBe('91,5');
    expect(vi.percent(58.8235, 2)).toBe('58,82%');
    expect(vi.date('2026-07-01')).toBe('01/07/2026');
    expect(vi.month('2026-07')).toBe('07/2026');
  });

  it('writes English with a decimal point, day before month', () => {
    const en = readerFormats('en');
    expect(en.number(91.5, 2)).toBe('91.50');
    expect(en.date('2026-09-30')).toBe('30/09/2026');
  });

  it('counts Thai years in the Buddhist era', () => {
    expect(readerFormats('th').date('2026-12-25')).toBe('25/12/2569');
    expect(readerFormats('th').month('2026-07')).toBe('07/2569');
    expect(readerFormats('th').year(2025)).toBe('2568');
    expect(readerFormats('vi').year(2025)).toBe('2025');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(readerFormats('lo').date('soon')).toBe('soon');
  });
});
