import { describe, expect, it } from 'vitest';
import { vietnameseDateParts } from '../../src/server/platform/documents/national-headers.ts';

describe('the date line of a Vietnamese document', () => {
  it('pads days before the 10th and the months January and February only', () => {
    expect(vietnameseDateParts('2026-02-06')).toEqual({ day: '06', month: '02', year: '2026' });
    expect(vietnameseDateParts('2026-03-15')).toEqual({ day: '15', month: '3', year: '2026' });
    expect(vietnameseDateParts('2026-12-06')).toEqual({ day: '06', month: '12', year: '2026' });
  });
});
