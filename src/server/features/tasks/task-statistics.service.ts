import type { TaskFilter, TaskStatistics } from '../../../shared/contracts/tasks.ts';
import { rankDescending } from '../../../shared/domain/ranking.ts';
import { taskFactsOf, taskStatistics, type TaskFacts } from '../../../shared/domain/task-statistics.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { TasksDeps } from './task-views.ts';
import type { TasksService } from './tasks.service.ts';
import * as repo from './tasks.repository.ts';

export interface UnitStanding {
  unitCode: string;
  unitNames: LocalizedNames;
  statistics: TaskStatistics;
  rank: number;
  of: number;
}

/**
 * The figures leaders quote, over the tasks an actor may see: totals for any filter and
 * as-of date, and the same per owner unit, ranked by completion rate (ties share a rank).
 */
export function createTaskStatisticsService(deps: TasksDeps, tasks: TasksService) {
  async function factsOf(rows: repo.TaskRow[]): Promise<Map<number, TaskFacts>> {
    const changes = await repo.deadlineChangesOf(deps.db, rows.map((t) => t.id));
    return new Map(rows.map((t) => [t.id, taskFactsOf(t, changes)]));
  }

  return {
    async compute(actor: Actor, filter: TaskFilter): Promise<{ asOf: string; statistics: TaskStatistics; byUnit: UnitStanding[]; byArea: { area: string; statistics: TaskStatistics }[] }> {
      const asOf = filter.asOf ?? deps.today();
      const rows = await tasks.visibleRows(actor, filter);
      const facts = await factsOf(rows);
      const statsOf = (subset: repo.TaskRow[]) => taskStatistics(subset.map((t) => facts.get(t.id)!), asOf);
      const owners = [...new Set(rows.map((t) => t.ownerUnitId))];
      const refs = new Map((await deps.units.refsOf(owners)).map((r) => [r.id, r]));
      const perUnit = owners
        .map((id) => ({ unitCode: refs.get(id)?.code ?? '', unitNames: refs.get(id)?.names ?? {}, statistics: statsOf(rows.filter((t) => t.ownerUnitId === id)) }))
        .filter((u) => u.statistics.total > 0);
      const byUnit = rankDescending(perUnit, (u) => u.statistics.completionRate, (a, b) => b.statistics.total - a.statistics.total || a.unitCode.localeCompare(b.unitCode)).map((r) => ({
        ...r.item,
        rank: r.rank,
        of: r.of,
      }));
      const areas = [...new Set(rows.map((t) => t.area))].sort();
      return { asOf, statistics: statsOf(rows), byUnit, byArea: areas.map((area) => ({ area, statistics: statsOf(rows.filter((t) => t.area === area)) })) };
    },
  };
}

export type TaskStatisticsService = ReturnType<typeof createTaskStatisticsService>;
