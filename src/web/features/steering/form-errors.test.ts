import { describe, expect, it } from 'vitest';
import { keyUnitSelection, mergeRequest } from '../../../shared/contracts/steering.ts';
import { ApiError } from '../../app/api/client.ts';
import { validate } from '../../app/forms/validate.ts';
import { refusalFields } from './form-errors.ts';

describe("a steering form's fields refused by the server", () => {
  it('marks a taken code and an unknown unit on the committee, under the merge prefix', () => {
    expect(refusalFields(new ApiError(409, 'committee_code_taken', { code: 'BCD' }), {})).toEqual({ code: 'errors.committee_code_taken' });
    expect(refusalFields(new ApiError(404, 'unit_not_found', { code: 'X' }), { prefix: 'into.' })).toEqual({ 'into.unitCode': 'errors.unit_not_found' });
  });

  it('marks the member row whose account does not exist, or the seat form’s username', () => {
    const members = [{ username: 'chair' }, { username: ' nobody ' }];
    expect(refusalFields(new ApiError(404, 'not_found', { member: 'nobody' }), { prefix: 'into.', members })).toEqual({ 'into.members.1.username': 'steering.form.noSuchAccount' });
    expect(refusalFields(new ApiError(404, 'not_found', { member: 'nobody' }), {})).toEqual({ username: 'steering.form.noSuchAccount' });
    // A committee that is not found names no field: the alert says it.
    expect(refusalFields(new ApiError(404, 'not_found', { committee: 'BCD' }), { members })).toEqual({});
  });

  it('marks the key unit outside the scope and every unit the non-member supervises', () => {
    const units = [
      { unitCode: 'H99.02', supervisors: ['chair'] },
      { unitCode: 'H98', supervisors: ['commune'] },
      { unitCode: 'H99.13', supervisors: ['commune', 'chair'] },
    ];
    expect(refusalFields(new ApiError(422, 'key_unit_out_of_scope', { unit: 'H98', committee: 'BCD' }), { units })).toEqual({ 'units.1.unitCode': 'errors.key_unit_out_of_scope' });
    expect(refusalFields(new ApiError(422, 'supervisor_not_member', { username: 'commune', committee: 'BCD', date: '2026-01-01' }), { units })).toEqual({
      'units.1.supervisors': 'errors.supervisor_not_member',
      'units.2.supervisors': 'errors.supervisor_not_member',
    });
  });

  it('says an account already sits on the committee where the server names its field', () => {
    const error = new ApiError(400, 'validation_failed', { fields: [{ field: 'into.members.1.username', message: 'already_member', value: 'chair' }] });
    expect(refusalFields(error, { prefix: 'into.' })).toEqual({ 'into.members.1.username': 'steering.form.alreadyMember' });
  });

  it('leaves errors that are not the server’s, and other validation_failed fields, to the generic helpers', () => {
    expect(refusalFields(new Error('boom'), { members: [{ username: 'x' }] })).toEqual({});
    expect(refusalFields(new ApiError(400, 'validation_failed', { fields: [{ field: 'body.code' }] }), {})).toEqual({});
  });
});

describe('the contracts the forms check before sending', () => {
  it('name the merged committee’s fields under into., and a key unit without a supervisor', () => {
    const merge = validate(mergeRequest, { fromCodes: [], effectiveDate: '', into: { code: 'a b', unitCode: 'H99', names: {}, decisionNumber: '', decisionDate: '2026-01-01', members: [] } }, { 'into.code': 'validation.codeFormat' });
    expect(merge).toEqual({
      ok: false,
      errors: { fromCodes: 'validation.chooseAtLeastOne', effectiveDate: 'errors.invalid_date', 'into.code': 'validation.codeFormat', 'into.names': 'validation.nameRequired', 'into.decisionNumber': 'validation.required' },
    });
    expect(validate(keyUnitSelection, { units: [{ unitCode: 'H99.02', supervisors: [] }] })).toEqual({ ok: false, errors: { 'units.0.supervisors': 'validation.chooseAtLeastOne' } });
  });
});
