/** Targets of procedure time and cost (issue 17): their page, and what other features show of them. */
export { TargetsPage } from './TargetsPage.tsx';
export { TargetsSection } from './TargetsSection.tsx';
export { useTargetsStatus } from './api.ts';
export { meanDaysLines } from './target-lines.ts';
