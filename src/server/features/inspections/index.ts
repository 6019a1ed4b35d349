/** The inspections register (issue 15): inspections, findings, remedies followed up as items. */
export { createInspectionsService, ensureInspectionTopics, type InspectionsService } from './inspections.service.ts';
export { createInspectionsImport, type InspectionsImportResult } from './inspections-import.ts';
export type { RegisterFollowUps, SourceItem } from './follow-ups-port.ts';
export { inspectionsRoutes } from './inspections.routes.ts';
export { loadDemoInspections } from './seeds/load-demo-inspections.ts';
