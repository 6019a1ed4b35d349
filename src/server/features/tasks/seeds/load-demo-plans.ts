import { addDays } from '../../../../shared/domain/dates.ts';
import type { Actor } from '../../../platform/auth/actor.ts';
import { appendAudit } from '../../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../../platform/db/database.ts';
import type { TasksDeps } from '../task-views.ts';
import * as repo from '../tasks.repository.ts';
import { DEMO_PLANS, type DemoPlanSeed, type DemoTaskSeed } from './demo-plans.data.ts';

/**
 * Loads the demo plans with their whole history — progress, extensions decided on past
 * days, reports and confirmations — dated relative to today. It writes through the
 * repository because the services stamp changes with today's date. Does nothing if the
 * plans are already there.
 */
export async function loadDemoPlans(deps: TasksDeps, actor: Actor): Promise<{ loaded: boolean; tasks: number }> {
  if (await repo.findPlan(deps.db, DEMO_PLANS[0]!.code)) return { loaded: false, tasks: 0 };
  const today = deps.today();
  const day = (offset: number) => addDays(today, offset);
  const leaderId = await deps.users.idOfUsername('leader').catch(() => null);
  // Unit ids are looked up before the transaction: PGlite has one connection.
  const unitIds = new Map<string, number>();
  for (const code of new Set(DEMO_PLANS.flatMap((p) => [p.unitCode, ...p.tasks.flatMap((t) => [t.owner, ...(t.cooperating ?? [])])]))) {
    unitIds.set(code, await deps.units.idOf(code));
  }
  const idOf = (code: string) => unitIds.get(code)!;
  let count = 0;
  await inTransaction(deps.db, async (tx) => {
    for (const p of DEMO_PLANS) {
      const plan = await insertPlan(tx, p, day, idOf);
      for (const t of p.tasks) await insertTask(tx, plan.id, t, day, leaderId, idOf);
      count += p.tasks.length;
    }
    await appendAudit(tx, actor, { action: 'task.seed', entity: 'plan', after: { plans: DEMO_PLANS.map((p) => p.code), tasks: count } });
  });
  return { loaded: true, tasks: count };
}

async function insertPlan(tx: Db, p: DemoPlanSeed, day: (n: number) => string, idOf: (code: string) => number) {
  const documentDate = day(p.documentDateInDays);
  return repo.insertPlan(tx, {
    code: p.code,
    title: p.title,
    kind: p.kind,
    unitId: idOf(p.unitCode),
    year: Number(documentDate.slice(0, 4)),
    issuingBody: p.issuingBody,
    documentNumber: p.documentNumber,
    documentDate,
  });
}

async function insertTask(tx: Db, planId: number, t: DemoTaskSeed, day: (n: number) => string, leaderId: number | null, idOf: (code: string) => number) {
  const completedOn = t.completedInDays === undefined ? null : day(t.completedInDays);
  const reported = t.reportedCompletedInDays === undefined ? null : day(t.reportedCompletedInDays);
  const lastPercent = t.progress?.at(-1)?.percent ?? 0;
  const row = await repo.insertTask(tx, {
    planId,
    code: t.code,
    title: t.title,
    description: t.description ?? {},
    area: t.area,
    ownerUnitId: idOf(t.owner),
    supervisorUserId: t.supervisor === 'leader' ? leaderId : null,
    isKey: t.key ?? false,
    assignedOn: day(t.assignedInDays),
    startDate: day(t.assignedInDays),
    originalDeadline: day(t.deadlineInDays),
    expectedOutput: t.expectedOutput ?? '',
    percent: completedOn || reported ? 100 : lastPercent,
    reportedCompletedOn: completedOn ? null : reported,
    completedOn,
  });
  await repo.setCooperators(tx, row.id, (t.cooperating ?? []).map(idOf));
  const at = (n: number) => new Date(`${day(n)}T09:00:00+07:00`);
  if (t.extension) {
    await repo.insertDeadlineChange(tx, { taskId: row.id, fromDeadline: day(t.deadlineInDays), toDeadline: day(t.extension.toInDays), changedOn: day(t.extension.changedInDays), reason: t.extension.reason, actor: 'user:secretariat' });
  }
  const officer = 'user:department';
  for (const p of t.progress ?? []) await repo.insertUpdate(tx, { taskId: row.id, kind: 'progress', percent: p.percent, note: p.note, actor: officer, at: at(p.inDays) });
  if (t.reportedCompletedInDays !== undefined || t.completedInDays !== undefined) {
    const reportDay = t.reportedCompletedInDays ?? t.completedInDays!;
    await repo.insertUpdate(tx, { taskId: row.id, kind: 'report_completion', percent: 100, note: 'Đã hoàn thành, gửi kèm báo cáo kết quả.', completedOn: reported ?? completedOn, actor: officer, at: at(reportDay) });
  }
  if (completedOn) await repo.insertUpdate(tx, { taskId: row.id, kind: 'confirm', note: 'Xác nhận hoàn thành.', completedOn, actor: 'user:secretariat', at: at(Math.min(0, t.completedInDays! + 2)) });
}
