import type { ConsolidatedFigures, ConsolidatedQuery, KeyUnitResult } from '../../../shared/contracts/consolidated.ts';
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
      const out = [];
      for (const r of rounds) {
        const results = await deps.rounds.results(actor, r.code);
        for (const u of results.units) if (inScope.has(u.unit)) out.push({ round: r.code, unit: u.unit, year: r.year, points: u.points, percent: u.percent, rank: u.rank, of: u.of, rankChange: u.rankChange, band: u.band });
      }
      return out;
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
    const refs = new Map((await deps.units.refsOf([...new Set(chosen.map((k) => k.unitId))])).map((u) => [u.id, u]));
    const rows = await Promise.all(
      chosen.map(async ({ committee, unitId }): Promise<KeyUnitResult | null> => {
        const unit = refs.get(unitId)!;
        const keyTasks = await unlessForbidden(async () => (await deps.tasks.statistics.compute(actor, { unit: unit.code, descendants: false, keyOnly: true, asOf })).statistics, null);
        if (!keyTasks) return null;
        const submission = round?.units.find((u) => u.unit === unit.code);
        return { unit: unit.code, names: unit.names, committee, keyTasks, submission: submission ? { state: submission.state, late: submission.late } : null, serviceIndex: await scoreOf(actor, unit.code, scored) };
      }),
    );
    return rows.filter((r): r is KeyUnitResult => r !== null).sort((a, b) => a.committee.localeCompare(b.committee) || a.unit.localeCompare(b.unit));
  }

  /** A unit's service index, or null where the reader may not see it or the dossiers feature cannot score the unit. */
  async function scoreOf(actor: Actor, unit: string, period: string) {
    try {
      const { total, totalMax } = await deps.dossiers.serviceIndex.compute(actor, unit, period);
      return { period, total, totalMax };
    } catch (e) {
      if (e instanceof AppError) return null;
      throw e;
    }
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
    const [dossiers, tasks, serviceIndex, assessments, timeline, submissions, proposals, keyUnits] = await Promise.all([
      deps.dossiers.reports.report(actor, { unit: q.unit, period: q.period, from: q.from, to: q.to, descendants: true, tree: 'period', breakdowns: false }),
      tasksOf(actor, q.unit, asOf),
      serviceIndexOf(actor, q.unit, scored),
      assessmentsOf(actor, q.unit, year),
      unlessForbidden(() => deps.standings.timeline(actor, q.unit), { unit: q.unit, standings: [] }),
      q.round && deps.submissions ? deps.submissions.statusOf(q.round) : null,
      q.round && deps.submissions ? deps.submissions.proposalsOf(q.round) : [],
      keyUnitsOf(actor, q, year, asOf, scored),
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
      standings: publishedChanges(timeline.standings, year),
      submissions,
      keyUnits,
      proposals: groupProposals(proposals),
    };
  };
}
