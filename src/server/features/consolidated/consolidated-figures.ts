import type { ConsolidatedFigures, ConsolidatedQuery } from '../../../shared/contracts/consolidated.ts';
import type { TaskStatistics } from '../../../shared/contracts/tasks.ts';
import { serviceIndexPeriod } from '../../../shared/contracts/service-index.ts';
import { groupProposals, previousPeriodOf, publishedChanges, reportPeriodOf } from '../../../shared/domain/consolidated.ts';
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
  async function tasksOf(actor: Actor, unit: string, asOf: string) {
    const all = await deps.tasks.statistics.compute(actor, { unit, descendants: true, asOf, keyOnly: false });
    const key = await deps.tasks.statistics.compute(actor, { unit, descendants: true, asOf, keyOnly: true });
    const plans = await deps.tasks.plans.list(actor);
    const byPlan = [];
    for (const p of plans) {
      const { statistics } = await deps.tasks.statistics.compute(actor, { unit, descendants: true, asOf, keyOnly: false, plan: p.code });
      if (statistics.total > 0) byPlan.push({ plan: p.code, title: p.title, kind: p.kind, issuingBody: p.issuingBody, documentNumber: p.documentNumber, statistics });
    }
    const bodies = [...new Set(byPlan.map((p) => p.issuingBody))].sort();
    const byIssuingBody = [];
    for (const issuingBody of bodies) byIssuingBody.push({ issuingBody, statistics: (await deps.tasks.statistics.compute(actor, { unit, descendants: true, asOf, keyOnly: false, issuingBody })).statistics });
    return { total: all.statistics, byPlan, byIssuingBody, byArea: all.byArea, key: key.statistics as TaskStatistics };
  }

  async function serviceIndexOf(actor: Actor, unit: string, period: { label: string; to: string }) {
    // The portal scores months, quarters and years: other periods read the year they end in.
    const scored = serviceIndexPeriod.safeParse(period.label).success ? period.label : period.to.slice(0, 4);
    return unlessForbidden(async () => {
      const now = await deps.dossiers.serviceIndex.compute(actor, unit, scored);
      const before = previousPeriodOf(scored);
      const previous = before ? await deps.dossiers.serviceIndex.compute(actor, unit, before) : null;
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
      const out = [];
      for (const r of rounds) {
        const results = await deps.rounds.results(actor, r.code);
        for (const u of results.units) if (inScope.has(u.unit)) out.push({ round: r.code, unit: u.unit, year: r.year, points: u.points, percent: u.percent, rank: u.rank, of: u.of, rankChange: u.rankChange, band: u.band });
      }
      return out;
    }, []);
  }

  return async function figuresOf(actor: Actor, q: ConsolidatedQuery): Promise<ConsolidatedFigures> {
    const period = reportPeriodOf(q);
    if (!period) throw new AppError('invalid_period', { period: q.period ?? null, from: q.from ?? null, to: q.to ?? null });
    const asOf = q.asOf ?? (period.to < deps.today() ? period.to : deps.today());
    if (q.round && !deps.submissions) throw new AppError('not_found', { round: q.round });
    const dossiers = await deps.dossiers.reports.report(actor, { unit: q.unit, period: q.period, from: q.from, to: q.to, descendants: true, tree: 'period', breakdowns: false });
    const year = Number(period.to.slice(0, 4));
    const timeline = await unlessForbidden(() => deps.standings.timeline(actor, q.unit), { unit: q.unit, standings: [] });
    return {
      unit: dossiers.unit,
      period: period.label,
      from: period.from,
      to: period.to,
      asOf,
      round: q.round ?? null,
      tasks: await tasksOf(actor, q.unit, asOf),
      dossiers: dossiers.report,
      serviceIndex: await serviceIndexOf(actor, q.unit, period),
      assessments: await assessmentsOf(actor, q.unit, year),
      standings: publishedChanges(timeline.standings, year),
      submissions: q.round && deps.submissions ? await deps.submissions.statusOf(q.round) : null,
      proposals: q.round && deps.submissions ? groupProposals(await deps.submissions.proposalsOf(q.round)) : [],
    };
  };
}
