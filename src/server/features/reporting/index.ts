/** The reporting feature (issue 14): reporting rounds, units' submissions, their status. */
export { createReportingService, NO_SUPERVISED_UNITS, type FiguresOf, type OnSubmitted, type ReportingService, type SubmittedReport, type SendReminder, type SupervisedUnitsOf } from './reporting.service.ts';
export type { KeyUnitsOf } from './asked-units.ts';
export { reportingRoutes } from './reporting.routes.ts';
export { loadDemoReporting } from './seeds/load-demo-reporting.ts';
