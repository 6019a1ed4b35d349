import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/client.ts';
import { checkTarget, newTargetForm, requestOf, serverTargetErrors, targetErrorIds, targetFormOf } from './target-form.ts';

const cut = { ...newTargetForm('H99', '2026-12-07'), value: 30, baselineFrom: '2024-01-01', baselineTo: '2024-12-31', names: { vi: 'Giảm 30%', en: '  ' } };

describe('the target form', () => {
  it('opens on the unit, every procedure, a cut of mean working days over this year', () => {
    expect(newTargetForm('H99.02', '2026-12-07')).toEqual({
      unitCode: 'H99.02', procedureCode: null, field: null, measure: 'mean_working_days', kind: 'cut_by_percent', value: '',
      baselineFrom: '', baselineTo: '', from: '2026-01-01', to: '2026-12-31', names: {}, description: {},
    });
  });

  it('sends blanks as no baseline, drops blank names, reads a typed value as a number', () => {
    expect(requestOf({ ...cut, kind: 'at_most', value: '12.5', baselineFrom: '', baselineTo: '' })).toEqual({
      unitCode: 'H99', procedureCode: null, field: null, measure: 'mean_working_days', kind: 'at_most', value: 12.5,
      baselineFrom: null, baselineTo: null, from: '2026-01-01', to: '2026-12-31', names: { vi: 'Giảm 30%' }, description: {},
    });
  });

  it('gives back a stored target as it was', () => {
    const stored = { id: 3, unit: { code: 'H99', names: { vi: 'Tỉnh' } }, ...requestOf(cut), description: { en: 'Land' } };
    expect(requestOf(targetFormOf(stored))).toEqual({ ...requestOf(cut), description: { en: 'Land' } });
  });

  it('passes a valid cut', () => {
    expect(checkTarget(cut)).toEqual({ ok: true, request: requestOf(cut) });
  });

  it("puts each of the target's own rules on its field, translated", () => {
    expect(checkTarget({ ...cut, baselineFrom: '', baselineTo: '', value: 100, measure: 'within_statutory_rate' })).toEqual({
      ok: false,
      errors: { baselineFrom: 'targets.problem.baseline_required', baselineTo: 'targets.problem.baseline_required', measure: 'targets.problem.cut_not_lower_better', value: 'targets.problem.percent_range' },
    });
    expect(checkTarget({ ...cut, from: '2026-12-31', to: '2026-01-01' })).toEqual({ ok: false, errors: { to: 'targets.problem.period_reversed' } });
  });

  it('asks for a value, a unit and a name in some language', () => {
    const result = checkTarget({ ...cut, value: '', unitCode: null, names: { vi: ' ' } });
    expect(result).toEqual({ ok: false, errors: { value: 'validation.required', unitCode: 'validation.required', names: 'validation.nameRequired' } });
  });

  it("reads the server's refusal the same way: a rule, a procedure the catalogue lacks, a date that is not one", () => {
    expect(targetErrorIds([{ field: 'body.baselineTo', message: 'baseline_after_start' }, { field: 'procedureCode', message: 'unknown' }, { field: 'body.from', message: 'invalid_date' }, { field: 'body.value', message: 'Too big' }])).toEqual({
      baselineTo: 'targets.problem.baseline_after_start', procedureCode: 'targets.form.unknown', from: 'errors.invalid_date', value: 'validation.invalid',
    });
    expect(serverTargetErrors(new ApiError(400, 'validation_failed', { fields: [{ field: 'body.field', message: 'procedure_or_field' }] }))).toEqual({ field: 'targets.problem.procedure_or_field' });
    expect(serverTargetErrors(new ApiError(403, 'forbidden'))).toEqual({});
  });
});
