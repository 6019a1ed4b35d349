import { describe, it, expect } from 'vitest';
import { createUnitRequest, unitChangeRequest } from '../../src/shared/contracts/units.ts';

const valid = {
  code: 'HN',
  kind: 'city',
  names: { vi: 'Hà Nội' },
  parentCode: 'VN',
  validFrom: '2025-01-01',
};

/** The issues of a failed parse, as "path: message". */
function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`);
}

describe('createUnitRequest', () => {
  it('accepts a valid request and fills the defaults', () => {
    const r = createUnitRequest.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ ...valid, groups: [] });
  });

  it('trims the codes', () => {
    const r = createUnitRequest.parse({ ...valid, code: ' HN ', parentCode: ' VN ' });
    expect(r.code).toBe('HN');
    expect(r.parentCode).toBe('VN');
  });

  it('rejects a date that does not exist', () => {
    expect(issues(createUnitRequest.safeParse({ ...valid, validFrom: '2025-02-30' }))).toEqual(['validFrom: invalid_date']);
  });

  it('rejects a date without zero padding', () => {
    expect(issues(createUnitRequest.safeParse({ ...valid, validFrom: '2025-1-01' }))).toEqual(['validFrom: invalid_date']);
  });

  it('rejects empty names', () => {
    expect(issues(createUnitRequest.safeParse({ ...valid, names: {} }))).toEqual(['names: at least one name is required']);
  });

  it('rejects names that are all blank', () => {
    expect(issues(createUnitRequest.safeParse({ ...valid, names: { vi: '  ', en: '' } }))).toEqual([
      'names: at least one name is required',
    ]);
  });

  it('rejects a code with forbidden characters', () => {
    const r = createUnitRequest.safeParse({ ...valid, code: 'H N' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([['code']]);
  });

  it('accepts a root unit (null parent) but not a missing one', () => {
    expect(createUnitRequest.safeParse({ ...valid, parentCode: null }).success).toBe(true);
    const { parentCode: _omit, ...noParent } = valid;
    const r = createUnitRequest.safeParse(noParent);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([['parentCode']]);
  });
});

describe('unitChangeRequest', () => {
  it('parses each kind with its own fields', () => {
    expect(unitChangeRequest.parse({ kind: 'rename', effectiveDate: '2025-03-01', names: { en: 'New' } })).toEqual({
      kind: 'rename',
      effectiveDate: '2025-03-01',
      names: { en: 'New' },
    });
    expect(unitChangeRequest.parse({ kind: 'move', effectiveDate: '2025-03-01', parentCode: null })).toEqual({
      kind: 'move',
      effectiveDate: '2025-03-01',
      parentCode: null,
    });
    expect(unitChangeRequest.parse({ kind: 'close', effectiveDate: '2025-03-01' })).toEqual({
      kind: 'close',
      effectiveDate: '2025-03-01',
    });
  });

  it('requires the fields of the kind given', () => {
    expect(issues(unitChangeRequest.safeParse({ kind: 'move', effectiveDate: '2025-03-01' })).map((s) => s.split(':')[0])).toEqual([
      'parentCode',
    ]);
    expect(issues(unitChangeRequest.safeParse({ kind: 'reclassify', effectiveDate: '2025-03-01' })).map((s) => s.split(':')[0])).toEqual([
      'unitKind',
    ]);
  });

  it('does not accept another kind’s fields in place of its own', () => {
    // names belongs to rename; a move carrying names but no parentCode is still invalid.
    const r = unitChangeRequest.safeParse({ kind: 'move', effectiveDate: '2025-03-01', names: { en: 'X' } });
    expect(r.success).toBe(false);
  });

  it('drops fields that do not belong to the kind', () => {
    const r = unitChangeRequest.parse({ kind: 'close', effectiveDate: '2025-03-01', parentCode: 'VN' });
    expect(r).toEqual({ kind: 'close', effectiveDate: '2025-03-01' });
  });

  it('rejects an unknown kind, naming the discriminator', () => {
    const r = unitChangeRequest.safeParse({ kind: 'merge', effectiveDate: '2025-03-01' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toEqual([['kind']]);
  });

  it('rejects an impossible effective date', () => {
    expect(issues(unitChangeRequest.safeParse({ kind: 'close', effectiveDate: '2025-02-30' }))).toEqual(['effectiveDate: invalid_date']);
  });
});
