/** The reporting feature's public surface: the pages of reporting rounds and units' reports. */
export { ReportingPage } from './ReportingPage.tsx';
export { RoundStatusPage as ReportingRoundPage } from './RoundStatusPage.tsx';
export { SubmissionPage as ReportingSubmissionPage } from './SubmissionPage.tsx';
