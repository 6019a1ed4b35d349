/** Targets of procedure time and cost (issue 17): what other features show of them. */
export { TargetsSection } from './TargetsSection.tsx';
export { useTargetsStatus } from './api.ts';
export { meanDaysLines } from './target-lines.ts';
