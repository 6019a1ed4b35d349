import { PERMISSIONS, type Permission, type Role } from '../../../shared/contracts/auth.ts';

/**
 * Who is acting. Every service call takes one; the policy decides from its grants.
 * A grant's unitId is the root of the subtree it covers (null: the whole system).
 */
export interface ActorGrant {
  role: Role | null;
  permissions: readonly Permission[];
  unitId: number | null;
}

export interface Actor {
  kind: 'user' | 'token' | 'system';
  id: number | null;
  /** as written in the audit log: user:<username>, token:<name>, system */
  label: string;
  grants: readonly ActorGrant[];
}

/** The CLI and seeding act as the system: they run with the operator's own authority. */
export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  id: null,
  label: 'system',
  grants: [{ role: null, permissions: PERMISSIONS, unitId: null }],
};

/**
 * The office an actor works for, as far as `permission` goes: the unit of their first grant
 * of it (null for system-wide grants and the system). Documents they export are issued under
 * this unit's letterhead.
 */
export function homeUnitOf(actor: Actor, permission: Permission): number | null {
  return actor.grants.find((g) => g.unitId !== null && g.permissions.includes(permission))?.unitId ?? null;
}
