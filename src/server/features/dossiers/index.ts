/** The dossiers feature (issue 4, in progress): the procedure catalogue so far. */
export { createProceduresService, type ProceduresService } from './procedures.service.ts';
export { dossiersRoutes } from './dossiers.routes.ts';
