import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { StatisticsResponse, Task, TaskUpdateView } from '../../src/shared/contracts/tasks.ts';
import { readTable } from '../../src/server/platform/files/tables.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { multipartBody } from '../support/multipart.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** Evidence files go in the form's `evidence` field. */
const form = (fields: Record<string, string>, files: { name: string; content: string }[] = []) =>
  multipartBody(fields, files.map((f) => ({ ...f, field: 'evidence', type: 'application/pdf' })));

describeOnEachEngine('tasks', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let officer: Session;
  let taskId: number;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    officer = await signIn(h.app, 'department');
  });
  afterAll(() => h.close());

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => h.app.inject({ method, url, headers: as(s), ...(payload ? { payload: payload as object } : {}) });
  const stats = async (query: string) => ((await call(secretariat, 'GET', `/api/task-statistics?${query}`)).json() as StatisticsResponse).statistics;

  it('lets the secretariat create a plan with its legal document, and a task in it', async () => {
    const plan = await call(secretariat, 'POST', '/api/plans', { code: 'KH-TEST', title: { vi: 'Kế hoạch CCHC thử' }, kind: 'directive', unitCode: 'H99', year: 2024, issuingBody: 'Ban Chỉ đạo CCHC tỉnh', documentNumber: '05-CV/BCĐ', documentDate: '2024-01-25' });
    expect(plan.statusCode, plan.body).toBe(200);
    const task = await call(secretariat, 'POST', '/api/plans/KH-TEST/tasks', { code: 'T01', title: { vi: 'Rà soát thủ tục hành chính' }, area: 'administrative_procedures', ownerUnitCode: 'H99.02', key: true, supervisor: 'leader', startDate: '2024-02-01', deadline: '2024-06-30' });
    expect(task.statusCode, task.body).toBe(200);
    const t = task.json() as Task;
    expect(t).toMatchObject({ planCode: 'KH-TEST', ownerUnitCode: 'H99.02', key: true, supervisor: 'leader', deadline: '2024-06-30', originalDeadline: '2024-06-30', state: 'open', assignedOn: '2024-02-01' });
    taskId = t.id;
  });

  it('extends a deadline keeping the baseline, and counts as of dates before and after the extension', async () => {
    expect((await stats('plan=KH-TEST&asOf=2024-07-01')).notCompleted).toEqual({ total: 1, inTime: 0, overdue: 1 });
    const res = await call(secretariat, 'POST', `/api/tasks/${taskId}/deadline`, { to: '2099-09-30', reason: 'Chờ văn bản hướng dẫn của Bộ' });
    expect(res.statusCode, res.body).toBe(200);
    const t = res.json() as Task;
    expect(t.deadline).toBe('2099-09-30');
    expect(t.originalDeadline).toBe('2024-06-30');
    expect(t.deadlineChanges).toEqual([expect.objectContaining({ from: '2024-06-30', to: '2099-09-30', reason: 'Chờ văn bản hướng dẫn của Bộ', by: 'user:secretariat' })]);
    // The extension was decided today: before today the old deadline held, from today the new one.
    expect((await stats('plan=KH-TEST&asOf=2024-07-01')).notCompleted.overdue).toBe(1);
    expect((await stats('plan=KH-TEST')).notCompleted.inTime).toBe(1);
  });

  it('lets the unit officer post progress with evidence and report completion; only confirmation counts', async () => {
    const progress = await h.app.inject({ method: 'POST', url: `/api/tasks/${taskId}/updates`, ...withSession(officer, form({ kind: 'progress', percent: '60', note: 'Đã rà soát 12/20 thủ tục' }, [{ name: 'bao-cao.pdf', content: '%PDF-1.4 báo cáo' }])) });
    expect(progress.statusCode, progress.body).toBe(200);
    expect((progress.json() as Task).percent).toBe(60);
    const report = await h.app.inject({ method: 'POST', url: `/api/tasks/${taskId}/updates`, ...withSession(officer, form({ kind: 'report_completion', completedOn: '2024-06-30', note: 'Hoàn thành' })) });
    expect(report.statusCode, report.body).toBe(200);
    expect((report.json() as Task)).toMatchObject({ state: 'reported', reportedCompletedOn: '2024-06-30', completedOn: null });
    expect((await stats('plan=KH-TEST')).completed.total).toBe(0);

    const confirmed = await call(secretariat, 'POST', `/api/tasks/${taskId}/confirm`, { note: 'Đạt yêu cầu' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ state: 'completed', completedOn: '2024-06-30' });
    // Completed on the original deadline day, before the extension was decided: on time.
    expect(await stats('plan=KH-TEST')).toMatchObject({ total: 1, completed: { total: 1, early: 0, onTime: 1, late: 0 }, completionRate: 100 });

    const updates = ((await call(officer, 'GET', `/api/tasks/${taskId}/updates`)).json() as { updates: TaskUpdateView[] }).updates;
    expect(updates.map((u) => u.kind)).toEqual(['progress', 'report_completion', 'confirm']);
    const evidence = updates[0]!.evidence[0]!;
    expect(evidence.fileName).toBe('bao-cao.pdf');
    const file = await call(officer, 'GET', `/api/evidence/${evidence.id}`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('%PDF-1.4 báo cáo');
    expect(file.headers['content-disposition']).toContain('bao-cao.pdf');
  });

  it('returns a reported completion with its reason, and refuses what the state does not allow', async () => {
    const t = (await call(secretariat, 'POST', '/api/plans/KH-TEST/tasks', { code: 'T02', title: { vi: 'Số hóa hồ sơ' }, area: 'e_government', ownerUnitCode: 'H99.02', startDate: '2024-02-01', deadline: '2024-09-30' })).json() as Task;
    expect((await call(secretariat, 'POST', `/api/tasks/${t.id}/confirm`, {})).json().code).toBe('task_state_conflict');
    await h.app.inject({ method: 'POST', url: `/api/tasks/${t.id}/updates`, ...withSession(officer, form({ kind: 'report_completion', completedOn: '2024-09-01' })) });
    const returned = await call(secretariat, 'POST', `/api/tasks/${t.id}/return`, { reason: 'Thiếu biên bản nghiệm thu' });
    expect(returned.json()).toMatchObject({ state: 'open', reportedCompletedOn: null, percent: 0 });
    const history = ((await call(officer, 'GET', `/api/tasks/${t.id}/updates`)).json() as { updates: TaskUpdateView[] }).updates;
    expect(history.at(-1)).toMatchObject({ kind: 'return', note: 'Thiếu biên bản nghiệm thu', actor: 'user:secretariat' });
    const bad = await h.app.inject({ method: 'POST', url: `/api/tasks/${t.id}/updates`, ...withSession(officer, form({ kind: 'progress', percent: '150' })) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.fields[0].field).toBe('body.percent');
  });

  it('keeps unit officers to their own unit’s tasks and audits every change', async () => {
    const commune = await signIn(h.app, 'commune');
    expect((await call(commune, 'GET', `/api/tasks/${taskId}`)).statusCode).toBe(403);
    const progress = await h.app.inject({ method: 'POST', url: `/api/tasks/${taskId}/updates`, ...withSession(commune, form({ kind: 'progress', percent: '10' })) });
    expect(progress.statusCode).toBe(403);
    const admin = await signIn(h.app, 'admin');
    const audit = ((await call(admin, 'GET', '/api/audit?entity=task&limit=50')).json() as AuditPage).entries.map((e) => e.action);
    expect(audit).toEqual(expect.arrayContaining(['task.create', 'task.deadline', 'task.progress', 'task.report_completion', 'task.confirm', 'task.return']));
  });

  it('reads boolean filters as words: keyOnly=false is not keyOnly', async () => {
    const all = (await call(secretariat, 'GET', '/api/tasks?plan=CT-02&keyOnly=false')).json().tasks.length;
    expect(all).toBe((await call(secretariat, 'GET', '/api/tasks?plan=CT-02')).json().tasks.length);
    const none = (await call(secretariat, 'GET', '/api/tasks?plan=BNV-1245&keyOnly=true')).json().tasks.length;
    expect(none).toBe(0);
  });

  it('ranks owner units by completion rate, ties sharing a rank', async () => {
    const res = (await call(secretariat, 'GET', '/api/task-statistics?plan=KH-CCHC')).json() as StatisticsResponse;
    expect(res.byUnit.length).toBeGreaterThan(5);
    for (const [i, u] of res.byUnit.entries()) {
      expect(u.of).toBe(res.byUnit.length);
      const prev = res.byUnit[i - 1];
      if (prev) expect(u.rank).toBe(prev.statistics.completionRate === u.statistics.completionRate ? prev.rank : i + 1);
    }
    expect(res.statistics.total).toBe(40);
  });

  it('exports the task list and the league table as CSV data files: stable keys, codes, days as YYYY-MM-DD', async () => {
    const csv = await call(secretariat, 'GET', '/api/tasks/export?plan=KH-TEST&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const table = await readTable(csv.rawPayload, 'csv');
    expect(table.header).toEqual(expect.arrayContaining(['plan_code', 'code', 'original_deadline', 'deadline', 'standing']));
    expect(table.rows.map((r) => [r.values.code, r.values.original_deadline, r.values.standing])).toEqual([
      ['T01', '2024-06-30', 'onTime'],
      ['T02', '2024-09-30', expect.stringMatching(/^(inTime|overdue)$/)],
    ]);
    const stats = await readTable((await call(secretariat, 'GET', '/api/task-statistics/export?plan=KH-TEST&format=csv')).rawPayload, 'csv');
    // the total: no rank, no unit code, its label in the reader's language
    expect(stats.rows.at(-1)!.values).toMatchObject({ rank: '', unit_code: '', unit: 'Tổng cộng', total: '2', completed: '1', completion_rate: '50' });
  });

  function withSession(s: Session, f: ReturnType<typeof form>) {
    return { payload: f.payload, headers: { ...as(s), ...f.headers } };
  }
});
