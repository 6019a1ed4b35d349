/** Satisfaction surveys (issue 19): questionnaires, waves, samples, responses and results. */
export { createSurveysFeature, type SurveysFeature } from './surveys.feature.ts';
export { ensureQuestionnaireTemplates } from './questionnaires.service.ts';
export { type ResolvedOf } from './waves.service.ts';
export type { StandingsPort } from './wave-standings.service.ts';
export type { ResolvedDossiersOf, SendSurveyReminder, SurveyReminderRequest } from './survey-deps.ts';
export { surveysRoutes } from './surveys.routes.ts';
export { createPublicLimits, DEFAULT_PUBLIC_LIMITS, type PublicLimits } from './public-limits.ts';
export { demoSurveyCriteria, loadDemoSurveys } from './seeds/load-demo-surveys.ts';
export { DEMO_WAVE_CURRENT } from './seeds/demo-surveys.data.ts';
