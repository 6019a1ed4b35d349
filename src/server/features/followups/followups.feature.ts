import { createFollowUpsCore, type FollowUpsCoreDeps } from './followups.service.ts';

export type FollowUpsDeps = FollowUpsCoreDeps;

/**
 * The follow-up feature: the item's writes in a caller's transaction (for the registers of
 * meetings, inspections and reports) and, for the routes, the same writes behind scope checks.
 */
export function createFollowUpsService(deps: FollowUpsDeps) {
  const core = createFollowUpsCore(deps);
  return { ...core };
}
export type FollowUpsService = ReturnType<typeof createFollowUpsService>;
