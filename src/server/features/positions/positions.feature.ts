import { createPositionsImport } from './import.service.ts';
import { createPositionsService } from './positions.service.ts';
import { createProgressService, type ProgressDeps } from './progress.service.ts';

/**
 * The job-positions feature: lists and their review (`lists`), the progress of the exercise,
 * quotas and staffing (`progress`), and the import of lists from a file (`imports`).
 */
export function createPositionsFeature(deps: ProgressDeps) {
  const lists = createPositionsService(deps);
  const progress = createProgressService(deps);
  const imports = createPositionsImport(deps, lists);
  return { lists, progress, imports };
}

export type PositionsFeature = ReturnType<typeof createPositionsFeature>;
