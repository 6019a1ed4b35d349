/** The background jobs' administration: their status and runs asked for now (the queue itself is platform/jobs). */
export { createJobsService, type JobsService } from './jobs.service.ts';
export { jobsRoutes } from './jobs.routes.ts';
