/**
 * The assessments feature's public surface: the pages of frameworks, rounds, results and
 * self-assessment, the profile on published indices, and the dashboard's card of a unit's
 * targets on them (composed by app/App.tsx).
 */
export { AssessmentsPage } from './AssessmentsPage.tsx';
export { FrameworksPage } from './frameworks/FrameworksPage.tsx';
export { FrameworkPage } from './frameworks/FrameworkPage.tsx';
export { FrameworkEditorPage } from './frameworks/FrameworkEditorPage.tsx';
export { RoundPage } from './rounds/RoundPage.tsx';
export { UnitResultPage } from './unit/UnitResultPage.tsx';
export { SelfAssessmentPage } from './self/SelfAssessmentPage.tsx';
export { StandingsProfilePage } from './profile/StandingsProfilePage.tsx';
export { StandingTargetsCard } from './profile/TargetsCard.tsx';
