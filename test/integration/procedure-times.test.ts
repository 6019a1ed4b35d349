import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcedureTimesResponse } from '../../src/shared/contracts/procedure-times.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { readTable } from '../../src/server/platform/files/tables.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/**
 * Procedure time (issue 17) on constructed dossiers across a weekend, Tết 2024 and the worked
 * Saturday of 4 May 2024, each counted by hand:
 *   D1 P-B  Wed 7 Feb → Thu 15 Feb      Tết 8–14: 1 working day (8 calendar)
 *   D2 P-B  Fri 3 May → Mon 6 May       Saturday 4 May worked: 2 (3)
 *   D3 P-A  Fri 1 Mar → Fri 8 Mar       4–8 March: 5 (7)
 *   D4 P-A  Mon 4 Mar → Mon 4 Mar       same day: 0 (0)
 *   D5 P-A  Mon 4 Mar → Fri 15 Mar      9 working days less 3 waiting for the supplement: 6 (11)
 * P-A's statutory time is 5 working days, P-B's 1.
 */
describeOnEachEngine('procedure time', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, laos: true });
    admin = await signIn(h.app, 'admin');
    const catalogue = await readTable(Buffer.from('code,name,field,level,statutory_days,fee_required,online_level\nP-A,Thủ tục A,Đất đai,Cấp tỉnh,5,yes,full\nP-B,Thủ tục B,Hộ tịch,Cấp xã,1,no,partial\n'), 'csv');
    await h.services.dossiers.procedures.importTable(SYSTEM_ACTOR, catalogue, 'vi');
    await fees('procedure_code,valid_from,fee,online_fee,currency\nP-A,2024-01-01,200000,100000,VND\n');
    await post([
      dossier('D1', 'P-B', '2024-02-07', '2024-02-15'),
      dossier('D2', 'P-B', '2024-05-03', '2024-05-06'),
      dossier('D3', 'P-A', '2024-03-01', '2024-03-08', { amountPaid: 150000, channel: 'online' }),
      dossier('D4', 'P-A', '2024-03-04', '2024-03-04', { amountPaid: 200000, supplementDays: 0 }),
      dossier('D5', 'P-A', '2024-03-04', '2024-03-15', { supplementDays: 3 }),
      // neither withdrawn nor open dossiers have a processing time
      { ...dossier('D6', 'P-A', '2024-03-04', '2024-03-20'), status: 'withdrawn' },
      { ...dossier('D7', 'P-A', '2024-03-04', '2024-03-20'), status: 'processing', resolvedAt: null },
    ]);
  });
  afterAll(() => h.close());

  function dossier(code: string, procedureCode: string, received: string, resolved: string, extra: object = {}) {
    return { code, unitCode: 'H99.03', procedureCode, channel: 'direct', receivedAt: `${received}T08:00:00`, dueAt: `${received}T16:00:00`, resolvedAt: `${resolved}T10:00:00`, status: 'resolved', updatedAt: `${resolved}T10:00:00`, ...extra };
  }
  async function fees(csv: string) {
    const table = await readTable(Buffer.from(csv), 'csv');
    return h.services.procedureFees.importRows(SYSTEM_ACTOR, table.rows, table.header, 'fees.csv');
  }
  async function post(dossiers: object[]) {
    const res = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(admin), payload: { source: 'one-stop', dossiers } });
    expect(res.statusCode, res.body).toBe(200);
  }
  async function times(query: string): Promise<ProcedureTimesResponse> {
    const res = await h.app.inject({ method: 'GET', url: `/api/dossiers/times?${query}`, headers: as(admin) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const brief = (f: ProcedureTimesResponse['total']) => [f.resolved, f.meanWorkingDays, f.medianWorkingDays, f.p90WorkingDays, f.withinStatutory, f.withinStatutoryRate];
  const byCode = (r: ProcedureTimesResponse) => Object.fromEntries(r.procedures.map((p) => [p.code, brief(p)]));

  it('counts working days per dossier and their mean, median, 90th percentile and share within the statutory time', async () => {
    const r = await times('unit=H99&period=2024');
    // 1, 2, 5, 0, 6: mean 14/5, median (3rd of 5) 2, p90 (5th) 6; within: D1, D3, D4 of 5
    expect(brief(r.total)).toEqual([5, 2.8, 2, 6, 3, 60]);
    expect(r.total).toMatchObject({ meanCalendarDays: 5.8, statutoryRatio: 0.82, supplementExcluded: 1 });
    // P-A: 5, 0, 6 — mean 11/3; P-B: 1, 2
    expect(byCode(r)).toEqual({ 'P-A': [3, 3.67, 5, 6, 2, 66.67], 'P-B': [2, 1.5, 1, 2, 1, 50] });
    expect(r.procedures.find((p) => p.code === 'P-A')).toMatchObject({ statutoryDays: 5, costs: [{ currency: 'VND', paidDossiers: 2, totalPaid: 350000, meanPaid: 175000 }] });
    expect(r.longest).toEqual(['P-B', 'P-A']);
  });

  it('reads any span exactly: ragged days, whole months, whole years', async () => {
    expect(brief((await times('unit=H99&from=2024-02-15&to=2024-03-08')).total)).toEqual([3, 2, 1, 5, 3, 100]);
    expect(brief((await times('unit=H99&from=2024-03-09&to=2024-05-06')).total)).toEqual([2, 4, 2, 6, 0, 0]);
    expect(brief((await times('unit=H99&from=2023-12-01&to=2025-01-31')).total)).toEqual([5, 2.8, 2, 6, 3, 60]);
    expect((await times('unit=H99&period=2024-04')).total.resolved).toBe(0);
  });

  it('groups by channel, field, level and month', async () => {
    const group = async (by: string) => Object.fromEntries((await times(`unit=H99&period=2024&by=${by}`)).groups.map((g) => [g.key, g.resolved]));
    expect(await group('channel')).toEqual({ direct: 4, online: 1 });
    expect(await group('field')).toEqual({ 'Đất đai': 3, 'Hộ tịch': 2 });
    expect(await group('level')).toEqual({ 'Cấp tỉnh': 3, 'Cấp xã': 2 });
    expect(await group('month')).toEqual({ '2024-02': 1, '2024-03': 3, '2024-05': 1 });
  });

  it('follows a holiday added afterwards, and its removal', async () => {
    const put = await h.app.inject({ method: 'PUT', url: '/api/calendar/VN/days/2024-03-05', headers: as(admin), payload: { kind: 'holiday', names: { vi: 'Nghỉ thử' } } });
    expect(put.statusCode).toBe(200);
    // D3 5 → 4, D5 6 → 5 (now within P-A's 5 days): 1, 2, 4, 0, 5
    let r = await times('unit=H99&period=2024');
    expect(brief(r.total)).toEqual([5, 2.4, 2, 5, 4, 80]);
    expect(byCode(r)['P-A']).toEqual([3, 3, 4, 5, 3, 100]);
    expect((await h.app.inject({ method: 'DELETE', url: '/api/calendar/VN/days/2024-03-05', headers: as(admin) })).statusCode).toBe(200);
    r = await times('unit=H99&period=2024');
    expect(brief(r.total)).toEqual([5, 2.8, 2, 6, 3, 60]);
  });

  it('keeps a corrected dossier right: the old state is taken out', async () => {
    // D2 resolved on Tuesday 7 May after all: 3 working days
    await post([dossier('D2', 'P-B', '2024-05-03', '2024-05-07', { updatedAt: '2024-05-08T09:00:00' })]);
    const r = await times('unit=H99&period=2024');
    expect(byCode(r)['P-B']).toEqual([2, 2, 1, 3, 1, 50]);
    // an older update of D2 changes nothing
    await post([dossier('D2', 'P-B', '2024-05-03', '2024-05-20', { updatedAt: '2024-05-07T09:00:00' })]);
    expect(byCode(await times('unit=H99&period=2024'))['P-B']).toEqual([2, 2, 1, 3, 1, 50]);
  });

  it('names the procedures whose time rose against the previous period', async () => {
    expect((await times('unit=H99&period=2024')).rising).toEqual([]);
    // 2023: P-A took 2 working days (Mon 5 → Wed 7 June), P-B 5 (Mon 5 → Mon 12 June)
    await post([dossier('E1', 'P-A', '2023-06-05', '2023-06-07'), dossier('E2', 'P-B', '2023-06-05', '2023-06-12')]);
    const r = await times('unit=H99&period=2024');
    expect(r.procedures.map((p) => [p.code, p.meanWorkingDays, p.previousMeanWorkingDays])).toEqual([['P-A', 3.67, 2], ['P-B', 2, 5]]);
    expect(r.rising).toEqual(['P-A']);
  });

  it("counts what online filers saved by the fee in force on the day of receipt, and follows a fee cut imported later", async () => {
    // D3, filed online on 1 March 2024 under P-A's fee of 200,000 with 100,000 online
    let r = await times('unit=H99&period=2024');
    expect(r.costs).toEqual([{ currency: 'VND', paidDossiers: 2, totalPaid: 350000, meanPaid: 175000, onlineSaving: 100000 }]);
    // the online fee cut to 50,000 from 1 March 2024: D3 now saved 150,000; a cut from 2 March does not reach it
    await fees('procedure_code,valid_from,fee,online_fee,currency\nP-A,2024-03-01,200000,50000,VND\nP-A,2024-03-02,200000,20000,VND\n');
    r = await times('unit=H99&period=2024');
    expect(r.costs[0]!.onlineSaving).toBe(150000);
    expect(r.procedures.find((p) => p.code === 'P-A')!.costs[0]!.onlineSaving).toBe(150000);
  });

  it("counts a Lao unit's dossiers by Laos' calendar, and its amounts in kip", async () => {
    // Fri 12 → Thu 18 April 2024 at the Ministry of Education and Sports: Pi Mai 14–16 and the
    // compensatory 17th are days off in Laos, so 1 working day (Vietnam's calendar would say 4).
    await post([{ ...dossier('L1', 'P-A', '2024-04-12', '2024-04-18', { amountPaid: 25000 }), unitCode: 'LA-MOES' }]);
    const r = await times('unit=LA-MOES&period=2024-04');
    expect(brief(r.total)).toEqual([1, 1, 1, 1, 1, 100]);
    expect(r.costs).toEqual([{ currency: 'LAK', paidDossiers: 1, totalPaid: 25000, meanPaid: 25000, onlineSaving: 0 }]);
  });

  describe('scope', () => {
    it("refuses a unit outside the reader's scope", async () => {
      const commune = await signIn(h.app, 'commune');
      const res = await h.app.inject({ method: 'GET', url: '/api/dossiers/times?unit=H99&period=2024', headers: as(commune) });
      expect(res.statusCode).toBe(403);
      expect(res.body).not.toContain('P-A');
    });
  });
});
