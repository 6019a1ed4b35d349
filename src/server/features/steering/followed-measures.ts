import type { FollowedUnit } from '../../../shared/contracts/steering.ts';
import { deadlineOn, standingOn } from '../../../shared/domain/task-statistics.ts';
import { AppError } from '../../../shared/errors.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts';
import type { ServiceIndex } from '../dossiers/index.ts';
import type { TasksFeature } from '../tasks/index.ts';

/**
 * The figures of a followed unit, from the features that own them (through their public
 * surface only). They are read with the system's authority: whoever may see the member's
 * page may see the figures of the units the member follows (checked by followed.service.ts).
 */
export interface FollowedMeasures {
  keyTasks(unitCode: string, asOf: string): Promise<Pick<FollowedUnit, 'keyTasks' | 'overdue'>>;
  serviceIndex(unitCode: string, asOf: string): Promise<FollowedUnit['serviceIndex']>;
}

export function followedMeasures(tasks: Pick<TasksFeature, 'statistics' | 'tasks'>, serviceIndex: Pick<ServiceIndex, 'compute' | 'trend'>): FollowedMeasures {
  return {
    async keyTasks(unitCode, asOf) {
      const filter = { unit: unitCode, descendants: false, keyOnly: true, asOf };
      const { statistics } = await tasks.statistics.compute(SYSTEM_ACTOR, filter);
      const overdue = (await tasks.tasks.list(SYSTEM_ACTOR, filter))
        .map((t) => ({ t, facts: { assignedOn: t.assignedOn, originalDeadline: t.originalDeadline, deadlineChanges: t.deadlineChanges, completedOn: t.completedOn } }))
        .filter(({ facts }) => standingOn(facts, asOf) === 'overdue')
        .map(({ t, facts }) => ({ id: t.id, code: t.code, title: t.title, deadline: deadlineOn(facts, asOf) }))
        .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.code.localeCompare(b.code));
      return { keyTasks: statistics, overdue };
    },
    async serviceIndex(unitCode, asOf) {
      // The index of asOf's calendar year (provisional while it runs) and the 12 months up to asOf's.
      try {
        const { total } = await serviceIndex.compute(SYSTEM_ACTOR, unitCode, asOf.slice(0, 4));
        const { months } = await serviceIndex.trend(SYSTEM_ACTOR, unitCode, asOf.slice(0, 7), 12);
        return { total, trend: months.map((m) => ({ period: m.period, total: m.total })) };
      } catch (error) {
        // A unit the dossiers feature cannot score (e.g. not in the tree of that month) has no index: null, not zeros.
        if (error instanceof AppError) return null;
        throw error;
      }
    },
  };
}
