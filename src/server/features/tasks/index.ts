/** The tasks feature: PAR plans, tasks, progress with evidence, and their statistics. */
export { createTasksFeature, type TasksFeature } from './tasks.feature.ts';
export { tasksRoutes } from './tasks.routes.ts';
export { loadDemoPlans } from './seeds/load-demo-plans.ts';
export type { MailText, Person, ReportReminder } from './reminders.service.ts';
