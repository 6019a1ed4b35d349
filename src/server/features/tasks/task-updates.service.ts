import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { getBlob, MAX_BLOB_BYTES, putBlob } from '../../platform/files/blobs.ts';
import type { TasksDeps } from './task-views.ts';
import type { TasksService } from './tasks.service.ts';
import * as repo from './tasks.repository.ts';

export interface UploadedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface TaskUpdateView {
  id: number;
  kind: 'progress' | 'report_completion' | 'confirm' | 'return';
  percent: number | null;
  note: string;
  completedOn: string | null;
  actor: string;
  at: string;
  evidence: { id: number; fileName: string; size: number; contentType: string }[];
}

/**
 * The life of a task after assignment: the unit posts progress with evidence and reports
 * completion; the secretariat confirms (only then it counts as completed) or returns it
 * with a reason.
 */
export function createTaskUpdatesService(deps: TasksDeps, tasks: TasksService) {
  const { db } = deps;

  async function record(tx: Db, actor: Actor, task: repo.TaskRow, update: Omit<Parameters<typeof repo.insertUpdate>[1], 'taskId' | 'actor'>, files: UploadedFile[]) {
    const row = await repo.insertUpdate(tx, { ...update, taskId: task.id, actor: actor.label });
    for (const f of files) {
      if (f.content.length > MAX_BLOB_BYTES) throw new AppError('file_too_large', { fileName: f.fileName, max: MAX_BLOB_BYTES });
      const blob = await putBlob(tx, f.content);
      await repo.insertEvidence(tx, { updateId: row.id, fileName: f.fileName, contentType: f.contentType, size: blob.size, sha256: blob.sha256, storageKey: blob.sha256 });
    }
    await appendAudit(tx, actor, {
      action: `task.${update.kind}`,
      entity: 'task',
      entityId: task.id,
      unitId: task.ownerUnitId,
      before: { percent: task.percent, reportedCompletedOn: task.reportedCompletedOn, completedOn: task.completedOn },
      after: { ...update, files: files.map((f) => f.fileName) },
    });
  }

  return {
    async progress(actor: Actor, id: number, input: { percent: number; note: string }, files: UploadedFile[]) {
      const task = await tasks.requireTask(actor, id, 'tasks.report');
      if (task.completedOn) throw new AppError('task_state_conflict', { state: 'completed' });
      await inTransaction(db, async (tx) => {
        await record(tx, actor, task, { kind: 'progress', percent: input.percent, note: input.note }, files);
        await repo.updateTask(tx, id, { percent: input.percent });
      });
      return tasks.get(actor, id);
    },

    async reportCompletion(actor: Actor, id: number, input: { completedOn: string; note: string }, files: UploadedFile[]) {
      const task = await tasks.requireTask(actor, id, 'tasks.report');
      if (task.completedOn) throw new AppError('task_state_conflict', { state: 'completed' });
      if (input.completedOn > deps.today()) throw invalidField('completedOn', 'in_future', input.completedOn);
      await inTransaction(db, async (tx) => {
        await record(tx, actor, task, { kind: 'report_completion', percent: 100, note: input.note, completedOn: input.completedOn }, files);
        await repo.updateTask(tx, id, { percent: 100, reportedCompletedOn: input.completedOn });
      });
      return tasks.get(actor, id);
    },

    /** Confirms the reported completion (or sets one on the secretariat's own knowledge). */
    async confirm(actor: Actor, id: number, input: { completedOn?: string | undefined; note: string }) {
      const task = await tasks.requireTask(actor, id, 'tasks.manage');
      const completedOn = input.completedOn ?? task.reportedCompletedOn;
      if (task.completedOn || !completedOn) throw new AppError('task_state_conflict', { state: task.completedOn ? 'completed' : 'open' });
      await inTransaction(db, async (tx) => {
        await record(tx, actor, task, { kind: 'confirm', note: input.note, completedOn }, []);
        await repo.updateTask(tx, id, { completedOn, percent: 100 });
        await deps.onTaskCompleted?.(tx, actor, id, completedOn);
      });
      return tasks.get(actor, id);
    },

    /** Sends a reported completion back to the unit, with the reason. */
    async returnTask(actor: Actor, id: number, input: { reason: string }) {
      const task = await tasks.requireTask(actor, id, 'tasks.manage');
      if (task.completedOn || !task.reportedCompletedOn) throw new AppError('task_state_conflict', { state: task.completedOn ? 'completed' : 'open' });
      // Back to open, at the progress the unit last reported before claiming completion.
      const lastProgress = (await repo.updatesOf(db, id)).filter((u) => u.kind === 'progress').at(-1)?.percent ?? 0;
      await inTransaction(db, async (tx) => {
        await record(tx, actor, task, { kind: 'return', note: input.reason }, []);
        await repo.updateTask(tx, id, { reportedCompletedOn: null, percent: lastProgress });
      });
      return tasks.get(actor, id);
    },

    async history(actor: Actor, id: number): Promise<TaskUpdateView[]> {
      await tasks.requireTask(actor, id, 'tasks.read');
      const updates = await repo.updatesOf(db, id);
      const evidence = await repo.evidenceOf(db, updates.map((u) => u.id));
      return updates.map((u) => ({
        id: u.id,
        kind: u.kind,
        percent: u.percent,
        note: u.note,
        completedOn: u.completedOn,
        actor: u.actor,
        at: u.at.toISOString(),
        evidence: evidence.filter((e) => e.updateId === u.id).map((e) => ({ id: e.id, fileName: e.fileName, size: e.size, contentType: e.contentType })),
      }));
    },

    async evidenceFile(actor: Actor, evidenceId: number): Promise<UploadedFile> {
      const evidence = await repo.findEvidence(db, evidenceId);
      if (!evidence) throw new AppError('not_found', { evidence: evidenceId });
      await tasks.requireTask(actor, evidence.taskId, 'tasks.read');
      const content = await getBlob(db, evidence.storageKey);
      if (!content) throw new AppError('not_found', { evidence: evidenceId });
      return { fileName: evidence.fileName, contentType: evidence.contentType, content };
    },
  };
}

export type TaskUpdatesService = ReturnType<typeof createTaskUpdatesService>;
