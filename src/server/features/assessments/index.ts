/** The assessments feature (issue 5): index frameworks and assessment rounds. */
export { createFrameworksService, ensureFrameworkTemplates, type FrameworksService } from './frameworks.service.ts';
export { frameworksRoutes } from './frameworks.routes.ts';
export { createRoundsService, type Measures, type RoundsService } from './rounds.service.ts';
export { type SurveyRateOf } from './round-survey-waves.ts';
export { roundsRoutes } from './rounds.routes.ts';
export { loadDemoRounds } from './seeds/load-demo-rounds.ts';
export { loadDemoStandings } from './seeds/load-demo-standings.ts';
export { createStandingsService, ensureExternalIndices, type StandingsService } from './standings.service.ts';
export { standingsRoutes } from './standings.routes.ts';
export { createProfileExport } from './profile-export.ts';
