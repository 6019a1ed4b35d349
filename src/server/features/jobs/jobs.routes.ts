import type { FastifyInstance } from 'fastify';
import { databaseStatus } from '../../../shared/contracts/health.ts';
import { jobKindParams, jobList, jobsQuery, runJobResponse } from '../../../shared/contracts/jobs.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { JobsService } from './jobs.service.ts';

/** Background jobs (reminders…) and the database: administrators of the whole system see them and run a job now. */
export function jobsRoutes(app: FastifyInstance, jobs: JobsService): void {
  const r = typed(app);
  const tags = ['jobs'];
  const config = { access: 'jobs.manage' } as const;
  r.get(
    '/api/jobs',
    { config, schema: { operationId: 'listJobs', summary: 'Each background job: its schedule, last run, next run, runs and failures in the last days', tags, querystring: jobsQuery, response: { 200: jobList } } },
    (req) => jobs.list(actorOf(req), req.query),
  );
  r.post(
    '/api/jobs/:kind/run',
    { config, schema: { operationId: 'runJob', summary: 'Queue a run of a background job now (audited); a worker of any process takes it', tags, params: jobKindParams, response: { 200: runJobResponse } } },
    (req) => jobs.runNow(actorOf(req), req.params.kind),
  );
  r.get(
    '/api/database-status',
    { config, schema: { operationId: 'getDatabaseStatus', summary: 'The database as this process sees it: primary reachable, pending migrations, the replica’s lag and where lag-tolerant reads go', tags: ['operations'], response: { 200: databaseStatus } } },
    (req) => jobs.databaseStatus(actorOf(req)),
  );
}
