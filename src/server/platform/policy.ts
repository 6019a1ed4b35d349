import type { Permission } from '../../shared/contracts/auth.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from './auth/actor.ts';

/**
 * The one place that decides "may this actor do this to this unit". A unit is identified
 * here by its ancestry: its own id and the ids of every unit it has ever been under (the
 * units feature keeps that set). Services call `authorize` before every read or write of
 * a unit's data, and filter lists with `scopeOf`.
 */
export function permits(actor: Actor, permission: Permission, ancestry: readonly number[]): boolean {
  return actor.grants.some(
    (g) => g.permissions.includes(permission) && (g.unitId === null || ancestry.includes(g.unitId)),
  );
}

export function authorize(actor: Actor, permission: Permission, ancestry: readonly number[]): void {
  if (!permits(actor, permission, ancestry)) throw new AppError('forbidden', { permission });
}

/** The subtree roots within which the actor holds a permission; 'all' for a system-wide grant. */
export function scopeOf(actor: Actor, permission: Permission): 'all' | number[] {
  const roots: number[] = [];
  for (const g of actor.grants) {
    if (!g.permissions.includes(permission)) continue;
    if (g.unitId === null) return 'all';
    roots.push(g.unitId);
  }
  return roots;
}

/** For actions that are not about one unit (the audit log, tokens): held anywhere at all? */
/** Whether the actor holds a permission on some unit (or system-wide). */
export function permitsAnywhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => g.permissions.includes(permission));
}

export function authorizeAnywhere(actor: Actor, permission: Permission): void {
  if (!actor.grants.some((g) => g.permissions.includes(permission))) throw new AppError('forbidden', { permission });
}

/** For actions on the whole system (e.g. reading every unit's audit trail): a system-wide grant. */
export function authorizeSystemWide(actor: Actor, permission: Permission): void {
  if (scopeOf(actor, permission) !== 'all') throw new AppError('forbidden', { permission });
}
