/** The background jobs' administration: their status, runs asked for now, and the database's status beside them (the queue itself is platform/jobs). */
export { createJobsService, type JobsService } from './jobs.service.ts';
export { jobsRoutes } from './jobs.routes.ts';
