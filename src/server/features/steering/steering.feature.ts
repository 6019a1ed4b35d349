import { createCommitteesService } from './committees.service.ts';
import { createFollowedService } from './followed.service.ts';
import { createKeyUnitsService } from './key-units.service.ts';
import type { SteeringDeps } from './steering-deps.ts';

/** The steering feature's services, wired on one set of dependencies. */
export function createSteeringFeature(deps: SteeringDeps) {
  const committees = createCommitteesService(deps);
  const keyUnits = createKeyUnitsService(deps, committees);
  return {
    committees,
    keyUnits,
    followed: createFollowedService(deps),
    /** for the reporting feature: the key units of a committee's year on a day */
    keyUnitIdsOf: keyUnits.keyUnitIdsOf,
    /** for the reporting feature: the units a supervising member follows on a day */
    supervisedUnitIdsOf: keyUnits.supervisedUnitIdsOf,
    /** for the tasks feature: a unit's supervisors on a day, where a task names none */
    supervisorsOf: keyUnits.supervisorsOf,
  };
}

export type SteeringFeature = ReturnType<typeof createSteeringFeature>;
