import { createPlansService } from './plans.service.ts';
import { createTaskStatisticsService } from './task-statistics.service.ts';
import { createTaskUpdatesService } from './task-updates.service.ts';
import { createTaskViews, type TasksDeps } from './task-views.ts';
import { createTasksImport } from './tasks-import.service.ts';
import { createTasksService } from './tasks.service.ts';
import { createTaskExports } from './task-exports.ts';
import type { Mailer } from '../../platform/mail.ts';
import { createRemindersService, type MailText } from './reminders.service.ts';

/** The tasks feature's services, wired on one set of dependencies. */
export function createTasksFeature(deps: TasksDeps, mail: { mailer: Mailer | null; text: MailText }) {
  const views = createTaskViews(deps);
  const tasks = createTasksService(deps, views);
  const statistics = createTaskStatisticsService(deps, tasks);
  const plans = createPlansService(deps, views);
  return {
    plans,
    tasks,
    updates: createTaskUpdatesService(deps, tasks),
    statistics,
    imports: createTasksImport(deps, tasks),
    exports: createTaskExports({ tasks, statistics, plans, units: deps.units, today: deps.today, text: mail.text }),
    reminders: createRemindersService(deps, views, mail),
  };
}

export type TasksFeature = ReturnType<typeof createTasksFeature>;
