/** Satisfaction surveys (issue 19): questionnaires, waves, samples, responses and results. */
export { createSurveysFeature, type SurveysFeature } from './surveys.feature.ts';
export { ensureQuestionnaireTemplates } from './questionnaires.service.ts';
export { type ResolvedOf } from './waves.service.ts';
export { surveysRoutes } from './surveys.routes.ts';
export { createPublicLimits, DEFAULT_PUBLIC_LIMITS, type PublicLimits } from './public-limits.ts';
