import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowUpItemDetail, FollowUpItemView, FollowUpStatisticsView } from '../../src/shared/contracts/followups.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

const names = (vi: string) => ({ vi, en: `${vi} (en)` });

/**
 * Four items in the demo province, through the API as people make them:
 * A (land) raised by the Home Affairs department to the province 03-01, assigned 03-05 with a
 *   deadline of 03-31 and a task that closes it, the deadline moved on 03-20 to 04-30, answered
 *   04-10, closed when the task is confirmed complete on 05-05;
 * B (health) raised 03-02 to the province, declined 03-15;
 * C (procedures) raised by a commune to itself 03-03, escalated to the province 03-20,
 *   assigned 03-25 to the department with a deadline of 04-15, never answered;
 * D (land) raised 06-01 to the province, no deadline.
 */
describeOnEachEngine('follow-up items over HTTP', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  let foreign: Session;
  const code: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };
  let taskId = 0;

  const get = (s: Session, url: string) => h.app.inject({ method: 'GET', url, headers: as(s) });
  const post = (s: Session, url: string, payload: object) => h.app.inject({ method: 'POST', url, headers: as(s), payload });
  const ok = async <T>(p: Promise<{ statusCode: number; body: string; json: () => unknown }>): Promise<T> => {
    const res = await p;
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const raise = async (s: Session, body: object) => (await ok<{ code: string }>(post(s, '/api/follow-ups', body))).code;
  const stats = (asOf: string, unit = 'H99', descendants = true) => ok<FollowUpStatisticsView>(get(secretariat, `/api/follow-ups/statistics?unit=${unit}&descendants=${descendants}&asOf=${asOf}`));
  const counts = (s: FollowUpStatisticsView) => [s.raised, s.answered, s.answeredInTime, s.resolved, s.declined, s.open, s.overdue];

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    await h.services.units.create(SYSTEM_ACTOR, { code: 'H98', kind: 'province', names: names('Tỉnh Khác'), parentCode: null, validFrom: '2020-01-01', groups: [] });
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'h98-secretariat', displayName: 'H98', password: 'password-123', grants: [{ role: 'secretariat', unitCode: 'H98' }] });
    await h.services.tasks.plans.create(SYSTEM_ACTOR, { code: 'KH-FU', title: { vi: 'Kế hoạch xử lý kiến nghị' }, kind: 'provincial_plan', unitCode: 'H99', year: 2026, periodFrom: null, periodTo: null, issuingBody: '', documentNumber: '', documentDate: null });
    [secretariat, department, commune, foreign] = await Promise.all([signIn(h.app, 'secretariat'), signIn(h.app, 'department'), signIn(h.app, 'commune'), signIn(h.app, 'h98-secretariat', 'password-123')]);

    code.A = await raise(department, { raisedOn: '2026-03-01', raisedByUnitCode: 'H99.02', raiserTitle: { vi: 'Trưởng phòng Đất đai' }, field: 'land', addressedToUnitCode: 'H99', text: { vi: 'Bảng giá đất chậm điều chỉnh', en: 'The land-price table is late' } });
    code.B = await raise(department, { raisedOn: '2026-03-02', raisedByUnitCode: 'H99.02', field: 'health', addressedToUnitCode: 'H99', text: { vi: 'Thiếu thuốc tại trạm y tế' } });
    code.C = await raise(commune, { raisedOn: '2026-03-03', raisedByUnitCode: 'H99.X05', field: 'procedures', addressedToUnitCode: 'H99.X05', text: { vi: 'Đùn đẩy trách nhiệm giữa các phòng' } });
    code.D = await raise(department, { raisedOn: '2026-06-01', raisedByUnitCode: 'H99.02', field: 'land', addressedToUnitCode: 'H99', text: { vi: 'Thu gom rác thải' } });

    const assigned = await ok<FollowUpItemView>(post(secretariat, `/api/follow-ups/${code.A}/assign`, { responsibleUnitCode: 'H99.02', deadline: '2026-03-31', on: '2026-03-05', task: { planCode: 'KH-FU', closesWithTask: true } }));
    taskId = assigned.task!.id;
    await ok(post(secretariat, `/api/follow-ups/${code.A}/assign`, { responsibleUnitCode: 'H99.02', deadline: '2026-04-30', on: '2026-03-20' }));
    await ok(post(department, `/api/follow-ups/${code.A}/answer`, { text: { vi: 'Đã trình dự thảo bảng giá' }, on: '2026-04-10' }));
    await ok(post(secretariat, `/api/follow-ups/${code.B}/decline`, { reason: 'Thuộc thẩm quyền Bộ Y tế', on: '2026-03-15' }));
    await ok(post(secretariat, `/api/follow-ups/${code.C}/escalate`, { toUnitCode: 'H99', on: '2026-03-20' }));
    await ok(post(secretariat, `/api/follow-ups/${code.C}/assign`, { responsibleUnitCode: 'H99.02', deadline: '2026-04-15', on: '2026-03-25' }));
  });
  afterAll(() => h.close());

  it('numbers generated codes by the year raised', () => {
    expect(Object.values(code)).toEqual(['FU-2026-1', 'FU-2026-2', 'FU-2026-3', 'FU-2026-4']);
  });

  it('shows an item with its history, its task, and what the reader may do', async () => {
    const a = await ok<FollowUpItemDetail>(get(secretariat, `/api/follow-ups/${code.A}`));
    expect(a).toMatchObject({ status: 'answered', deadline: '2026-04-30', responsibleUnit: { code: 'H99.02' }, raisedBy: { code: 'H99.02' }, raiserTitle: { vi: 'Trưởng phòng Đất đai' }, task: { id: taskId, planCode: 'KH-FU' }, closesWithTask: true, answeredOn: '2026-04-10', answeredBy: 'user:department', may: { answer: true, manage: true } });
    expect(a.events.map((e) => [e.on, e.action, e.status, e.deadline ?? null, e.by])).toEqual([
      ['2026-03-01', 'raise', 'open', null, 'user:department'],
      ['2026-03-05', 'assign', 'assigned', '2026-03-31', 'user:secretariat'],
      ['2026-03-05', 'link_task', 'assigned', null, 'user:secretariat'],
      ['2026-03-20', 'assign', 'assigned', '2026-04-30', 'user:secretariat'],
      ['2026-04-10', 'answer', 'answered', null, 'user:department'],
    ]);
    const task = await ok<{ title: { vi: string }; ownerUnitCode: string; deadline: string }>(get(secretariat, `/api/tasks/${taskId}`));
    expect(task).toMatchObject({ title: { vi: 'Bảng giá đất chậm điều chỉnh' }, ownerUnitCode: 'H99.02', deadline: '2026-03-31' });
    const ofTask = await ok<{ items: FollowUpItemView[] }>(get(department, `/api/follow-ups/of-task/${taskId}`));
    expect(ofTask.items.map((i) => i.code)).toEqual([code.A]);
    expect((await ok<FollowUpItemDetail>(get(department, `/api/follow-ups/${code.A}`))).may).toEqual({ answer: true, manage: false });
  });

  it('counts as of any day: the moved deadline, the escalation, the declined item', async () => {
    // 03-10: A assigned (deadline 03-31), B open, C open at the commune.
    expect(counts(await stats('2026-03-10'))).toEqual([3, 0, 0, 0, 0, 3, 0]);
    // 04-05: A's deadline was moved to 04-30 before 03-31 passed: not overdue.
    expect(counts(await stats('2026-04-05'))).toEqual([3, 0, 0, 0, 1, 2, 0]);
    // 04-20: A answered in time (deadline in force 04-30), C overdue since 04-15.
    const april = await stats('2026-04-20');
    expect(counts(april)).toEqual([3, 1, 1, 0, 1, 2, 1]);
    expect(april.medianDaysToAnswer).toBe(40);
    expect(april.ageing.map((a) => [a.code, a.daysOpen, a.overdue, a.addressedTo?.code, a.responsibleUnit?.code])).toEqual([
      [code.A, 50, false, 'H99', 'H99.02'],
      [code.C, 48, true, 'H99', 'H99.02'],
    ]);
    expect(april.byResponsibleUnit.map((r) => [r.unit.code, r.counts.raised, r.counts.overdue])).toEqual([['H99.02', 2, 1]]);
    expect(april.byAddressee.map((r) => [r.unit.code, r.counts.raised])).toEqual([['H99', 3]]);
    // The commune alone, before the escalation: its own item, addressed to itself.
    const communeBefore = await stats('2026-03-10', 'H99.X05', false);
    expect(counts(communeBefore)).toEqual([1, 0, 0, 0, 0, 1, 0]);
    expect(communeBefore.byAddressee.map((r) => r.unit.code)).toEqual(['H99.X05']);
  });

  it('resolves the item when its task is confirmed complete, on the completion day', async () => {
    await ok(post(secretariat, `/api/tasks/${taskId}/confirm`, { completedOn: '2026-05-05', note: 'Quyết định 12/2026' }));
    const a = await ok<FollowUpItemDetail>(get(secretariat, `/api/follow-ups/${code.A}`));
    expect([a.status, a.resolvedOn, a.events.at(-1)!.action, a.events.at(-1)!.by]).toEqual(['resolved', '2026-05-05', 'resolve', 'user:secretariat']);
    // 06-10: D raised too (the demo's reports, whose proposals are items, were submitted from 06-16 on).
    const june = await stats('2026-06-10');
    expect(counts(june)).toEqual([4, 1, 1, 1, 1, 2, 1]);
    expect(Object.fromEntries(june.byField.map((f) => [f.field.code, [f.counts.raised, f.counts.resolved, f.counts.open, f.counts.overdue]]))).toEqual({ land: [2, 1, 1, 0], health: [1, 0, 0, 0], procedures: [1, 0, 1, 1] });
    // The day before: A answered but not resolved, its deadline (04-30) past: overdue too.
    expect(counts(await stats('2026-05-04'))).toEqual([3, 1, 1, 0, 1, 2, 2]);
  });

  it('filters the register: status, field, responsible unit, overdue, source', async () => {
    // The demo's reports' proposals are items too (codes ROUND/UNIT/n): only this test's are counted here.
    const list = async (q: string, s = secretariat) => (await ok<{ items: FollowUpItemView[] }>(get(s, `/api/follow-ups?${q}`))).items.map((i) => i.code).filter((c) => c.startsWith('FU-'));
    expect(await list('')).toEqual([code.A, code.B, code.C, code.D]);
    expect(await list('status=declined')).toEqual([code.B]);
    expect(await list('field=land')).toEqual([code.A, code.D]);
    expect(await list('responsible=H99.02')).toEqual([code.A, code.C]);
    expect(await list('overdue=true')).toEqual([code.C]);
    expect(await list('source=meeting')).toEqual([]);
    expect(await list('unit=H99.X05')).toEqual([code.C]);
    expect(await list('', commune)).toEqual([code.C]);
  });

  it('refuses what the status or the reader does not allow', async () => {
    const declined = await post(secretariat, `/api/follow-ups/${code.B}/answer`, { text: { vi: 'x' } });
    expect([declined.statusCode, declined.json().code]).toEqual([409, 'follow_up_state_conflict']);
    expect((await post(commune, `/api/follow-ups/${code.C}/answer`, { text: { vi: 'x' } })).statusCode).toBe(403);
    expect((await post(department, `/api/follow-ups/${code.D}/resolve`, {})).statusCode).toBe(403);
    const sideways = await post(secretariat, `/api/follow-ups/${code.D}/escalate`, { toUnitCode: 'H99.02' });
    expect([sideways.statusCode, sideways.json().details.fields[0].message]).toEqual([400, 'not_above']);
    const future = await post(department, '/api/follow-ups', { raisedOn: '2099-01-01', raisedByUnitCode: 'H99.02', field: 'land', addressedToUnitCode: 'H99', text: { vi: 'x' } });
    expect(future.statusCode).toBe(400);
  });

  it('tells a foreign unit’s secretariat nothing', async () => {
    for (const url of [`/api/follow-ups/${code.A}`, '/api/follow-ups/statistics?unit=H99', '/api/follow-ups/statistics.xlsx?unit=H99']) {
      const res = await get(foreign, url);
      expect(res.statusCode, url).toBe(403);
      expect(res.body).not.toContain('Bảng giá');
    }
    expect((await ok<{ items: unknown[] }>(get(foreign, '/api/follow-ups'))).items).toEqual([]);
    expect((await ok<{ items: unknown[] }>(get(foreign, `/api/follow-ups/of-task/${taskId}`))).items).toEqual([]);
    expect((await post(foreign, `/api/follow-ups/${code.D}/answer`, { text: { vi: 'x' } })).statusCode).toBe(403);
  });

  it('exports the statistics as XLSX in the reader’s language, names not codes', async () => {
    const res = await get(secretariat, '/api/follow-ups/statistics.xlsx?unit=H99&descendants=true&asOf=2026-04-20&locale=en');
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['By field', 'By addressee', 'By responsible unit', 'Oldest open']);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    const byField = rows('By field');
    expect(byField[0]![0]).toBe('Follow-up of difficulties, proposals, conclusions and findings');
    expect(byField.flat()).toContain('As of 20/04/2026');
    expect(byField.find((r) => r[0] === 'No.')).toEqual(['No.', 'Field', 'Raised', 'Answered', 'Answered in time', 'Resolved', 'Declined', 'Open', 'Overdue']);
    expect(byField.find((r) => r[1] === 'Procedures' || r[1] === 'Administrative procedures')).toEqual([3, 'Administrative procedures', 1, 0, 0, 0, 0, 1, 1]);
    expect(rows('By responsible unit').some((r) => String(r[1]).includes('Sở Nội vụ') || String(r[1]).includes('Home Affairs'))).toBe(true);
  });

  it('reminds the responsible unit’s people of items due within 7 days or overdue, once each', async () => {
    const today = h.services.tasksDeps.today();
    const inDays = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const soon = await raise(department, { raisedOn: today, raisedByUnitCode: 'H99.02', field: 'finance', addressedToUnitCode: 'H99', text: { vi: 'Giải ngân chậm' } });
    const later = await raise(department, { raisedOn: today, raisedByUnitCode: 'H99.02', field: 'finance', addressedToUnitCode: 'H99', text: { vi: 'Quyết toán' } });
    await ok(post(secretariat, `/api/follow-ups/${soon}/assign`, { responsibleUnitCode: 'H99.02', deadline: inDays(3) }));
    await ok(post(secretariat, `/api/follow-ups/${later}/assign`, { responsibleUnitCode: 'H99.02', deadline: inDays(8) }));
    // C (overdue since 04-15) and the item due in 3 days; A is resolved, B declined, the other due in 8 days.
    expect(await h.services.followUps.remind()).toEqual({ created: 2, emailed: 0 });
    expect(await h.services.followUps.remind()).toEqual({ created: 0, emailed: 0 });
    const mine = await ok<{ notifications: { kind: string; deadline: string; report: { round: string; unit: string } | null }[] }>(get(department, '/api/notifications'));
    const items = mine.notifications.filter((n) => n.kind.startsWith('follow_up')).map((n) => [n.kind, n.report?.round, n.report?.unit, n.deadline]);
    expect(items.sort()).toEqual([
      ['follow_up_due_soon', soon, 'H99.02', inDays(3)],
      ['follow_up_overdue', code.C, 'H99.02', '2026-04-15'],
    ]);
    const others = await ok<{ notifications: { kind: string }[] }>(get(secretariat, '/api/notifications'));
    expect(others.notifications.filter((n) => n.kind.startsWith('follow_up'))).toEqual([]);
  });

  describe('the field list', () => {
    it('is kept by the secretariat; a deactivated field takes no new items', async () => {
      const res = await h.app.inject({ method: 'PUT', url: '/api/follow-ups/fields/waste', headers: as(secretariat), payload: { names: { vi: 'Rác thải', en: 'Waste' }, active: false } });
      expect(res.statusCode, res.body).toBe(200);
      expect((res.json() as { fields: { code: string; active: boolean }[] }).fields.at(-1)).toMatchObject({ code: 'waste', active: false });
      const refused = await post(department, '/api/follow-ups', { raisedOn: '2026-06-02', raisedByUnitCode: 'H99.02', field: 'waste', addressedToUnitCode: 'H99', text: { vi: 'x' } });
      expect([refused.statusCode, refused.json().details.fields[0]]).toEqual([400, { field: 'field', message: 'inactive', value: 'waste' }]);
      expect((await h.app.inject({ method: 'PUT', url: '/api/follow-ups/fields/waste', headers: as(department), payload: { names: { vi: 'x' } } })).statusCode).toBe(403);
    });
  });
});
