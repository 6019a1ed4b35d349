import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { todayIn } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR, type Actor } from './platform/auth/actor.ts';
import type { TrustProxy } from './config.ts';
import { useAuditKey } from './platform/audit/audit-log.ts';
import { resealLegacyAudit } from './platform/audit/audit-reseal.ts';
import type { Database, Db } from './platform/db/database.ts';
import { healthRoutes, type Lifecycle } from './platform/http/health.ts';
import { createPublicCache } from './platform/http/public-cache.ts';
import { createHttpServer } from './platform/http/server.ts';
import { installObservability } from './platform/observability/http-observability.ts';
import { createMetrics } from './platform/observability/metrics.ts';
import { backgroundJobs, countedIngest, figuresFrom, linkedTasksFrom, measuresFrom, publicSourcesFrom, remediesFrom, standingsFrom, surveyRatesFrom, taskCreatorFrom } from './feature-bridges.ts';
import type { Logger } from './platform/logger.ts';
import { createJobQueue, installJobQueue, type JobQueueOptions } from './platform/jobs/index.ts';
import { createMailer } from './platform/mail.ts';
import { pickName, type Locale } from '../shared/locales.ts';
import { createFrameworksService, createProfileExport, createRoundsService, ensureFrameworkTemplates, createStandingsService, ensureExternalIndices, frameworksRoutes, loadDemoRounds, loadDemoStandings, roundsRoutes, standingsRoutes } from './features/assessments/index.ts';
import { auditRoutes, createAuditService } from './features/audit/index.ts';
import { calendarRoutes, createCalendarService, createHolidaysImport, ensureShippedHolidays } from './features/calendar/index.ts';
import { consolidatedRoutes, createConsolidatedService } from './features/consolidated/index.ts';
import { createFollowUpsService, ensureFollowUpFields, followUpsRoutes, type SendFollowUpReminder } from './features/followups/index.ts';
import { createDossierIngest, createDossierReports, createHandlingReports, createResolvedDossiers, createProcedureFees, createProcedureTimes, createProceduresService, createServiceIndex, dossiersRoutes, feesRoutes, loadDemoDossiers, refeeDossiers, retimeDossiers, rollEndedMonths } from './features/dossiers/index.ts';
import { createJobsService, jobsRoutes } from './features/jobs/index.ts';
import { createInspectionsImport, createInspectionsService, ensureInspectionTopics, inspectionsRoutes, loadDemoInspections } from './features/inspections/index.ts';
import { createMeetingsService, loadDemoMeetings, meetingsRoutes } from './features/meetings/index.ts';
import { createPositionsFeature, positionsRoutes } from './features/positions/index.ts';
import { createSteeringFeature, followedMeasures, loadDemoSteering, steeringRoutes } from './features/steering/index.ts';
import { createPublicationService, createPublicData, loadDemoPublications, publicationRoutes, publicDataRoutes, publicPagesRoutes } from './features/publication/index.ts';
import { createReportingService, loadDemoReporting, reportingRoutes, type SendReminder } from './features/reporting/index.ts';
import { createTargetsService, loadDemoTargets, targetsRoutes } from './features/targets/index.ts';
import { createSurveysFeature, DEMO_WAVE_CURRENT, demoSurveyCriteria, ensureQuestionnaireTemplates, loadDemoSurveys, surveysRoutes, type PublicLimits, type SendSurveyReminder } from './features/surveys/index.ts';
import { createTasksFeature, loadDemoPlans, tasksRoutes, type MailText } from './features/tasks/index.ts';
import {
  apparatusRoutes,
  createApparatusService,
  createDocumentSettings,
  createUnitsFiles,
  createUnitsService,
  DEMO_DOCUMENT_SETTINGS,
  DEMO_PROVINCE_CODE,
  DEMO_SEED,
  documentSettingsRoutes,
  ensureUnitReferenceData,
  LAOS_SEED,
  loadSeed,
  unitsRoutes,
  VIETNAM_SEED,
} from './features/units/index.ts';
import { accountsRoutes, createAccountsService, createDemoAccounts, createTokensService, createUsersService, LAOS_DEMO_ACCOUNTS, SESSION_COOKIE, usersRoutes } from './features/users/index.ts';
import { loadLaosDemoLists, loadLaosDemoTree } from './features/positions/seeds/load-demo-laos.ts';

/** What the services need from the configuration (tests pass these directly). */
export interface AppSettings {
  timeZone: string;
  mail: { url: string; from: string } | null;
  sessionSecret: string;
  /** the audit chain's HMAC key (config.ts): kept outside the database */
  auditKey: string;
  version: string;
  secureCookies: boolean;
  /** which proxies' X-Forwarded-For to believe (TRUST_PROXY); false: none */
  trustProxy: TrustProxy;
  /** PUBLIC_URL, when set: the server named in the OpenAPI document */
  publicUrl?: string;
  /** PARMON_METRICS_TOKEN: Prometheus' bearer token for /metrics; unset, only this machine may scrape */
  metricsToken?: string;
  /** PARMON_SLOW_QUERY_MS (1000 unless set): queries at least this long are logged */
  slowQueryMs?: number;
  /** the job queue's timings (tests shorten them); the time zone is `timeZone` */
  jobs?: Omit<JobQueueOptions, 'timeZone'>;
  /** the public survey form's limits per address and per link (tests and the benchmark set their own) */
  surveyLimits?: PublicLimits;
}

export const WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * Texts the server writes — e-mails, the headers of official forms — come from the same
 * locale files as the interface, so translators keep one set of files. They are read as
 * data (the server never imports web code).
 */
const LOCALES_DIR = new URL('../web/locales/', import.meta.url);
const catalogs = new Map<Locale, Record<string, unknown>>();
const localeText: MailText = (locale, key, values = {}) => {
  if (!catalogs.has(locale)) catalogs.set(locale, JSON.parse(readFileSync(new URL(`${locale}.json`, LOCALES_DIR), 'utf8')) as Record<string, unknown>);
  const found = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs.get(locale));
  const template = typeof found === 'string' ? found : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
};


/** Wire every feature's services on one database: the composition root. */
export function createServices(database: Database, settings: AppSettings) {
  const db = database.db;
  // The process's metrics (/metrics): each set of services its own registry.
  const metrics = createMetrics();
  useAuditKey(settings.auditKey);
  const today = () => todayIn(settings.timeZone);
  const units = createUnitsService({ db, today });
  const unitFiles = createUnitsFiles({ db, today });
  const documentSettings = createDocumentSettings({ db });
  const apparatus = createApparatusService({ db, today, letterheadOf: documentSettings.letterheadOf, text: localeText });
  const users = createUsersService({ db, units, sessionSecret: settings.sessionSecret });
  const tokens = createTokensService({ db, units, sessionSecret: settings.sessionSecret });
  const accounts = createAccountsService({ db, units });
  const audit = createAuditService({ db });
  // The calendar of working days: every count of working days reads it (issue 17).
  // Its built calendars are dropped whenever any process changes a day (several servers share a database).
  const calendar = createCalendarService({ db, onWorkingDaysChanged: retimeDossiers, followChanges: (channel, onChange) => database.listen(channel, onChange) });
  const holidaysImport = createHolidaysImport(calendar);
  // A task naming no supervisor is supervised by the members following its unit: the steering
  // feature, built further down (it reads the tasks' figures), answers when a task is read.
  // Confirming a task complete resolves the follow-up items created from it that close with it
  // (the follow-up feature, built further down), in the confirmation's transaction.
  const tasksDeps = {
    db,
    units,
    users,
    today,
    unitSupervisorsOf: (unitId: number, onDate: string) => steering.supervisorsOf(unitId, onDate),
    onTaskCompleted: (tx: Db, actor: Actor, taskId: number, completedOn: string) => followUps.closeWithTask(tx, actor, taskId, completedOn),
  };
  const tasks = createTasksFeature(tasksDeps, { mailer: createMailer(settings.mail), text: localeText });
  const procedures = createProceduresService({ db });
  // Dated fees of procedures (issue 17); a change re-derives the dossiers' savings through onFeesChanged.
  const procedureFees = createProcedureFees({ db, onFeesChanged: refeeDossiers });
  const dossiersDeps = { db, copyCsv: database.copyCsv, units, timeZone: settings.timeZone, today, text: localeText };
  // The one-stop figures tolerate a short lag: read from the replica when there is one (their writes still go to the primary).
  const dossierReads = { ...dossiersDeps, db: database.reader };
  const reports = createDossierReports(dossierReads);
  const dossiers = { procedures, ingest: countedIngest(createDossierIngest(dossiersDeps), metrics), reports, times: createProcedureTimes(dossierReads), serviceIndex: createServiceIndex(dossierReads), handling: createHandlingReports(dossierReads) };
  const frameworks = createFrameworksService({ db, units });
  // Survey criteria may take their points from a survey wave: the surveys feature, built further down, answers.
  const rounds = createRoundsService({ db, units, measures: measuresFrom(tasks, dossiers), text: localeText, letterheadOf: documentSettings.letterheadOf, today, surveyRate: surveyRatesFrom(() => surveys) });
  const standings = createStandingsService({ db, units });
  const standingsProfile = createProfileExport({ standings, text: localeText, letterheadOf: documentSettings.letterheadOf, today });
  const steering = createSteeringFeature({ db, units, users, today, measures: followedMeasures(tasks, dossiers.serviceIndex) });
  // Reminders of reports go to the unit's own people who submit for it (not to the secretariat
  // above every unit, who follows the round's status page), through the tasks feature's
  // reminders: the bell and e-mail. Rounds may ask a committee's key units, and supervising
  // members read the reports of the units they follow.
  const sendReminder: SendReminder = async (unitId, r) => tasks.reminders.notify(await users.peopleOf('reporting.submit', [unitId]), { ...r, unitName: (locale) => pickName(r.unitNames, locale) });
  const reporting = createReportingService({
    db,
    units,
    today,
    timeZone: settings.timeZone,
    figuresOf: figuresFrom(tasks, dossiers),
    text: localeText,
    sendReminder,
    keyUnitsOf: steering.keyUnitIdsOf,
    supervisedUnitsOf: steering.supervisedUnitIdsOf,
    // A submitted report's proposals become follow-up items (register 3), in the submission's transaction.
    onSubmitted: (tx, actor, report) => followUps.proposalsSubmitted(tx, actor, report),
  });
  // Reminders of follow-up items go to the responsible unit's people who answer for it.
  const sendFollowUpReminder: SendFollowUpReminder = async (unitId, r) => tasks.reminders.notify(await users.peopleOf('followups.raise', [unitId]), { ...r, unitName: (locale) => pickName(r.unitNames, locale) });
  const followUps = createFollowUpsService({
    db,
    units,
    today,
    text: localeText,
    tasksOf: linkedTasksFrom(tasks),
    createTask: taskCreatorFrom(tasks),
    supervisedUnitsOf: steering.supervisedUnitIdsOf,
    unitSupervisorsOf: steering.supervisorsOf,
    sendReminder: sendFollowUpReminder,
  });
  const meetings = createMeetingsService({ db, units, followUps, today, letterheadOf: documentSettings.letterheadOf, text: localeText });
  const inspectionsDeps = { db, units, followUps: remediesFrom(followUps), today };
  const inspections = createInspectionsService(inspectionsDeps);
  const inspectionsImport = createInspectionsImport(inspectionsDeps, inspections);
  const positions = createPositionsFeature({ db, units, today, letterheadOf: documentSettings.letterheadOf, text: localeText });
  // Targets of procedure time and cost (issue 17) are judged by the dossiers' figure of time and cost.
  const targets = createTargetsService({ db, units, today, text: localeText, catalogue: procedures.list, figure: dossiers.times.figure });
  // Reminders of survey units behind their target go to the unit's own people who enter its survey forms (not the secretariat above it).
  const sendSurveyReminder: SendSurveyReminder = async (unitId, r) => tasks.reminders.notify(await users.peopleOf('surveys.enter', [unitId]), { ...r, unitName: (locale) => pickName(r.unitNames, locale) });
  // Satisfaction surveys (issue 19): a wave's populations may be the dossiers each unit resolved; results may be read from the replica.
  const surveys = createSurveysFeature({ db, reader: database.reader, units, today, standings: standingsFrom(standings), text: localeText, letterheadOf: documentSettings.letterheadOf, secret: settings.sessionSecret, publicLimits: settings.surveyLimits, resolvedOf: async ({ unitId, from, to }) => (await dossiers.times.figure({ unitIds: [unitId], from, to })).resolved, resolvedDossiersOf: createResolvedDossiers(db), sendReminder: sendSurveyReminder });
  const consolidated = createConsolidatedService({
    db,
    units,
    tasks,
    dossiers,
    rounds,
    standings,
    submissions: {
      statusOf: reporting.statusOf,
      proposalsOf: reporting.proposalsOf,
      // The consolidated report checks its reader's scope on its own unit: the round is read whole.
      submissionsOf: async (code) => {
        const s = await reporting.status(SYSTEM_ACTOR, code);
        return { asked: s.round.asked, units: s.units.map((u) => ({ unit: u.unit.code, state: u.state, late: u.late })) };
      },
    },
    keyUnits: {
      committeesOf: async (unitCode, onDate) => (await steering.committees.list(SYSTEM_ACTOR, { unit: unitCode, asOf: onDate })).filter((c) => c.unit.code === unitCode).map((c) => c.code),
      keyUnitIdsOf: steering.keyUnitIdsOf,
    },
    // The targets' section: each target as of the cut-off, without its monthly trend.
    targets: async (actor, unitCode, asOf) => (await targets.status(actor, { unit: unitCode, asOf })).targets.map(({ trend: _trend, ...t }) => t),
    letterheadOf: documentSettings.letterheadOf,
    text: localeText,
    today,
  });
  // The public pages and open data (issue 20): what is published, read from the other features, kept until any write.
  const publicSources = publicSourcesFrom({ rounds, frameworks, standings, dossiers, surveys: () => surveys, unitIdOf: units.idOf });
  const publication = createPublicationService({ db, units, sources: publicSources });
  const publicData = createPublicData({ units, sources: publicSources, publication, today });
  const publicCache = createPublicCache((channel, onChange) => database.listen(channel, onChange));
  const jobQueue = createJobQueue(
    database,
    backgroundJobs({
      'task-reminders': () => tasks.reminders.run(),
      'report-reminders': () => reporting.remind(),
      'follow-up-reminders': () => followUps.remind(),
      'flow-snapshots': async () => ({ months: (await rollEndedMonths(db, today())).length }),
      'survey-reminders': () => surveys.reminders.remind(),
    }),
    { ...settings.jobs, timeZone: settings.timeZone },
  );
  const jobs = createJobsService({ database, queue: jobQueue });
  metrics.watchJobRuns(jobs.runCounts);
  return { database, metrics, jobQueue, jobs, units, unitFiles, documentSettings, apparatus, users, accounts, tokens, audit, tasks, tasksDeps, procedures, dossiers, dossiersDeps, frameworks, rounds, standings, standingsProfile, steering, reporting, consolidated, followUps, meetings, inspections, inspectionsDeps, inspectionsImport, positions, calendar, holidaysImport, procedureFees, targets, surveys, publication, publicData, publicCache };
}
export type Services = ReturnType<typeof createServices>;

/** A serving process found migrations it must not apply itself (several processes share a PostgreSQL database). */
export class PendingMigrationsError extends Error {
  constructor(readonly pending: readonly string[]) {
    super(`the database has ${pending.length} migration(s) to apply (${pending[0]}${pending.length > 1 ? ', …' : ''}): run \`parmon migrate\` once, then start the servers`);
    this.name = 'PendingMigrationsError';
  }
}

/**
 * Migrations (and pg-boss's own, for the job queue), the audit chain sealed with the key (rows from before it was keyed are re-sealed
 * once), then the reference data every installation needs (kinds, groups, framework
 * templates, external indices, follow-up fields, inspection topics, the shipped holidays).
 *
 * `require-current`: apply nothing, and refuse a database that is not current. Servers on a
 * PostgreSQL database start that way — `parmon migrate` runs once per upgrade, not in each of
 * several processes starting together.
 */
export async function prepareDatabase(database: Database, settings: Pick<AppSettings, 'auditKey'>, mode: 'apply' | 'require-current' = 'apply'): Promise<void> {
  useAuditKey(settings.auditKey);
  if (mode === 'require-current') {
    const pending = await database.pendingMigrations();
    if (pending.length > 0) throw new PendingMigrationsError(pending);
    return;
  }
  // One process at a time: two adding the same reference data would collide on its keys.
  await database.exclusively(async () => {
    await database.migrate();
    await installJobQueue(database);
    await resealLegacyAudit(database.db);
    await ensureUnitReferenceData(database.db);
    await ensureFrameworkTemplates(database.db);
    await ensureQuestionnaireTemplates(database.db);
    await ensureExternalIndices(database.db);
    await ensureFollowUpFields(database.db);
    await ensureInspectionTopics(database.db);
    await ensureShippedHolidays(database.db, retimeDossiers);
  });
}

/** `demo-laos` has no script of its own: its departments are dated by the day it is loaded (seedDemoLaos). */
export const SEEDS = { vietnam: VIETNAM_SEED, laos: LAOS_SEED, demo: DEMO_SEED, 'demo-laos': [] } as const;

/**
 * Load a seed. The demo province comes with living plans (tasks early, late, due this week,
 * extended), and unless told otherwise three rounds of its internal index of departments
 * and its one-stop dossiers since 1 January two years ago with targets of their time and cost (tests that do not need them skip the seconds they take),
 * and (with the demo accounts, its committee's members) its steering committee and its reporting
 * rounds of 2026 over the committee's key units (one finished, one open), and unless told otherwise
 * the registers: its dialogue with heads of divisions, two committee meetings and a ministry's inspection,
 * and unless told otherwise its satisfaction surveys (last year's wave and one collecting now), its published standings with targets,
 * and what it publishes to citizens (of all these, what was loaded).
 */
export async function seed(services: Services, name: keyof typeof SEEDS, withDemoAccounts = false, { dossiers = true, rounds: withRounds = true, registers = true, surveys: withSurveys = true, standings: withStandings = true, publications: withPublications = true }: { dossiers?: boolean; rounds?: boolean; registers?: boolean; surveys?: boolean; standings?: boolean; publications?: boolean } = {}) {
  if (name === 'demo-laos') return seedDemoLaos(services, withDemoAccounts);
  const result = await loadSeed(services.database.db, SYSTEM_ACTOR, name, SEEDS[name]);
  const accounts = withDemoAccounts ? await createDemoAccounts(services.users) : 0;
  if (name === 'demo') await services.documentSettings.ensure(SYSTEM_ACTOR, DEMO_DOCUMENT_SETTINGS.unitCode, DEMO_DOCUMENT_SETTINGS.settings);
  const plans = name === 'demo' ? await loadDemoPlans(services.tasksDeps, SYSTEM_ACTOR) : { loaded: false, tasks: 0 };
  const demoDossiers = name === 'demo' && dossiers ? await loadDemoDossiers(services.dossiersDeps, services.dossiers.ingest, SYSTEM_ACTOR) : { loaded: false, dossiers: 0 };
  // Targets of procedure time and cost against the demo's first year: judged from its dossiers, so only with them.
  const demoTargets = name === 'demo' && dossiers ? await loadDemoTargets(services.targets, SYSTEM_ACTOR, services.tasksDeps.today()) : { loaded: false, targets: 0 };
  // Vietnam's provinces come with their verified published standings (PAR INDEX, SIPAS, PCI); the demo province with its fictional ones and targets.
  if (name === 'vietnam') await services.standings.loadVerified();
  const standings = name === 'demo' && withStandings ? await loadDemoStandings(services.database.db, services.units, DEMO_PROVINCE_CODE) : { loaded: false, standings: 0 };
  // The satisfaction surveys (issue 19): last year's wave, finished, and one collecting; last year's index round takes its one-stop criteria from the first.
  const surveys = name === 'demo' && withSurveys ? await loadDemoSurveys({ db: services.database.db, units: services.units, surveys: services.surveys }, services.tasksDeps.today()) : { loaded: false, waves: 0, responses: 0 };
  const rounds = name === 'demo' && withRounds ? await loadDemoRounds(services.database.db, services.units, services.rounds, services.tasksDeps.today(), surveys.loaded ? demoSurveyCriteria() : []) : { loaded: false, rounds: 0 };
  // The steering committees' members are demo accounts: without them there is no committee to show.
  const committees = name === 'demo' && withDemoAccounts ? await loadDemoSteering(services.steering, services.tasksDeps.today()) : { loaded: false, committees: 0 };
  // The reporting rounds ask the committee's key units: no committee, no rounds.
  const reporting = name === 'demo' && withDemoAccounts ? await loadDemoReporting(services.database.db, services.units, services.reporting, services.tasksDeps.today()) : { loaded: false, rounds: 0 };
  // The demo's reports were written as submitted: their proposals become follow-up items as a submission's would.
  if (reporting.loaded) await services.followUps.fromSubmittedReports(SYSTEM_ACTOR, await services.reporting.submittedReports());
  // The registers' demo (issue 15): the province's dialogue and committee meetings (the committee's members are demo accounts) and the ministry's inspection.
  const meetings = name === 'demo' && withDemoAccounts && registers ? await loadDemoMeetings({ db: services.database.db, units: services.units, followUps: services.followUps }, SYSTEM_ACTOR) : { loaded: false, meetings: 0 };
  const inspections = name === 'demo' && withDemoAccounts && registers ? await loadDemoInspections(services.inspectionsDeps, services.inspections, SYSTEM_ACTOR) : { loaded: false, inspections: 0 };
  // What the province publishes to citizens (issue 20): last year's ranking of its departments, its service index and one-stop figures, its standings, the collecting wave's links.
  const publications = name === 'demo' && withPublications ? await loadDemoPublications(services.publication, { provinceCode: DEMO_PROVINCE_CODE, rounds: rounds.loaded ? ['NB-DEMO-1', 'NB-DEMO-2'] : [], wave: surveys.loaded ? DEMO_WAVE_CURRENT : null, dossiers: demoDossiers.loaded, standings: standings.loaded }) : { loaded: false, publications: 0 };
  return { ...result, accounts, tasks: plans.tasks, standings: standings.standings, publications: publications.publications, targets: demoTargets.targets, meetings: meetings.meetings, inspections: inspections.inspections, dossiers: demoDossiers.dossiers, rounds: rounds.rounds, surveyWaves: surveys.waves, surveyResponses: surveys.responses, committees: committees.committees, reportingRounds: reporting.rounds };
}

/**
 * The Lao demo (issue 16), beside the Vietnamese one: the Lao tree (`seed laos`) and its departments of four ministries, Vientiane Capital and Luang Prabang,
 * with the demo accounts la-reviewer, la-sector and la-department, and the departments'
 * job-position lists at every stage.
 */
async function seedDemoLaos(services: Services, withDemoAccounts: boolean) {
  const today = services.tasksDeps.today();
  await loadSeed(services.database.db, SYSTEM_ACTOR, 'laos', LAOS_SEED);
  const result = await loadLaosDemoTree(services.database.db, services.units, today);
  const accounts = withDemoAccounts ? await createDemoAccounts(services.users, LAOS_DEMO_ACCOUNTS) : 0;
  // The lists' steps are signed by the demo accounts when they exist (a reviewer's comments), else by the system.
  const lists = await loadLaosDemoLists({ positions: services.positions, users: services.users, units: services.units, today });
  return { ...result, accounts, positionLists: lists.lists, tasks: 0, dossiers: 0 };
}

export async function createHttpApp(services: Services, settings: AppSettings, logger: Logger, webRoot?: string, lifecycle: Lifecycle = { stopping: false }): Promise<FastifyInstance> {
  const app = await createHttpServer({
    logger,
    version: settings.version,
    webRoot,
    secureCookies: settings.secureCookies,
    trustProxy: settings.trustProxy,
    publicUrl: settings.publicUrl,
    resolveCaller: (req) => {
      const auth = req.headers.authorization;
      const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
      return services.users.resolve({ bearer, sessionToken: req.cookies[SESSION_COOKIE] });
    },
  });
  // With a replica, a browser that wrote reads from the primary for as long as the replica may lag.
  const replica = services.database.replicaStatus();
  installObservability(app, {
    metrics: services.metrics,
    database: services.database,
    logger,
    slowQueryMs: settings.slowQueryMs ?? 1000,
    metricsToken: settings.metricsToken,
    readYourWritesSeconds: replica ? Math.ceil(replica.maxLagMs / 1000) + 1 : undefined,
    secureCookies: settings.secureCookies,
  });
  healthRoutes(app, services.database, settings.version, lifecycle);
  usersRoutes(app, services.users, services.tokens, { secureCookies: settings.secureCookies });
  accountsRoutes(app, services.accounts);
  unitsRoutes(app, services.units, services.unitFiles);
  apparatusRoutes(app, services.apparatus);
  documentSettingsRoutes(app, services.documentSettings);
  auditRoutes(app, services.audit);
  tasksRoutes(app, services.tasks);
  dossiersRoutes(app, services.dossiers);
  feesRoutes(app, services.procedureFees);
  frameworksRoutes(app, services.frameworks);
  roundsRoutes(app, services.rounds);
  standingsRoutes(app, services.standings, services.standingsProfile);
  steeringRoutes(app, services.steering);
  consolidatedRoutes(app, services.consolidated);
  reportingRoutes(app, services.reporting);
  followUpsRoutes(app, services.followUps);
  meetingsRoutes(app, services.meetings);
  inspectionsRoutes(app, services.inspections);
  positionsRoutes(app, services.positions);
  calendarRoutes(app, services.calendar);
  targetsRoutes(app, services.targets);
  surveysRoutes(app, services.surveys);
  publicationRoutes(app, services.publication);
  services.publicCache.dropOnWrites(app);
  publicDataRoutes(app, services.publicData, services.publicCache);
  publicPagesRoutes(app, services.publicData, services.publication, services.publicCache, localeText, { publicUrl: settings.publicUrl });
  jobsRoutes(app, services.jobs);
  return app;
}
