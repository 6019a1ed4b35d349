import type { Permission } from '../../../shared/contracts/auth.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import { createAccess, type Access } from '../../platform/policy.ts';
import * as repo from './units.repository.ts';

/**
 * Scope checks on units: the policy's rule (platform/policy.ts decides which grants cover
 * which ancestry) over this feature's all-time ancestry table. Bound to a connection so a
 * tree change checks inside its own transaction; the units service exposes the checks on
 * the database to every other feature.
 */
export function accessWithin(db: Db): Access {
  return createAccess((unitIds) => repo.ancestriesOf(db, [...unitIds]));
}

/**
 * The subtree roots within which the actor holds a permission ('all' for a system-wide
 * grant): how the units feature filters lists of units in SQL (`versionsOn`'s scope).
 */
export function scopeOf(actor: Actor, permission: Permission): 'all' | number[] {
  const roots: number[] = [];
  for (const g of actor.grants) {
    if (!g.permissions.includes(permission)) continue;
    if (g.unitId === null) return 'all';
    roots.push(g.unitId);
  }
  return roots;
}
