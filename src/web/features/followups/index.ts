/** The follow-up feature's public surface: its pages, and what other pages show of it (a unit's items, a task's item). */
export { FollowUpsPage } from './FollowUpsPage.tsx';
export { FollowUpPage } from './FollowUpPage.tsx';
export { StatisticsPage as FollowUpStatisticsPage } from './StatisticsPage.tsx';
export { TaskFollowUps, UnitItems } from './UnitItems.tsx';
export { FollowUpStatusBadge } from './badges.tsx';
