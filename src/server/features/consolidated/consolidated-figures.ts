import type { ConsolidatedFigures, ConsolidatedQuery, KeyUnitResult } from '../../../shared/contracts/consolidated.ts';
import type { TaskStatistics } from '../../../shared/contracts/tasks.ts';
import { serviceIndexPeriod } from '../../../shared/contracts/service-index.ts';
import { groupProposals, previousPeriodOf, publishedChanges, reportPeriodOf } from '../../../shared/domain/consolidated.ts';
import { taskStatistics } from '../../../shared/domain/task-statistics.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { ConsolidatedDeps } from './consolidated-deps.ts';

/** A section the reader has no right to (the service index without dossiers.read…) is left empty, not an error: the rest of the report is theirs. */
async function unlessForbidden<T>(read: () => Promise<T>, empty: T): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof AppError && e.code === 'forbidden') return empty;
    throw e;
  }
}

/**
 * The figures of a consolidated report, each read from the feature that owns it (tasks,
 * dossiers, service index, assessments, standings, reporting rounds): nothing counted twice.
 * The caller has checked `reporting.read` on the unit.
 */
export function createFigures(deps: ConsolidatedDeps) {
  async function tasksOf(actor: Actor, unit: string, asOf: string): Promise<ConsolidatedFigures['tasks']> {
    const g = await deps.tasks.statistics.groups(actor, { unit, descendants: true, asOf });
    return { total: g.statistics, byPlan: g.byPlan.map(({ plan, statistics }) => ({ plan: plan.code, title: plan.title, kind: plan.kind, issuingBody: plan.issuingBody, documentNumber: plan.documentNumber, statistics })), byIssuingBody: g.byIssuingBody, byArea: g.byArea, key: g.key };
  }

  async function serviceIndexOf(actor: Actor, unit: string, scored: string) {
    return unlessForbidden(async () => {
      const before = previousPeriodOf(scored);
      const [now, previous] = await Promise.all([deps.dossiers.serviceIndex.compute(actor, unit, scored), before ? deps.dossiers.serviceIndex.compute(actor, unit, before) : null]);
      return {
        period: now.period,
        provisional: now.provisional,
        total: now.total,
        totalMax: now.totalMax,
        band: now.band,
        groups: now.groups.map((g) => ({ key: g.key, score: g.score, max: g.max })),
        previous: previous ? { period: previous.period, total: previous.total } : null,
        change: previous ? Math.round((now.total - previous.total) * 100) / 100 : null,
      };
    }, null);
  }

  /** Finalised rounds of the period's year and the year before: the subtree's units' places of N. */
  async function assessmentsOf(actor: Actor, unit: string, year: number) {
    return unlessForbidden(async () => {
      const inScope = new Set((await deps.units.refsOf(await deps.units.subtreeIdsOf(unit))).map((u) => u.code));
      const rounds = (await deps.rounds.list(actor)).filter((r) => r.finalized && (r.year === year || r.year === year - 1));
      // The rounds' results are independent: read together.
      const results = await Promise.all(rounds.map((r) => deps.rounds.results(actor, r.code)));
      return rounds.flatMap((r, i) => results[i]!.units.filter((u) => inScope.has(u.unit)).map((u) => ({ round: r.code, unit: u.unit, year: r.year, points: u.points, percent: u.percent, rank: u.rank, of: u.of, rankChange: u.rankChange, band: u.band })));
    }, []);
  }

  /**
   * The key units: those the round asks when it asks a committee's key units, or else those
   * the committees of the report's unit selected for the period's year, each with its key
   * tasks as of the cut-off, its submission in the round, and its service index.
   */
  async function keyUnitsOf(actor: Actor, q: ConsolidatedQuery, year: number, asOf: string, scored: string): Promise<KeyUnitResult[]> {
    const source = deps.keyUnits;
    if (!source) return [];
    const round = q.round && deps.submissions ? await deps.submissions.submissionsOf(q.round) : null;
    const committees = round?.asked.kind === 'key_units' ? [{ code: round.asked.committeeCode, year: round.asked.year }] : (await source.committeesOf(q.unit, asOf)).map((code) => ({ code, year }));
    const chosen = (await Promise.all(committees.map(async (c) => (await source.keyUnitIdsOf(c.code, c.year, asOf)).map((unitId) => ({ committee: c.code, unitId }))))).flat();
    if (!chosen.length) return [];
    const refs = new Map((await deps.units.refsOf([...new Set(chosen.map((k) => k.unitId))])).map((u) => [u.id, u]));
    const codes = [...new Set([...refs.values()].map((u) => u.code))];
    const [keyTasks, scores] = await Promise.all([keyTasksOf(actor, q.unit, codes, asOf), scoresOf(actor, q.unit, codes, scored)]);
    return chosen
      .flatMap(({ committee, unitId }): KeyUnitResult[] => {
        const unit = refs.get(unitId)!;
        const tasks = keyTasks.get(unit.code);
        if (!tasks) return [];
        const submission = round?.units.find((u) => u.unit === unit.code);
        return [{ unit: unit.code, names: unit.names, committee, keyTasks: tasks, submission: submission ? { state: submission.state, late: submission.late } : null, serviceIndex: scores.get(unit.code) ?? null }];
      })
      .sort((a, b) => a.committee.localeCompare(b.committee) || a.unit.localeCompare(b.unit));
  }

  /**
   * Each unit's own key tasks (descendants: false) as of the day: one read of the report's
   * subtree, split by owner unit (a unit without a key task there has none: zeros), and a read
   * per unit outside it. A unit the reader may not see is left out.
   */
  async function keyTasksOf(actor: Actor, reportUnit: string, codes: string[], asOf: string): Promise<Map<string, TaskStatistics>> {
    const subtree = new Set((await deps.units.refsOf(await deps.units.subtreeIdsOf(reportUnit))).map((u) => u.code));
    const inside = await unlessForbidden(() => deps.tasks.statistics.compute(actor, { unit: reportUnit, descendants: true, keyOnly: true, asOf }), null);
    const out = new Map<string, TaskStatistics>();
    if (inside) {
      const byUnit = new Map(inside.byUnit.map((u) => [u.unitCode, u.statistics]));
      for (const code of codes) if (subtree.has(code)) out.set(code, byUnit.get(code) ?? taskStatistics([], asOf));
    }
    await Promise.all(
      codes
        .filter((code) => !subtree.has(code))
        .map(async (code) => {
          const own = await unlessForbidden(() => deps.tasks.statistics.compute(actor, { unit: code, descendants: false, keyOnly: true, asOf }), null);
          if (own) out.set(code, own.statistics);
        }),
    );
    return out;
  }

  /**
   * The units' service index for the period: the report unit's children from one ranking (its
   * flows read once for all of them), others one by one; none where the reader may not see it
   * or the dossiers feature cannot score the unit.
   */
  async function scoresOf(actor: Actor, reportUnit: string, codes: string[], period: string): Promise<Map<string, { period: string; total: number }>> {
    const out = new Map<string, { period: string; total: number }>();
    const ranking = await unlessForbidden(() => deps.dossiers.serviceIndex.ranking(actor, reportUnit, period), null);
    for (const r of ranking?.units ?? []) if (codes.includes(r.unit.code)) out.set(r.unit.code, { period, total: r.total });
    await Promise.all(
      codes
        .filter((code) => ranking && !out.has(code))
        .map(async (code) => {
          try {
            out.set(code, { period, total: (await deps.dossiers.serviceIndex.compute(actor, code, period)).total });
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
          }
        }),
    );
    return out;
  }

  return async function figuresOf(actor: Actor, q: ConsolidatedQuery): Promise<ConsolidatedFigures> {
    const period = reportPeriodOf(q);
    if (!period) throw new AppError('invalid_period', { period: q.period ?? null, from: q.from ?? null, to: q.to ?? null });
    const asOf = q.asOf ?? (period.to < deps.today() ? period.to : deps.today());
    if (q.round && !deps.submissions) throw new AppError('not_found', { round: q.round });
    const year = Number(period.to.slice(0, 4));
    // The portal scores months, quarters and years: other periods read the year they end in.
    const scored = serviceIndexPeriod.safeParse(period.label).success ? period.label : period.to.slice(0, 4);
    // The sections are independent: read together (a PostgreSQL pool runs them side by side).
    const [dossiers, tasks, serviceIndex, assessments, timeline, submissions, proposals, keyUnits, targets] = await Promise.all([
      deps.dossiers.reports.report(actor, { unit: q.unit, period: q.period, from: q.from, to: q.to, descendants: true, tree: 'period', breakdowns: false }),
      tasksOf(actor, q.unit, asOf),
      serviceIndexOf(actor, q.unit, scored),
      assessmentsOf(actor, q.unit, year),
      unlessForbidden(() => deps.standings.timeline(actor, q.unit), { unit: q.unit, standings: [], targets: [] }),
      q.round && deps.submissions ? deps.submissions.statusOf(q.round) : null,
      q.round && deps.submissions ? deps.submissions.proposalsOf(q.round) : [],
      keyUnitsOf(actor, q, year, asOf, scored),
      // The targets as of the cut-off; a reader without dossiers.read on the unit gets none.
      deps.targets ? unlessForbidden(() => deps.targets!(actor, q.unit, asOf), []) : [],
    ]);
    return {
      unit: dossiers.unit,
      period: period.label,
      from: period.from,
      to: period.to,
      asOf,
      round: q.round ?? null,
      tasks,
      dossiers: dossiers.report,
      serviceIndex,
      assessments,
      // the nation's ranking only: a region's rank is another ranking (issue 20)
      standings: publishedChanges(timeline.standings.filter((s) => s.comparisonSet === 'nation'), year),
      submissions,
      keyUnits,
      targets,
      proposals: groupProposals(proposals),
    };
  };
}
