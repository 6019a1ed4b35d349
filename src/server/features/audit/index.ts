/** The audit feature: browsing and verifying the log that platform/audit writes. */
export { createAuditService, type AuditService } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
