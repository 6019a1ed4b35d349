import type { FastifyInstance } from 'fastify';
import { auditPage, auditQuery, auditVerifyResult } from '../../../shared/contracts/audit.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { AuditService } from './audit.service.ts';

export function auditRoutes(app: FastifyInstance, audit: AuditService): void {
  const r = typed(app);
  const config = { access: 'audit.read' as const };
  r.get('/api/audit', { config, schema: { operationId: 'listAudit', summary: 'A page of the audit log', tags: ['audit'], querystring: auditQuery, response: { 200: auditPage } } }, (req) => audit.page(actorOf(req), req.query));
  r.get('/api/audit/verify', { config, schema: { operationId: 'verifyAudit', summary: "Check the audit log's keyed chain", tags: ['audit'], response: { 200: auditVerifyResult } } }, (req) => audit.verify(actorOf(req)));
}
