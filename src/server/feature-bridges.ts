import type { JobKindName } from '../shared/contracts/jobs.ts';
import type { FrameworksService, Measures, RoundsService, StandingsService, SurveyRateOf } from './features/assessments/index.ts';
import type { CreateTaskFor, FollowUpsService, TasksOf } from './features/followups/index.ts';
import type { createDossierIngest, DossierReports, ServiceIndex } from './features/dossiers/index.ts';
import type { RegisterFollowUps } from './features/inspections/index.ts';
import type { PublicSources } from './features/publication/index.ts';
import type { FiguresOf } from './features/reporting/index.ts';
import type { StandingsPort, SurveysFeature } from './features/surveys/index.ts';
import type { createTasksFeature } from './features/tasks/index.ts';
import { AppError } from '../shared/errors.ts';
import { SYSTEM_ACTOR } from './platform/auth/actor.ts';
import type { JobKind } from './platform/jobs/index.ts';
import type { Metrics } from './platform/observability/metrics.ts';

/**
 * The bridges between features the composition root (app.ts) wires: each feature asks for what it
 * needs in its own terms (measures, figures, linked tasks, remedies, background jobs), and these
 * answer from the features that have it, so no feature reaches into another.
 */
/**
 * PAR Monitor's own figures for the computed criteria of index frameworks, read from the
 * tasks and dossiers features (the assessments feature does not reach into them).
 */
export function measuresFrom(tasks: ReturnType<typeof createTasksFeature>, dossiers: { reports: DossierReports; serviceIndex: ServiceIndex }): Measures {
  return {
    async percent(measure, unit, year, cutoff) {
      if (measure === 'task_completion_rate') {
        const s = (await tasks.statistics.compute(SYSTEM_ACTOR, { unit, descendants: true, keyOnly: false, asOf: cutoff })).statistics;
        return s.total === 0 ? null : s.completionRate;
      }
      if (measure === 'service_index_total') return (await dossiers.serviceIndex.compute(SYSTEM_ACTOR, unit, String(year))).total;
      const r = (await dossiers.reports.report(SYSTEM_ACTOR, { unit, period: String(year), descendants: true, tree: 'period', breakdowns: false })).report;
      if (measure === 'dossier_online_rate') return r.received.total === r.received.carriedOver ? null : r.rates.online;
      return r.resolved.total === 0 ? null : r.rates.onTime;
    },
  };
}

/**
 * The figures shown beside a unit's report: its tasks (all, and by plan) as of the round's
 * cut-off, its one-stop report and its service index for the round's period, read from the
 * tasks and dossiers features (the reporting feature does not reach into them).
 */
export function figuresFrom(tasks: ReturnType<typeof createTasksFeature>, dossiers: { reports: DossierReports; serviceIndex: ServiceIndex }): FiguresOf {
  return async (unit, period, asOf) => {
    const statistics = (plan?: string) => tasks.statistics.compute(SYSTEM_ACTOR, { unit, plan, descendants: true, keyOnly: false, asOf }).then((r) => r.statistics);
    const byPlan = [];
    for (const plan of await tasks.plans.list(SYSTEM_ACTOR)) {
      const s = await statistics(plan.code);
      if (s.total > 0) byPlan.push({ plan: plan.code, title: plan.title, issuingBody: plan.issuingBody, statistics: s });
    }
    const report = (await dossiers.reports.report(SYSTEM_ACTOR, { unit, period: period.label, descendants: true, tree: 'period', breakdowns: false })).report;
    // The service index is scored per calendar month, quarter or year: the year the period ends in.
    const index = await dossiers.serviceIndex.compute(SYSTEM_ACTOR, unit, period.to.slice(0, 4));
    return { tasks: { total: await statistics(), byPlan }, dossiers: report, serviceIndex: { period: index.period, total: index.total, totalMax: index.totalMax, band: index.band, provisional: index.provisional } };
  };
}

/** The tasks linked to follow-up items, as the item shows them (read whole: the item's reader may see its task's title). */
export function linkedTasksFrom(tasks: ReturnType<typeof createTasksFeature>): TasksOf {
  return async (ids) => Promise.all(ids.map(async (id) => tasks.tasks.get(SYSTEM_ACTOR, id).then((t) => ({ id: t.id, title: t.title, planCode: t.planCode })))).catch(() => []);
}

/** A task created from a follow-up item in a plan, by the tasks feature's own rules (tasks.manage on the plan's unit). */
export function taskCreatorFrom(tasks: ReturnType<typeof createTasksFeature>): CreateTaskFor {
  return async (actor, planCode, t) => (await tasks.tasks.create(actor, planCode, { ...t, description: {}, area: 'other', cooperatingUnitCodes: [], supervisor: null, key: false, startDate: null, expectedOutput: '' })).id;
}

/**
 * The inspections register's remedies are follow-up items: the followups service's writes,
 * and its items read back with their state on any day (the register counts findings fixed and
 * overdue as of a day; it does not reach into the items).
 */
export function remediesFrom(followUps: FollowUpsService): RegisterFollowUps {
  return {
    raise: followUps.raise,
    assign: followUps.assign,
    resolve: followUps.resolve,
    itemsOfSources: followUps.itemStatesOfSources,
  };
}

/** Dossier pushes and imports counted in the metrics as they return (rows taken in, changed or not). */
export function countedIngest(ingest: ReturnType<typeof createDossierIngest>, metrics: Metrics): ReturnType<typeof createDossierIngest> {
  const count = <R extends { rows: number }>(result: R): R => (metrics.importedRows.inc({ kind: 'dossiers' }, result.rows), result);
  return {
    ...ingest,
    upsertBatch: (...args) => ingest.upsertBatch(...args).then(count),
    importCsv: (...args) => ingest.importCsv(...args).then(count),
  };
}

/**
 * The background work (ADR 0005), run once across processes by the job queue: each reminder
 * is a kind of its own, so one failing is retried and shown alone and does not hold the others
 * back. Hourly, and once soon after start-up (each reminder is given once, so a run that finds
 * nothing new gives nothing). The flow snapshots roll a month forward once it has ended
 * (flow-snapshots.repository.ts); the other hours find nothing to do.
 */
export function backgroundJobs(work: Record<JobKindName, () => Promise<Record<string, number>>>): JobKind[] {
  return Object.entries(work).map(([name, run]) => ({ name, cron: '0 * * * *', runAtStart: true, run }));
}

/**
 * A survey wave's rates for the survey criteria of index rounds, read from the surveys feature:
 * the unit with its subtree; a unit outside the wave has no rate (null), a wave that does not
 * exist is not found.
 */
export function surveyRatesFrom(surveys: () => SurveysFeature): SurveyRateOf {
  return async ({ wave, unitCode, element }) => {
    await surveys().waves.get(SYSTEM_ACTOR, wave);
    const r = await surveys()
      .results.results(SYSTEM_ACTOR, wave, { unit: unitCode, descendants: true })
      .catch((e: unknown) => {
        if (e instanceof AppError && e.code === 'not_found') return null;
        throw e;
      });
    if (!r) return null;
    return element === null ? r.overall : (r.elements[element]?.rate ?? null);
  };
}

/**
 * The register of published standings, for a standing recorded from a survey wave: the unit's
 * own entry (not a predecessor's) for the index and year, and saving one as a typed-in standing
 * is saved — its scope check, index check and audit.
 */
export function standingsFrom(standings: StandingsService): StandingsPort {
  return {
    async current(actor, q) {
      const found = (await standings.timeline(actor, q.unitCode)).standings.find((s) => s.unit.code === q.unitCode && s.indexCode === q.indexCode && s.year === q.year);
      return found ? { value: found.value, source: found.source } : null;
    },
    save: (actor, s) => standings.saveStanding(actor, s),
  };
}

/**
 * What the public pages read (the publication feature), with the system's eyes: the publication
 * feature checks that the subject is published before it asks, and cuts down what it gets.
 */
export function publicSourcesFrom(d: { rounds: RoundsService; frameworks: FrameworksService; standings: StandingsService; dossiers: { reports: DossierReports; serviceIndex: ServiceIndex }; surveys: () => SurveysFeature; unitIdOf: (code: string) => Promise<number> }): PublicSources {
  const system = SYSTEM_ACTOR;
  const absent = <T>(p: Promise<T>) => p.catch((e: unknown) => (e instanceof AppError && (e.code === 'not_found' || e.code === 'unit_not_found') ? null : Promise.reject(e)));
  return {
    async round(code) {
      const round = (await d.rounds.list(system)).find((r) => r.code === code);
      if (!round) return null;
      const framework = await d.frameworks.get(system, round.frameworkCode, round.frameworkVersion);
      const ranked = Object.keys((await d.rounds.results(system, code)).unitNames);
      return { year: round.year, names: framework.framework.names, finalized: round.finalized, unitIds: await Promise.all(ranked.map(d.unitIdOf)), previousRound: round.previousRoundCode };
    },
    roundResults: (code) => d.rounds.results(system, code),
    serviceIndexTrend: (unit, until, months) => d.dossiers.serviceIndex.trend(system, unit, until, months),
    serviceIndexRanking: (unit, period) => d.dossiers.serviceIndex.ranking(system, unit, period),
    oneStop: (unit, from, to) => d.dossiers.reports.report(system, { unit, from, to, descendants: true, tree: 'period', breakdowns: false }),
    standings: async (unit) => (await d.standings.timeline(system, unit)).standings,
    indices: () => d.standings.listIndices(system),
    async wave(code) {
      const wave = await absent(d.surveys().waves.get(system, code));
      if (!wave) return null;
      return { names: wave.names, from: wave.from, to: wave.to, unitId: await d.unitIdOf(wave.unit.code), links: wave.units.map((u) => ({ unit: u.unit, link: u.link })) };
    },
  };
}
