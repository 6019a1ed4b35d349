import type { Plan, TaskFilter, TaskStatistics } from '../../../shared/contracts/tasks.ts';
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

export interface TaskGroups {
  asOf: string;
  statistics: TaskStatistics;
  byArea: { area: string; statistics: TaskStatistics }[];
  byPlan: { plan: Pick<Plan, 'code' | 'title' | 'kind' | 'issuingBody' | 'documentNumber'>; statistics: TaskStatistics }[];
  byIssuingBody: { issuingBody: string; statistics: TaskStatistics }[];
  key: TaskStatistics;
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

    /**
     * The figures a consolidated report quotes, from one read of the rows: overall, by area,
     * by plan (with what the plan is), by the plans' issuing body, and for key tasks alone.
     */
    async groups(actor: Actor, filter: Omit<TaskFilter, 'keyOnly'>): Promise<TaskGroups> {
      const asOf = filter.asOf ?? deps.today();
      const rows = await tasks.visibleRows(actor, { ...filter, keyOnly: false });
      const facts = await factsOf(rows);
      const statsOf = (subset: repo.TaskRow[]) => taskStatistics(subset.map((t) => facts.get(t.id)!), asOf);
      const planIds = new Set(rows.map((t) => t.planId));
      const plans = (await repo.listPlans(deps.db)).filter((p) => planIds.has(p.id));
      const bodyOf = new Map(plans.map((p) => [p.id, p.issuingBody]));
      const bodies = [...new Set(plans.map((p) => p.issuingBody))].sort();
      return {
        asOf,
        statistics: statsOf(rows),
        byArea: [...new Set(rows.map((t) => t.area))].sort().map((area) => ({ area, statistics: statsOf(rows.filter((t) => t.area === area)) })),
        byPlan: plans.map((p) => ({ plan: { code: p.code, title: p.title, kind: p.kind as Plan['kind'], issuingBody: p.issuingBody, documentNumber: p.documentNumber }, statistics: statsOf(rows.filter((t) => t.planId === p.id)) })),
        byIssuingBody: bodies.map((issuingBody) => ({ issuingBody, statistics: statsOf(rows.filter((t) => bodyOf.get(t.planId) === issuingBody)) })),
        key: statsOf(rows.filter((t) => t.isKey)),
      };
    },
  };
}

export type TaskStatisticsService = ReturnType<typeof createTaskStatisticsService>;
