/** The audit feature's public surface: the audit log page. */
export { AuditPage } from './AuditPage.tsx';
