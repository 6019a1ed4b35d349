import { afterAll, beforeAll, expect, it } from 'vitest';
import { todayIn } from '../../src/shared/domain/dates.ts';
import { DEMO_COMMITTEE_CODE } from '../../src/server/features/steering/index.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/**
 * The three parts of the steering cycle wired together (app.ts): a reporting round asks the
 * committee's key units, a supervising member reads the reports of the units they follow and
 * no others, and the consolidated report of the round counts its submissions as the round does.
 */
describeOnEachEngine('the steering cycle: committee, reporting round, consolidated report', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let science: Session;
  const year = Number(todayIn('Asia/Ho_Chi_Minh').slice(0, 4));
  const get = (s: Session, url: string) => h.app.inject({ method: 'GET', url, headers: as(s) });

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    science = await signIn(h.app, 'science');
    const round = {
      code: 'KU-CYCLE',
      names: { vi: 'Báo cáo đơn vị trọng điểm', en: 'Key units’ report' },
      kind: 'year',
      period: String(year),
      ownerUnitCode: 'H99',
      asked: { kind: 'key_units', committeeCode: DEMO_COMMITTEE_CODE, year },
      deadline: `${year}-12-15`,
      cutoffDate: `${year}-12-10`,
    };
    const created = await h.app.inject({ method: 'POST', url: '/api/reporting/rounds', headers: as(secretariat), payload: round });
    expect(created.statusCode, created.body).toBe(200);
  });
  afterAll(() => h.close());

  it('asks the seven key units the committee selected for the year', async () => {
    const status = (await get(secretariat, '/api/reporting/rounds/KU-CYCLE/status')).json();
    expect(status.units.map((u: { unit: { code: string } }) => u.unit.code).sort()).toEqual(['H99.05', 'H99.10', 'H99.13', 'H99.19', 'H99.21', 'H99.X01', 'H99.X05']);
    expect(status.counts).toEqual({ asked: 7, onTime: 0, late: 0, missing: 7, accepted: 0, returned: 0 });
  });

  it('lets a supervising member read the report of the unit they follow, and no other unit’s', async () => {
    // science is an officer of H99.13 who follows the commune H99.X05 for the committee
    expect((await get(science, '/api/reporting/rounds/KU-CYCLE/submissions/H99.X05')).statusCode).toBe(200);
    const other = await get(science, '/api/reporting/rounds/KU-CYCLE/submissions/H99.10');
    expect(other.statusCode).toBe(403);
  });

  it('counts the round’s submissions in its consolidated report as the round does', async () => {
    const res = await get(secretariat, `/api/consolidated?unit=H99&period=${year}&round=KU-CYCLE`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().figures.submissions).toEqual({ asked: 7, onTime: 0, late: 0, missing: 7, accepted: 0, returned: 0 });
  });

  it('has the members following a unit supervise its tasks that name no supervisor', async () => {
    const tasks = (await get(secretariat, '/api/tasks?plan=KH-CCHC')).json().tasks.concat((await get(secretariat, '/api/tasks?plan=CT-02')).json().tasks);
    const supervision = async (code: string) => (await get(secretariat, `/api/tasks/${tasks.find((t: { code: string }) => t.code === code).id}`)).json().supervisedBy;
    // KH01-13 belongs to the commune H99.X05, which science follows; CT02-07 names its own supervisor
    expect(await supervision('KH01-13')).toEqual({ usernames: ['science'], fromUnit: true });
    expect(await supervision('CT02-07')).toEqual({ usernames: ['leader'], fromUnit: false });
    expect(await supervision('KH01-01')).toEqual({ usernames: [], fromUnit: true });
    // the same rule filters lists (the dashboard's "tasks I supervise") and their statistics
    const codes = (await get(secretariat, '/api/tasks?supervisedBy=science')).json().tasks.map((t: { code: string }) => t.code).sort();
    expect(codes).toEqual(['KH01-05', 'KH01-13', 'KH01-30']);
    expect((await get(secretariat, '/api/task-statistics?supervisedBy=science')).json().statistics.total).toBe(3);
  });
});
