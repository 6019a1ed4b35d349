import type { AskedUnits } from '../../../shared/contracts/reporting.ts';
import { AppError } from '../../../shared/errors.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts';
import type { UnitsService } from '../units/index.ts';

/** The steering feature's answer to "the key units of this committee in this year, on this day" (wired in app.ts). */
export type KeyUnitsOf = (committeeCode: string, year: number, onDate: string) => Promise<number[]>;

/**
 * The units a round asks, as ids, on the day its period ends: the units of a group within
 * the owner unit's subtree (the owner itself excluded), a committee's key units, or a list.
 * An unknown group, committee or unit is refused by name.
 */
export async function resolveAskedUnits(units: UnitsService, keyUnitsOf: KeyUnitsOf | undefined, ownerCode: string, asked: AskedUnits, onDate: string): Promise<number[]> {
  if (asked.kind === 'list') {
    const ids: number[] = [];
    for (const code of asked.unitCodes) ids.push(await units.idOf(code));
    return [...new Set(ids)];
  }
  if (asked.kind === 'key_units') {
    if (!keyUnitsOf) throw new AppError('not_found', { committee: asked.committeeCode });
    return [...new Set(await keyUnitsOf(asked.committeeCode, asked.year, onDate))];
  }
  if (!(await units.listGroups()).some((g) => g.code === asked.groupCode)) throw new AppError('not_found', { group: asked.groupCode });
  const inGroup = new Set((await units.list(SYSTEM_ACTOR, { asOf: onDate })).units.filter((u) => u.groups.includes(asked.groupCode)).map((u) => u.code));
  const ownerId = await units.idOf(ownerCode);
  const subtree = new Set(await units.subtreeIdsOf(ownerCode));
  return (await units.treeOn(onDate)).filter((u) => inGroup.has(u.code) && subtree.has(u.id) && u.id !== ownerId).map((u) => u.id);
}
