/** Job-position determination (issue 16): lists by version, their review and approval, staffing, progress. */
export { createPositionsFeature, type PositionsFeature } from './positions.feature.ts';
export type { PositionsService, On } from './positions.service.ts';
export type { ProgressService, ProgressDeps } from './progress.service.ts';
export { POSITION_COLUMNS, type PositionsImport } from './import.service.ts';
export { positionsRoutes } from './positions.routes.ts';
