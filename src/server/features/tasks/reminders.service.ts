import type { Notification } from '../../../shared/contracts/tasks.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { deadlineOn, DUE_SOON_DAYS, taskFactsOf } from '../../../shared/domain/task-statistics.ts';
import { AppError } from '../../../shared/errors.ts';
import { pickName, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import { SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { Mailer } from '../../platform/mail.ts';
import type { TaskViews, TasksDeps } from './task-views.ts';
import * as repo from './tasks.repository.ts';

/** Someone to remind: in the app, and by e-mail when they have an address. */
export interface Person {
  id: number;
  email: string | null;
  locale: Locale;
}

/** A reminder of a unit's report in a reporting round (the reporting feature decides who and when). */
export interface ReportReminder {
  /** a unit's report, a follow-up item assigned to a unit (the item's code in `report.round`), or a survey wave a unit is behind in (its code in `report.round`) */
  kind: 'report_due_soon' | 'report_overdue' | 'follow_up_due_soon' | 'follow_up_overdue' | 'survey_behind';
  deadline: string;
  report: { round: string; names: LocalizedNames; unit: string };
  /** the unit's name in a reader's language, for the e-mail */
  unitName: (locale: Locale) => string;
  /** more figures the e-mail names (a survey's responses, expected and target) */
  values?: Record<string, string>;
}

/** A message in the reader's language: `key` of the locale files, `{name}` placeholders filled. */
export type MailText = (locale: Locale, key: string, values?: Record<string, string>) => string;

/**
 * Reminders of tasks due within a week and of overdue tasks, to the people of the owner
 * unit (those who report on it) and to the task's supervisors (its own, else the members
 * following its unit: `supervisionsOf`): once in the app, and by e-mail when an SMTP server
 * is configured and the person has an address.
 */
export function createRemindersService(deps: TasksDeps, views: TaskViews, mail: { mailer: Mailer | null; text: MailText }) {
  const { db } = deps;

  async function recipients(task: repo.TaskRow, today: string) {
    const people = await deps.users.peopleOf('tasks.report', await deps.units.ancestryOf(task.ownerUnitId));
    for (const username of (await views.supervisionsOf([task], today)).get(task.id)!.usernames) {
      const supervisor = await deps.users.contactOf(await deps.users.idOfUsername(username));
      if (supervisor && !people.some((p) => p.id === supervisor.id)) people.push(supervisor);
    }
    return people;
  }

  return {
    /** Gives today's reminders; safe to run as often as wanted (each is given once). */
    async run(): Promise<{ created: number; emailed: number }> {
      const today = deps.today();
      const open = (await repo.listTasks(db, {})).filter((t) => t.completedOn === null);
      const changes = await repo.deadlineChangesOf(db, open.map((t) => t.id));
      let created = 0;
      let emailed = 0;
      for (const task of open) {
        const deadline = deadlineOn(taskFactsOf(task, changes), today);
        const kind = today > deadline ? 'overdue' : deadline <= addDays(today, DUE_SOON_DAYS) && !task.reportedCompletedOn ? 'due_soon' : null;
        if (!kind) continue;
        const [view] = await views.toTasks([task]);
        for (const person of await recipients(task, today)) {
          const row = await repo.insertNotification(db, { userId: person.id, taskId: task.id, kind, deadline });
          if (!row) continue;
          created++;
          if (!mail.mailer || !person.email) continue;
          const values = { code: `${view!.planCode}/${task.code}`, title: pickName(task.title, person.locale), deadline, unit: view!.ownerUnitCode };
          await mail.mailer.send({ to: person.email, subject: mail.text(person.locale, `mail.${kind}.subject`, values), text: mail.text(person.locale, `mail.${kind}.body`, values) });
          await repo.markEmailed(db, row.id, new Date());
          emailed++;
        }
      }
      if (created) await inTransaction(db, (tx) => appendAudit(tx, SYSTEM_ACTOR, { action: 'reminder.run', entity: 'notification', after: { today, created, emailed } }));
      return { created, emailed };
    },

    /**
     * A reminder of a unit's report in a reporting round, given by the reporting feature to
     * the people it chose: once each in the app, and by e-mail as task reminders are.
     */
    async notify(people: readonly Person[], r: ReportReminder): Promise<{ created: number; emailed: number }> {
      let created = 0;
      let emailed = 0;
      for (const person of people) {
        const row = await repo.insertReportNotification(db, { userId: person.id, kind: r.kind, deadline: r.deadline, report: r.report });
        if (!row) continue;
        created++;
        if (!mail.mailer || !person.email) continue;
        const values = { ...r.values, round: pickName(r.report.names, person.locale), unit: r.unitName(person.locale), deadline: r.deadline };
        await mail.mailer.send({ to: person.email, subject: mail.text(person.locale, `mail.${r.kind}.subject`, values), text: mail.text(person.locale, `mail.${r.kind}.body`, values) });
        await repo.markEmailed(db, row.id, new Date());
        emailed++;
      }
      if (created) await inTransaction(db, (tx) => appendAudit(tx, SYSTEM_ACTOR, { action: 'reminder.report', entity: 'notification', after: { kind: r.kind, ...r.report, deadline: r.deadline, created, emailed } }));
      return { created, emailed };
    },

    async mine(actor: Actor): Promise<Notification[]> {
      if (actor.kind !== 'user' || actor.id === null) return [];
      const rows = await repo.notificationsOf(db, actor.id);
      const taskIds = [...new Set(rows.flatMap((r) => (r.taskId === null ? [] : [r.taskId])))];
      const tasks = taskIds.length ? await views.toTasks(await repo.listTasks(db, { ids: taskIds })) : [];
      return rows.map((r) => {
        const t = tasks.find((x) => x.id === r.taskId);
        const task = t ? { id: t.id, planCode: t.planCode, code: t.code, title: t.title, ownerUnitCode: t.ownerUnitCode } : null;
        return { id: r.id, kind: r.kind, deadline: r.deadline, createdAt: r.createdAt.toISOString(), readAt: r.readAt?.toISOString() ?? null, task, report: r.report ?? null };
      });
    },

    async markRead(actor: Actor, id: number): Promise<void> {
      if (actor.kind !== 'user' || actor.id === null || !(await repo.markRead(db, actor.id, id))) throw new AppError('not_found', { notification: id });
    },
  };
}

export type RemindersService = ReturnType<typeof createRemindersService>;
