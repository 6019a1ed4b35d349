/**
 * The tasks feature's public surface: the dashboard, plans and tasks pages, the notifications
 * bell of the app's header, the client-side permission check on a unit (`useCanOn`), and the
 * day and rate formats that the other reports share. Other features import only this file.
 */
export { DashboardPage } from './dashboard/DashboardPage.tsx';
export { PlansPage } from './plans/PlansPage.tsx';
export { PlanPage } from './plans/PlanPage.tsx';
export { TasksPage } from './TasksPage.tsx';
export { TaskPage } from './task/TaskPage.tsx';
export { NotificationsBell } from './notifications/NotificationsBell.tsx';
export { useCanOn } from './scope.ts';
export { useFormatDay, useFormatRate } from './format.ts';
