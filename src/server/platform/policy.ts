import type { Permission } from '../../shared/contracts/auth.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor } from './auth/actor.ts';

/**
 * The one place that decides "may this actor do this to this unit". A unit is identified
 * here by its ancestry: its own id and the ids of every unit it has ever been under (the
 * units feature keeps that set). Services check before every read or write of a unit's
 * data through `requireAccess` / `accessTo` (see `createAccess`), which the units service
 * exposes; the units feature also filters its lists by the same grants.
 */
export function permits(actor: Actor, permission: Permission, ancestry: readonly number[]): boolean {
  return actor.grants.some(
    (g) => g.permissions.includes(permission) && (g.unitId === null || ancestry.includes(g.unitId)),
  );
}

/**
 * Each unit's ancestry, many units at once. The units feature owns the tree and its
 * all-time ancestry table; this module is platform and must not import a feature, so the
 * lookup is handed in: the units service binds its own (see `createAccess` below) and
 * exposes the bound checks, which every feature already reaches through the units service
 * it is given. The rule itself (which grants cover which units) stays here, in one place.
 */
export type AncestryLookup = (unitIds: readonly number[]) => Promise<ReadonlyMap<number, readonly number[]>>;

/**
 * A scope check over units. `null` stands for the whole system (a system-wide grant or
 * token, a unit created at the top of the tree): only a system-wide grant covers it.
 * Several permissions mean "any of them".
 */
export interface AccessRequest {
  actor: Actor;
  permission: Permission | readonly Permission[];
  unitIds: readonly (number | null)[];
}

export interface Access {
  /** Throws `forbidden` unless the actor holds the permission on every unit listed. */
  requireAccess(request: AccessRequest): Promise<void>;
  /** Which of the listed units the actor holds the permission on: for filtering lists and rows. */
  accessTo(request: AccessRequest): Promise<(unitId: number | null) => boolean>;
}

/** The bulk checks bound to a source of ancestries: one lookup for all the units of a request. */
export function createAccess(ancestriesOf: AncestryLookup): Access {
  async function accessTo({ actor, permission, unitIds }: AccessRequest): Promise<(unitId: number | null) => boolean> {
    const permissions: readonly Permission[] = typeof permission === 'string' ? [permission] : permission;
    const ids = [...new Set(unitIds.filter((id): id is number => id !== null))];
    const ancestries = ids.length === 0 ? new Map<number, readonly number[]>() : await ancestriesOf(ids);
    const allowed = (ancestry: readonly number[]) => permissions.some((p) => permits(actor, p, ancestry));
    const verdicts = new Map(ids.map((id) => [id, allowed(ancestries.get(id) ?? [])]));
    const systemWide = allowed([]);
    return (unitId) => (unitId === null ? systemWide : verdicts.get(unitId) ?? false);
  }
  return {
    accessTo,
    async requireAccess(request) {
      const may = await accessTo(request);
      const denied = request.unitIds.some((id) => !may(id));
      if (denied) throw new AppError('forbidden', typeof request.permission === 'string' ? { permission: request.permission } : {});
    },
  };
}

/** For actions that are not about one unit (the audit log, tokens): held anywhere at all? */
export function permitsAnywhere(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => g.permissions.includes(permission));
}

export function authorizeAnywhere(actor: Actor, permission: Permission): void {
  if (!actor.grants.some((g) => g.permissions.includes(permission))) throw new AppError('forbidden', { permission });
}

/** For actions on the whole system (e.g. reading every unit's audit trail): a system-wide grant. */
export function permitsSystemWide(actor: Actor, permission: Permission): boolean {
  return actor.grants.some((g) => g.unitId === null && g.permissions.includes(permission));
}

export function authorizeSystemWide(actor: Actor, permission: Permission): void {
  if (!permitsSystemWide(actor, permission)) throw new AppError('forbidden', { permission });
}
