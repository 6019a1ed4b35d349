/** The dossiers feature: procedure catalogue and its dated fees, dossier ingest, the one-stop report, procedure time and cost, the service index, the handling officials' report. */
export { createProceduresService, type ProceduresService } from './procedures.service.ts';
export { createProcedureFees, type FeesChange, type ProcedureFees, type ProcedureFeesDeps } from './procedure-fees.service.ts';
export { createDossierIngest, type DossierIngest, type ImportProgress } from './dossier-ingest.service.ts';
export { createDossierReports, type DossierReports } from './dossier-report.service.ts';
export { createProcedureTimes, type ProcedureTimes } from './procedure-times.service.ts';
export { refeeDossiers, retimeDossiers } from './dossier-times.repository.ts';
export { rollEndedMonths } from './flow-snapshots.repository.ts';
export { createHandlingReports, type HandlingReports } from './handling.service.ts';
export { createResolvedDossiers } from './resolved-dossiers.ts';
export { createServiceIndex, type ServiceIndex } from './service-index.service.ts';
export type { DossiersDeps } from './dossiers-deps.ts';
export { dossiersRoutes } from './dossiers.routes.ts';
export { feesRoutes } from './fees.routes.ts';
export { DEMO_TIME_TRENDS, loadDemoDossiers } from './seeds/load-demo-dossiers.ts';
