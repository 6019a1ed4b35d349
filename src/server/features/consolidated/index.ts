/** The consolidated PAR report (issue 14): computed sections, narratives, issued reports frozen as signed. */
export { createConsolidatedService, type ConsolidatedService } from './consolidated.service.ts';
export type { ConsolidatedDeps, KeyUnitsSource, SubmissionsSource } from './consolidated-deps.ts';
export { consolidatedRoutes } from './consolidated.routes.ts';
