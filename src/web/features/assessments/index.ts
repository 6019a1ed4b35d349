/** The assessments feature's public surface: the pages of frameworks, rounds, results and self-assessment. */
export { AssessmentsPage } from './AssessmentsPage.tsx';
export { FrameworksPage } from './frameworks/FrameworksPage.tsx';
export { FrameworkPage } from './frameworks/FrameworkPage.tsx';
export { FrameworkEditorPage } from './frameworks/FrameworkEditorPage.tsx';
export { RoundPage } from './rounds/RoundPage.tsx';
export { UnitResultPage } from './unit/UnitResultPage.tsx';
export { SelfAssessmentPage } from './self/SelfAssessmentPage.tsx';
