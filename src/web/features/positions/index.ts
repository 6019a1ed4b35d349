/** The job positions feature's public surface: its pages. */
export { ProgressPage as PositionsPage } from './ProgressPage.tsx';
export { ListPage as PositionListPage } from './ListPage.tsx';
