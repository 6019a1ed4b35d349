import { describe, it, expect } from 'vitest';
import { authorizeAnywhere, authorizeSystemWide, createAccess, permits, type AncestryLookup } from '../../src/server/platform/policy.ts';
import { scopeOf } from '../../src/server/features/units/unit-access.ts';
import { SYSTEM_ACTOR, type Actor, type ActorGrant } from '../../src/server/platform/auth/actor.ts';
import { ROLE_PERMISSIONS } from '../../src/shared/domain/roles.ts';
import { PERMISSIONS, type Permission, type Role } from '../../src/shared/contracts/auth.ts';
import { AppError } from '../../src/shared/errors.ts';

const roleGrant = (role: Role, unitId: number | null): ActorGrant => ({ role, permissions: ROLE_PERMISSIONS[role], unitId });
const user = (...grants: ActorGrant[]): Actor => ({ kind: 'user', id: 1, label: 'user:test', grants });

const officerOn5 = user(roleGrant('unit_officer', 5));
const admin = user(roleGrant('administrator', null));
const readToken: Actor = {
  kind: 'token',
  id: 9,
  label: 'token:reader',
  grants: [{ role: null, permissions: ['units.read'], unitId: null }],
};
const nobody = user();

/** Runs `fn` and returns the AppError it threw, or fails. */
function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('permits', () => {
  it('lets a unit officer read a unit under the granted one', () => {
    expect(permits(officerOn5, 'units.read', [9, 5, 1])).toBe(true);
  });

  it('lets a unit officer read the granted unit itself', () => {
    expect(permits(officerOn5, 'units.read', [5, 1])).toBe(true);
  });

  it('refuses a unit officer outside the granted subtree', () => {
    expect(permits(officerOn5, 'units.read', [9, 6, 1])).toBe(false);
    expect(permits(officerOn5, 'units.read', [1])).toBe(false);
  });

  it('refuses a permission the role lacks, even inside the subtree', () => {
    expect(permits(officerOn5, 'units.manage', [9, 5, 1])).toBe(false);
  });

  it('lets a system-wide administrator do everything anywhere', () => {
    for (const p of PERMISSIONS) {
      expect(permits(admin, p, [9, 6, 1])).toBe(true);
      expect(permits(admin, p, [])).toBe(true);
    }
  });

  it('lets a read-only token read anywhere and nothing else', () => {
    expect(permits(readToken, 'units.read', [42])).toBe(true);
    for (const p of PERMISSIONS.filter((x): x is Permission => x !== 'units.read')) {
      expect(permits(readToken, p, [42])).toBe(false);
    }
  });

  it('combines grants: manage in one subtree, read in another', () => {
    const actor = user(roleGrant('secretariat', 5), roleGrant('viewer', 6));
    expect(permits(actor, 'units.manage', [9, 5, 1])).toBe(true);
    expect(permits(actor, 'units.manage', [9, 6, 1])).toBe(false);
    expect(permits(actor, 'units.read', [9, 6, 1])).toBe(true);
  });

  it('refuses an actor with no grants', () => {
    expect(permits(nobody, 'units.read', [1])).toBe(false);
  });
});

/**
 * A tree as the units feature's all-time ancestry would hold it: 1 is the province, 5 and
 * 6 its departments, 9 a unit once under 5 and later moved under 6 (it stays in 5's
 * history), 7 a unit of another province (2). Each lookup is counted.
 */
function tree(ancestries: Record<number, number[]>) {
  const lookups: number[][] = [];
  const lookup: AncestryLookup = async (ids) => {
    lookups.push([...ids]);
    return new Map(ids.map((id) => [id, ancestries[id] ?? []]));
  };
  return { access: createAccess(lookup), lookups };
}

/** The AppError a promise rejected with, or fails. */
async function rejected(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an AppError');
}

describe('createAccess: requireAccess and accessTo', () => {
  const beforeMove = { 5: [5, 1], 6: [6, 1], 9: [9, 5, 1], 7: [7, 2] };
  const afterMove = { ...beforeMove, 9: [9, 5, 6, 1] };

  it('allows a unit inside the granted subtree, with one lookup for all units', async () => {
    const { access, lookups } = tree(beforeMove);
    await expect(access.requireAccess({ actor: officerOn5, permission: 'tasks.report', unitIds: [5, 9, 9] })).resolves.toBeUndefined();
    expect(lookups).toEqual([[5, 9]]);
  });

  it('forbids a unit outside the granted subtree, naming the permission', async () => {
    const { access } = tree(beforeMove);
    const e = await rejected(access.requireAccess({ actor: officerOn5, permission: 'tasks.report', unitIds: [6] }));
    expect(e.code).toBe('forbidden');
    expect(e.details).toEqual({ permission: 'tasks.report' });
  });

  it('forbids a permission the role lacks inside the subtree', async () => {
    const { access } = tree(beforeMove);
    expect((await rejected(access.requireAccess({ actor: officerOn5, permission: 'units.manage', unitIds: [9] }))).code).toBe('forbidden');
  });

  it('forbids several units when one of them is foreign', async () => {
    const { access } = tree(beforeMove);
    const e = await rejected(access.requireAccess({ actor: officerOn5, permission: 'tasks.read', unitIds: [5, 9, 7] }));
    expect(e.details).toEqual({ permission: 'tasks.read' });
    const may = await access.accessTo({ actor: officerOn5, permission: 'tasks.read', unitIds: [5, 9, 7] });
    expect([5, 9, 7].map(may)).toEqual([true, true, false]);
  });

  it('keeps a unit moved out of the subtree in scope for its history, and brings it into the new one', async () => {
    const officerOn6 = user(roleGrant('unit_officer', 6));
    expect((await rejected(tree(beforeMove).access.requireAccess({ actor: officerOn6, permission: 'tasks.read', unitIds: [9] }))).code).toBe('forbidden');
    const { access } = tree(afterMove);
    await expect(access.requireAccess({ actor: officerOn5, permission: 'tasks.read', unitIds: [9] })).resolves.toBeUndefined();
    await expect(access.requireAccess({ actor: officerOn6, permission: 'tasks.read', unitIds: [9] })).resolves.toBeUndefined();
  });

  it('lets the whole system (null) be reached only by a system-wide grant, without a lookup', async () => {
    const { access, lookups } = tree(beforeMove);
    await expect(access.requireAccess({ actor: admin, permission: 'users.manage', unitIds: [null, 7] })).resolves.toBeUndefined();
    expect((await rejected(access.requireAccess({ actor: user(roleGrant('administrator', 1)), permission: 'users.manage', unitIds: [null] }))).code).toBe('forbidden');
    expect(lookups).toEqual([[7]]);
  });

  it('accepts any of several permissions, and forbids with no permission named when none is held', async () => {
    const { access } = tree(beforeMove);
    await expect(access.requireAccess({ actor: officerOn5, permission: ['assessments.appraise', 'assessments.self_assess'], unitIds: [9] })).resolves.toBeUndefined();
    const e = await rejected(access.requireAccess({ actor: officerOn5, permission: ['assessments.appraise', 'assessments.manage'], unitIds: [9] }));
    expect(e).toMatchObject({ code: 'forbidden', details: {} });
  });

  it('treats a unit the lookup does not know as out of scope, and no units as allowed', async () => {
    const { access, lookups } = tree({});
    expect((await rejected(access.requireAccess({ actor: officerOn5, permission: 'units.read', unitIds: [404] }))).code).toBe('forbidden');
    await expect(access.requireAccess({ actor: nobody, permission: 'units.read', unitIds: [] })).resolves.toBeUndefined();
    expect(lookups).toEqual([[404]]);
  });
});

describe('scopeOf (units feature)', () => {
  it('lists the subtree roots holding the permission', () => {
    const actor = user(roleGrant('unit_officer', 5), roleGrant('viewer', 6), roleGrant('secretariat', 7));
    expect(scopeOf(actor, 'units.read')).toEqual([5, 6, 7]);
    expect(scopeOf(actor, 'units.manage')).toEqual([7]);
    expect(scopeOf(actor, 'audit.read')).toEqual([]);
  });

  it('is all for a system-wide grant, whatever other grants say', () => {
    expect(scopeOf(user(roleGrant('viewer', 5), roleGrant('administrator', null)), 'units.read')).toBe('all');
    expect(scopeOf(readToken, 'units.read')).toBe('all');
    expect(scopeOf(readToken, 'units.manage')).toEqual([]);
  });
});

describe('authorizeAnywhere', () => {
  it('passes when the permission is held on any unit', () => {
    expect(() => authorizeAnywhere(officerOn5, 'units.read')).not.toThrow();
  });

  it('throws forbidden when the permission is held nowhere', () => {
    const e = thrown(() => authorizeAnywhere(officerOn5, 'audit.read'));
    expect(e.code).toBe('forbidden');
    expect(e.details).toEqual({ permission: 'audit.read' });
  });
});

describe('authorizeSystemWide', () => {
  it('passes for a system-wide grant and the system actor', () => {
    expect(() => authorizeSystemWide(admin, 'audit.read')).not.toThrow();
    expect(() => authorizeSystemWide(SYSTEM_ACTOR, 'users.manage')).not.toThrow();
  });

  it('refuses a grant limited to a subtree', () => {
    const scopedAdmin = user(roleGrant('administrator', 5));
    expect(thrown(() => authorizeSystemWide(scopedAdmin, 'audit.read')).code).toBe('forbidden');
  });

  it('refuses when the permission is not held at all', () => {
    expect(thrown(() => authorizeSystemWide(readToken, 'audit.read')).code).toBe('forbidden');
  });
});
