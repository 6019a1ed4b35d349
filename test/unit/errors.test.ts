import { describe, expect, it } from 'vitest';
import { AppError, invalidField, parseOrThrow } from '../../src/shared/errors.ts';
import { z } from 'zod';

describe('AppError details, typed per code', () => {
  it('names refused fields the same way for a service and for a contract: { fields: [...] }', () => {
    expect(invalidField('to', 'unchanged', '2026-06-30').details).toEqual({ fields: [{ field: 'to', message: 'unchanged', value: '2026-06-30' }] });
    expect(invalidField('unitCodes', 'duplicate').details).toEqual({ fields: [{ field: 'unitCodes', message: 'duplicate' }] });
    let fromContract: unknown;
    try {
      parseOrThrow(z.object({ year: z.number() }), { year: 'x' }, 'body.');
    } catch (e) {
      fromContract = e;
    }
    expect(fromContract).toBeInstanceOf(AppError);
    expect((fromContract as AppError<'validation_failed'>).details.fields.map((f) => f.field)).toEqual(['body.year']);
  });

  it('gives codes without details an empty object, and narrows to a code to read its details', () => {
    expect(new AppError('unauthenticated').details).toEqual({});
    const error: AppError = new AppError('file_too_large', { fileName: 'scan.pdf', max: 1024 });
    expect(error.is('file_too_large') && error.details.max).toBe(1024);
    expect(error.is('validation_failed')).toBe(false);
  });

  it("refuses, at compile time, details of another shape than the code's", () => {
    // Each line below fails `npm run typecheck` if the check is lost (an unused @ts-expect-error is an error).
    // @ts-expect-error a service's refusal names its field inside `fields`
    void new AppError('validation_failed', { field: 'to', value: 'x' });
    // @ts-expect-error file_too_large needs its file name and limit
    void new AppError('file_too_large');
    // @ts-expect-error a unit error names the unit by its code
    void new AppError('unit_not_found', { unit: 'H99' });
    expect(true).toBe(true);
  });
});
