export { createPublicationService, type PublicationService } from './publication.service.ts';
export { createPublicData, type PublicData } from './public-data.ts';
export { publicationRoutes } from './publication.routes.ts';
export { publicDataRoutes } from './public.routes.ts';
export { publicPagesRoutes } from './public-pages.routes.ts';
export type { PublicSources } from './public-sources.ts';
export { loadDemoPublications } from './seeds/load-demo-publications.ts';
