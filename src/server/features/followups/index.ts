/** The follow-up feature (issue 15): items raised, answered, assigned and followed to closure. */
export { createFollowUpsService, type FollowUpsDeps, type FollowUpsService } from './followups.feature.ts';
export { ensureFollowUpFields, type Assignment, type RaiseItem } from './followups.service.ts';
export type { LinkedTaskRef, TasksOf } from './item-views.ts';
