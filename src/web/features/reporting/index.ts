/** The reporting feature's public surface: the pages of reporting rounds and units' reports, and a unit's latest reports (for a member's page). */
export { ReportingPage } from './ReportingPage.tsx';
export { RoundStatusPage as ReportingRoundPage } from './RoundStatusPage.tsx';
export { SubmissionPage as ReportingSubmissionPage } from './SubmissionPage.tsx';
export { LatestReports } from './LatestReports.tsx';
