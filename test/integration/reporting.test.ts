import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { ReportingRound, RoundStatus, Submission, SubmissionFigures } from '../../src/shared/contracts/reporting.ts';
import type { Notification, StatisticsResponse } from '../../src/shared/contracts/tasks.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const UNITS = ['H99.02', 'H99.05', 'H99.13'];
/** A deadline no run of these tests reaches (on time), and one already past (late): the tests do not depend on the day they run. */
const FAR = '2099-12-31';
const PAST = '2026-06-20';
const NAMES = { vi: 'Báo cáo CCHC', en: 'PAR report' };

describeOnEachEngine('reporting rounds', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let leader: Session;
  let officer: Session;
  let commune: Session;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    [secretariat, leader, officer, commune] = [await signIn(h.app, 'secretariat'), await signIn(h.app, 'leader'), await signIn(h.app, 'department'), await signIn(h.app, 'commune')];
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) => h.app.inject({ method, url, headers: as(s), ...(payload ? { payload } : {}) });
  const open = (code: string, patch: object = {}) =>
    call(secretariat, 'POST', '/api/reporting/rounds', { code, names: NAMES, kind: 'six_months', period: 'report:2026-6M', ownerUnitCode: 'H99', asked: { kind: 'list', unitCodes: UNITS }, deadline: FAR, cutoffDate: '2026-06-14', ...patch });
  const sub = (code: string, unit = 'H99.02') => `/api/reporting/rounds/${code}/submissions/${unit}`;
  const attach = (s: Session, code: string, name: string, unit = 'H99.02') => {
    const body = multipartBody({}, [{ field: 'files', name, content: '%PDF-1.4 báo cáo', type: 'application/pdf' }]);
    return h.app.inject({ method: 'POST', url: `${sub(code, unit)}/attachments`, payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const draft = { sections: { results: '<p>Hoàn thành <b>30/51</b> nhiệm vụ</p><script>alert(1)</script><p>Đạt 58,82%</p>' }, proposals: [{ text: 'Bổ sung biên chế bộ phận một cửa', field: 'apparatus', addressee: 'Bộ Nội vụ' }] };
  const problem = (res: { statusCode: number; json(): { code: string; details?: unknown } }) => [res.statusCode, res.json().code, res.json().details];
  const codes = async (s: Session) => ((await call(s, 'GET', '/api/reporting/rounds')).json().rounds as ReportingRound[]).map((r) => r.code);

  it('refuses a bad round with a clear error and writes nothing: deadline before the period, unknown unit, bad period, unknown group, a taken code', async () => {
    expect(problem(await open('BAD', { deadline: '2025-12-01' }))).toEqual([422, 'deadline_before_period', { deadline: '2025-12-01', periodFrom: '2025-12-15' }]);
    expect(problem(await open('BAD', { asked: { kind: 'list', unitCodes: ['H99.02', 'NO-SUCH'] } }))).toEqual([404, 'unit_not_found', { code: 'NO-SUCH' }]);
    expect(problem(await open('BAD', { period: 'report:2026-7M' }))).toEqual([400, 'invalid_period', { period: 'report:2026-7M' }]);
    expect(problem(await open('BAD', { asked: { kind: 'group', groupCode: 'no-such-group' } }))).toEqual([404, 'not_found', { group: 'no-such-group' }]);
    expect(problem(await open('BAD', { sections: [{ key: 'results', names: { en: 'Again' } }] }))).toEqual([400, 'validation_failed', { fields: [{ field: 'sections', message: 'duplicate' }] }]);
    expect(await codes(secretariat)).not.toContain('BAD');
    expect((await open('TAKEN')).json()).toEqual({ code: 'TAKEN', asked: 3 });
    expect(problem(await open('TAKEN'))).toEqual([409, 'reporting_round_code_taken', { code: 'TAKEN' }]);
  });

  it('asks the units of a group under the owner unit, with the default sections and its own after them', async () => {
    const res = await open('GROUP', { asked: { kind: 'group', groupCode: 'provincial_departments' }, sections: [{ key: 'digital', names: { vi: 'Chuyển đổi số', en: 'Digital transformation' } }] });
    const departments = (await call(secretariat, 'GET', '/api/units?asOf=2026-06-14')).json().units.filter((u: { groups: string[] }) => u.groups.includes('provincial_departments'));
    expect(res.json()).toEqual({ code: 'GROUP', asked: departments.length });
    expect(departments.length).toBe(14);
    const round = (await call(leader, 'GET', '/api/reporting/rounds/GROUP')).json() as ReportingRound;
    expect(round.sections.map((s) => s.key)).toEqual(['results', 'difficulties', 'proposals', 'next_priorities', 'digital']);
    expect([round.period, round.ownerUnit.code, round.counts]).toEqual([{ label: 'report:2026-6M', from: '2025-12-15', to: '2026-06-14' }, 'H99', { asked: 14, onTime: 0, late: 0, missing: 14, accepted: 0, returned: 0 }]);
  });

  it('runs a submission on time: draft kept as plain paragraphs, a file, submit, returned with a reason, resubmitted, accepted — then nothing changes it', async () => {
    await open('ONTIME');
    expect((await call(officer, 'PUT', sub('ONTIME'), draft)).statusCode).toBe(200);
    expect((await attach(officer, 'ONTIME', 'phu-luc.pdf')).statusCode).toBe(200);
    let s = (await call(officer, 'GET', sub('ONTIME'))).json() as Submission;
    expect(s.sections.find((x) => x.key === 'results')!.text).toBe('Hoàn thành 30/51 nhiệm vụ\n\nalert(1)Đạt 58,82%');
    expect([s.state, s.late, s.may, s.proposals, s.attachments.map((a) => a.fileName)]).toEqual(['draft', false, { edit: true, submit: true, review: false }, draft.proposals, ['phu-luc.pdf']]);
    const file = await call(secretariat, 'GET', `${sub('ONTIME')}/attachments/${s.attachments[0]!.id}`);
    expect([file.statusCode, file.body]).toEqual([200, '%PDF-1.4 báo cáo']);

    expect((await call(officer, 'POST', `${sub('ONTIME')}/submit`)).statusCode).toBe(200);
    expect(problem(await call(officer, 'PUT', sub('ONTIME'), draft))).toEqual([409, 'submission_state_conflict', { state: 'submitted', action: 'edit' }]);
    expect(problem(await call(secretariat, 'POST', `${sub('ONTIME')}/return`, { reason: '' }))[0]).toBe(400);
    expect((await call(secretariat, 'POST', `${sub('ONTIME')}/return`, { reason: 'Thiếu số liệu quý II' })).statusCode).toBe(200);
    s = (await call(officer, 'GET', sub('ONTIME'))).json() as Submission;
    expect([s.state, s.returnReason, s.late, s.may.edit]).toEqual(['returned', 'Thiếu số liệu quý II', false, true]);
    expect((await call(officer, 'PUT', sub('ONTIME'), { ...draft, sections: { difficulties: 'Thiếu nhân lực' } })).statusCode).toBe(200);
    expect((await call(officer, 'POST', `${sub('ONTIME')}/submit`)).statusCode).toBe(200);
    expect((await call(secretariat, 'POST', `${sub('ONTIME')}/accept`)).statusCode).toBe(200);

    const accepted = (await call(officer, 'GET', sub('ONTIME'))).json() as Submission;
    expect([accepted.state, accepted.late, accepted.returnReason, accepted.sections.find((x) => x.key === 'difficulties')!.text]).toEqual(['accepted', false, null, 'Thiếu nhân lực']);
    // After acceptance: no edit, no file, no second submission, no return — and the report is as it was.
    expect(problem(await call(officer, 'PUT', sub('ONTIME'), { sections: { results: 'changed' }, proposals: [] }))).toEqual([409, 'submission_state_conflict', { state: 'accepted', action: 'edit' }]);
    expect(problem(await attach(officer, 'ONTIME', 'late.pdf'))).toEqual([409, 'submission_state_conflict', { state: 'accepted', action: 'edit' }]);
    expect(problem(await call(officer, 'POST', `${sub('ONTIME')}/submit`))).toEqual([409, 'submission_state_conflict', { state: 'accepted', action: 'submit' }]);
    expect(problem(await call(secretariat, 'POST', `${sub('ONTIME')}/return`, { reason: 'x' }))).toEqual([409, 'submission_state_conflict', { state: 'accepted', action: 'return' }]);
    expect((await call(officer, 'GET', sub('ONTIME'))).json()).toEqual(accepted);

    const status = (await call(secretariat, 'GET', '/api/reporting/rounds/ONTIME/status')).json() as RoundStatus;
    expect(status.counts).toEqual({ asked: 3, onTime: 1, late: 0, missing: 2, accepted: 1, returned: 0 });
    expect(status.units.map((u) => [u.unit.code, u.state, u.late])).toEqual([['H99.02', 'accepted', false], ['H99.05', 'draft', false], ['H99.13', 'draft', false]]);
    const audit = (await call(admin, 'GET', '/api/audit?entity=reporting_submission&limit=50')).json() as AuditPage;
    expect(audit.entries.filter((e) => e.entityId === 'ONTIME/H99.02').map((e) => e.action).reverse()).toEqual([
      'reporting.submission.edit', 'reporting.submission.submit', 'reporting.submission.return', 'reporting.submission.edit', 'reporting.submission.submit', 'reporting.submission.accept',
    ]);
  });

  it('marks a submission after the deadline late, and it stays late after a return and resubmission', async () => {
    await open('LATE', { deadline: PAST });
    expect((await call(officer, 'PUT', sub('LATE'), draft)).statusCode).toBe(200);
    expect((await call(officer, 'POST', `${sub('LATE')}/submit`)).statusCode).toBe(200);
    expect((await call(secretariat, 'POST', `${sub('LATE')}/return`, { reason: 'Bổ sung' })).statusCode).toBe(200);
    expect((await call(secretariat, 'GET', '/api/reporting/rounds/LATE/status')).json().counts).toEqual({ asked: 3, onTime: 0, late: 1, missing: 2, accepted: 0, returned: 1 });
    // The deadline moves later: the earlier lateness stands.
    expect((await call(secretariat, 'PATCH', '/api/reporting/rounds/LATE', { deadline: FAR })).json().deadline).toBe(FAR);
    expect((await call(officer, 'POST', `${sub('LATE')}/submit`)).statusCode).toBe(200);
    const s = (await call(officer, 'GET', sub('LATE'))).json() as Submission;
    expect([s.state, s.late, s.returnReason]).toEqual(['submitted', true, null]);
    expect(await h.services.reporting.statusOf('LATE')).toEqual({ asked: 3, onTime: 0, late: 1, missing: 2, accepted: 0, returned: 0 });
    expect(await h.services.reporting.proposalsOf('LATE')).toEqual([{ text: 'Bổ sung biên chế bộ phận một cửa', field: 'apparatus', addressee: 'Bộ Nội vụ', unitCode: 'H99.02' }]);
    expect(problem(await call(secretariat, 'PATCH', '/api/reporting/rounds/LATE', { deadline: '2025-01-01' }))).toEqual([422, 'deadline_before_period', { deadline: '2025-01-01', periodFrom: '2025-12-15' }]);
    expect((await call(secretariat, 'GET', '/api/reporting/rounds/LATE')).json().deadline).toBe(FAR);
  });

  it('keeps each unit to its own report; the owner unit reads all; only its managers review', async () => {
    await open('SCOPE');
    expect((await call(officer, 'PUT', sub('SCOPE'), draft)).statusCode).toBe(200);
    // A commune officer (not asked, not of the owner unit's secretariat) learns nothing.
    for (const [method, url, body] of [
      ['GET', sub('SCOPE')], ['GET', `${sub('SCOPE')}/figures`], ['PUT', sub('SCOPE'), draft], ['POST', `${sub('SCOPE')}/submit`],
      ['GET', '/api/reporting/rounds/SCOPE'], ['GET', '/api/reporting/rounds/SCOPE/status'], ['GET', '/api/reporting/rounds/SCOPE/status.xlsx'],
    ] as const) {
      expect([url, (await call(commune, method, url, body)).statusCode]).toEqual([url, 403]);
    }
    expect((await attach(commune, 'SCOPE', 'x.pdf')).statusCode).toBe(403);
    expect(await codes(commune)).not.toContain('SCOPE');
    // The department's officer edits only its own report, sees only its own row, and reviews nothing.
    expect((await call(officer, 'PUT', sub('SCOPE', 'H99.05'), draft)).statusCode).toBe(403);
    expect((await call(officer, 'GET', sub('SCOPE', 'H99.05'))).statusCode).toBe(403);
    expect((await call(officer, 'GET', '/api/reporting/rounds/SCOPE/status')).json().units.map((u: { unit: { code: string } }) => u.unit.code)).toEqual(['H99.02']);
    expect(await codes(officer)).toContain('SCOPE');
    expect((await call(officer, 'POST', `${sub('SCOPE')}/submit`)).statusCode).toBe(200);
    expect((await call(officer, 'POST', `${sub('SCOPE')}/accept`)).statusCode).toBe(403);
    // The province's leader reads every report but neither opens rounds nor reviews.
    expect((await call(leader, 'GET', sub('SCOPE', 'H99.05'))).statusCode).toBe(200);
    expect((await call(leader, 'GET', '/api/reporting/rounds/SCOPE/status')).json().units).toHaveLength(3);
    expect((await call(leader, 'POST', `${sub('SCOPE')}/return`, { reason: 'x' })).statusCode).toBe(403);
    expect((await call(leader, 'POST', '/api/reporting/rounds', {})).statusCode).toBe(403);
    expect((await call(officer, 'GET', sub('SCOPE'))).json().state).toBe('submitted');
  });

  it("shows the unit's figures as of the cut-off, the same as the tasks feature's", async () => {
    await open('FIG', { cutoffDate: '2026-06-14' });
    const figures = (await call(officer, 'GET', `${sub('FIG')}/figures`)).json() as SubmissionFigures;
    const tasks = (await call(secretariat, 'GET', '/api/task-statistics?unit=H99.02&descendants=true&asOf=2026-06-14')).json() as StatisticsResponse;
    expect([figures.unit.code, figures.asOf, figures.period]).toEqual(['H99.02', '2026-06-14', { label: 'report:2026-6M', from: '2025-12-15', to: '2026-06-14' }]);
    expect(figures.tasks.total).toEqual(tasks.statistics);
    expect(figures.tasks.total.total).toBeGreaterThan(0);
    expect(figures.tasks.byPlan.reduce((n, p) => n + p.statistics.total, 0)).toBe(tasks.statistics.total);
    expect(figures.dossiers.received.total).toBe(0);
    expect(figures.serviceIndex?.period).toBe('2026');
  });

  it('exports the status as an Excel report in the reader’s language', async () => {
    const res = await call(secretariat, 'GET', '/api/reporting/rounds/ONTIME/status.xlsx?locale=en');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    const texts: string[][] = [];
    ws.eachRow((row) => texts.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '')))));
    expect(texts[0]![0]).toBe('REPORTING STATUS: PAR report');
    const today = h.services.tasksDeps.today();
    expect(texts.find((r) => r[1] === 'H99.02')!.slice(0, 7)).toEqual(['1', 'H99.02', 'Department of Home Affairs', 'Accepted', 'On time', today, today]);
    expect(texts.find((r) => r[1] === 'H99.05')!.slice(3, 5)).toEqual(['Draft', 'Not submitted']);
  });

  it("reminds a unit's own people of its report due within the week and when overdue, once, in the bell", async () => {
    const today = h.services.tasksDeps.today();
    await open('REM-SOON', { period: today.slice(0, 4), asked: { kind: 'list', unitCodes: ['H99.02', 'H99.X05'] }, deadline: addDays(today, 3), cutoffDate: today });
    await open('REM-LATE', { asked: { kind: 'list', unitCodes: ['H99.02'] }, deadline: PAST });
    await open('REM-DONE', { asked: { kind: 'list', unitCodes: ['H99.02'] }, deadline: PAST });
    expect((await call(officer, 'POST', `${sub('REM-DONE')}/submit`)).statusCode).toBe(200);
    expect((await h.services.reporting.remind()).created).toBeGreaterThan(0);
    expect(await h.services.reporting.remind()).toEqual({ created: 0, emailed: 0 });
    const bell = async (s: Session) => ((await call(s, 'GET', '/api/notifications')).json().notifications as Notification[]).filter((n) => n.report?.round.startsWith('REM-'));
    const mine = await bell(officer);
    expect(mine.map((n) => [n.kind, n.report!.round, n.report!.unit, n.task]).sort()).toEqual([
      ['report_due_soon', 'REM-SOON', 'H99.02', null],
      ['report_overdue', 'REM-LATE', 'H99.02', null],
    ]);
    expect(mine.find((n) => n.report!.round === 'REM-SOON')!.deadline).toBe(addDays(today, 3));
    expect((await bell(commune)).map((n) => [n.kind, n.report!.unit])).toEqual([['report_due_soon', 'H99.X05']]);
    expect(await bell(secretariat)).toEqual([]);
  });
});
