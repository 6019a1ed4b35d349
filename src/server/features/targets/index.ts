/** Baselines and targets of procedure time and cost (issue 17): set by the secretariat, judged as of any day from the dossiers' figures. */
export { createTargetsService, type TargetsService, type TargetsDeps, type FigureOf, type CatalogueOf } from './targets.service.ts';
export { targetsRoutes } from './targets.routes.ts';
export { loadDemoTargets } from './seeds/demo-targets.ts';
