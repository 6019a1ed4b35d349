import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Inspection, InspectionsReport } from '../../src/shared/contracts/inspections.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { inTransaction } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

const INSPECTION = {
  code: 'TTr-2023-NV',
  body: { vi: 'Thanh tra Bộ Nội vụ', en: 'Inspectorate of the Ministry of Home Affairs' },
  decisionNo: '1234/QĐ-TTr',
  decisionDate: '2023-09-01',
  inspectedUnitCode: 'H99.05',
  topics: ['recruitment', 'rank_promotion'],
  coveredFrom: '2020-01-01',
  coveredTo: '2023-06-30',
  conclusionNo: '56/KL-TTr',
  conclusionDate: '2023-12-01',
};

/** The inspections register over HTTP: recording an inspection and its findings, their remedies as items, the figures, and who may do what. */
describeOnEachEngine('inspections register', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  let admin: Session;
  const send = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => h.app.inject({ method, url, headers: as(s), payload: payload as object });
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, registers: true });
    secretariat = await signIn(h.app, 'secretariat');
    // The demo's Department of Home Affairs has the ministry's inspection: this suite inspects the Department of Finance, whose officer it creates.
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'finance', displayName: 'Finance', password: 'password-123', grants: [{ role: 'unit_officer', unitCode: 'H99.05' }] });
    department = await signIn(h.app, 'finance', 'password-123');
    commune = await signIn(h.app, 'commune');
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  it('lists the six shipped topics in five languages; only a system-wide manager adds one', async () => {
    const topics = (await send(commune, 'GET', '/api/inspection-topics')).json() as { topics: { code: string; names: Record<string, string>; field: string }[] };
    expect(topics.topics.map((t) => t.code)).toEqual(['recruitment', 'contract_hiring', 'leadership_appointment', 'rank_promotion', 'par', 'discipline_ethics']);
    expect(Object.keys(topics.topics[0]!.names).sort()).toEqual(['en', 'km', 'lo', 'th', 'vi']);
    const topic = { names: { vi: 'Tiếp công dân', en: 'Receiving citizens' }, field: 'procedures' };
    expect((await send(secretariat, 'PUT', '/api/inspection-topics/citizen_reception', topic)).statusCode).toBe(403);
    const saved = await send(admin, 'PUT', '/api/inspection-topics/citizen_reception', topic);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'citizen_reception', field: 'procedures', active: true });
  });

  it('records an inspection of a unit in scope only, and refuses a code twice and an unknown topic', async () => {
    expect((await send(department, 'POST', '/api/inspections', INSPECTION)).statusCode).toBe(403);
    expect((await send(secretariat, 'POST', '/api/inspections', INSPECTION)).statusCode).toBe(200);
    const again = await send(secretariat, 'POST', '/api/inspections', INSPECTION);
    expect([again.statusCode, again.json().code]).toEqual([409, 'inspection_code_taken']);
    const unknown = await send(secretariat, 'POST', '/api/inspections', { ...INSPECTION, code: 'X', topics: ['nope'] });
    expect([unknown.statusCode, unknown.json().details.fields[0].field]).toEqual([400, 'topic']);
  });

  it("adds findings whose remedies are items assigned to the inspected unit, and shows 'findings fixed of findings made'", async () => {
    const finding = (code: string, topic: string, deadline: string | null, n = 1) => ({
      code,
      topic,
      description: { vi: `Sai phạm ${code}`, en: `Finding ${code}` },
      severity: 'high',
      recommendation: { vi: `Khắc phục ${code}` },
      remedies: Array.from({ length: n }, (_, i) => ({ text: { vi: `Biện pháp ${code}.${i + 1}` }, deadline })),
    });
    for (const f of [finding('F1', 'recruitment', '2024-03-31', 2), finding('F2', 'rank_promotion', '2099-12-31'), finding('F3', 'discipline_ethics', null, 0)]) {
      const res = await send(secretariat, 'POST', '/api/inspections/TTr-2023-NV/findings', f);
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await send(secretariat, 'POST', '/api/inspections/TTr-2023-NV/findings', finding('F1', 'recruitment', null))).json().code).toBe('finding_code_taken');
    expect((await send(department, 'POST', '/api/inspections/TTr-2023-NV/findings', finding('F4', 'par', null))).statusCode).toBe(403);

    const i = (await send(department, 'GET', '/api/inspections/TTr-2023-NV')).json() as Inspection;
    expect(i.topics).toEqual(['recruitment', 'rank_promotion', 'discipline_ethics']);
    expect(i.figures).toEqual({ findings: 3, fixed: 0, open: 3, overdue: 1 });
    expect(i.findings.map((f) => [f.code, f.fixed, f.overdue, f.remedies.map((r) => [r.status, r.deadline, r.overdue])])).toEqual([
      ['F1', false, true, [['assigned', '2024-03-31', true], ['assigned', '2024-03-31', true]]],
      ['F2', false, false, [['assigned', '2099-12-31', false]]],
      ['F3', false, false, []],
    ]);
    expect(i.may).toEqual({ manage: false });
  });

  it('fixes a finding once all its remedies are resolved, as of the day the last one was, and counts it so in the report', async () => {
    const before = (await send(secretariat, 'GET', '/api/inspections/TTr-2023-NV')).json() as Inspection;
    const [first, second] = before.findings[0]!.remedies;
    // The remedies are resolved through the followups feature's own writes (the register never touches items).
    const resolve = (id: number, on: string) => inTransaction(h.services.database.db, (tx) => h.services.followUps.resolve(tx, SYSTEM_ACTOR, id, { on }));
    await resolve(first!.id, '2024-02-01');
    const half = (await send(secretariat, 'GET', '/api/inspections/TTr-2023-NV')).json() as Inspection;
    expect(half.findings[0]).toMatchObject({ fixed: false, fixedOn: null, overdue: true });
    await resolve(second!.id, '2024-05-15');
    const after = (await send(secretariat, 'GET', '/api/inspections/TTr-2023-NV')).json() as Inspection;
    expect(after.findings[0]).toMatchObject({ fixed: true, fixedOn: '2024-05-15', overdue: false });
    expect(after.figures).toEqual({ findings: 3, fixed: 1, open: 2, overdue: 0 });

    const report = async (s: Session, query: string) => send(s, 'GET', `/api/inspections/report?${query}`);
    const on = async (asOf: string) => (await report(department, `unit=H99.05&asOf=${asOf}`)).json() as InspectionsReport;
    expect(await on('2023-11-30')).toMatchObject({ inspections: 1, findings: 0, fixed: 0, open: 0, overdue: 0, byTopic: {} });
    expect(await on('2024-04-01')).toMatchObject({ inspections: 1, findings: 3, fixed: 0, open: 3, overdue: 1 });
    const fixed = await on('2024-05-15');
    expect(fixed).toMatchObject({ findings: 3, fixed: 1, open: 2, overdue: 0, byTopic: { recruitment: { findings: 1, fixed: 1 }, rank_promotion: { findings: 1, fixed: 0 }, discipline_ethics: { findings: 1, fixed: 0 } } });
    expect(fixed.byUnit).toEqual([{ unit: { code: 'H99.05', names: expect.objectContaining({ vi: 'Sở Tài chính' }) }, inspections: 1, findings: 3, fixed: 1, open: 2, overdue: 0 }]);
    // The province with its subtree: this inspection and the demo's of the Department of Home Affairs (six findings, none fixed yet then).
    expect((await report(secretariat, 'unit=H99&descendants=true&asOf=2024-05-15')).json()).toMatchObject({ inspections: 2, findings: 9, fixed: 1 });
    expect((await report(secretariat, 'unit=H99&descendants=false&asOf=2024-05-15')).json()).toMatchObject({ inspections: 0, findings: 0 });
  });

  it('keeps inspections from units out of scope: 403 and nothing of them in lists', async () => {
    const res = await send(commune, 'GET', '/api/inspections/TTr-2023-NV');
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('Sai phạm');
    expect((await send(commune, 'GET', '/api/inspections/report?unit=H99.05')).statusCode).toBe(403);
    expect(((await send(commune, 'GET', '/api/inspections')).json() as { inspections: unknown[] }).inspections).toEqual([]);
    expect(((await send(department, 'GET', '/api/inspections')).json() as { inspections: { code: string }[] }).inspections.map((i) => i.code)).toEqual(['TTr-2023-NV']);
    // The secretariat of the province reads the demo's inspection of the Department of Home Affairs too.
    expect(((await send(secretariat, 'GET', '/api/inspections')).json() as { inspections: { code: string }[] }).inspections.map((i) => i.code)).toEqual(['TTr-2023-NV', 'TTr-BNV-2023-H99.02']);
  });
});
