import { describe, it, expect } from 'vitest';
import { authorize, authorizeAnywhere, authorizeSystemWide, permits, scopeOf } from '../../src/server/platform/policy.ts';
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

describe('authorize', () => {
  it('returns quietly when permitted', () => {
    expect(() => authorize(officerOn5, 'units.read', [9, 5, 1])).not.toThrow();
  });

  it('throws forbidden naming the permission when not permitted', () => {
    const e = thrown(() => authorize(officerOn5, 'units.read', [9, 6, 1]));
    expect(e.code).toBe('forbidden');
    expect(e.details).toEqual({ permission: 'units.read' });
    expect(thrown(() => authorize(officerOn5, 'units.manage', [5])).code).toBe('forbidden');
  });
});

describe('scopeOf', () => {
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
