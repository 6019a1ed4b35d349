/** The assessments feature (issue 5, in progress): index frameworks so far. */
export { createFrameworksService, type FrameworksService } from './frameworks.service.ts';
export { frameworksRoutes } from './frameworks.routes.ts';
