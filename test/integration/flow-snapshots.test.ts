import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { DossierReportQuery } from '../../src/shared/contracts/dossiers.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { monthOf } from '../../src/shared/domain/flow-plan.ts';
import { rollEndedMonths } from '../../src/server/features/dossiers/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

// The demo's two years of dossiers are loaded once per run into a template (shared with demo-times.test.ts): minutes on a busy machine.
vi.setConfig({ hookTimeout: 600_000, testTimeout: 120_000 });

/**
 * Monthly cumulative snapshots (DESIGN-NOTES §2): the reports read them instead of years of
 * month rows, so they must give exactly what the flow rows alone give — after the roll, and
 * after changes that reach back into months already rolled.
 */
describeOnEachEngine('monthly cumulative snapshots of the flows', (engine) => {
  let h: Harness;
  let admin: Session;
  let today: string;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, dossiers: true });
    admin = await signIn(h.app, 'admin');
    today = h.services.tasksDeps.today();
  });
  afterAll(() => h.close());

  const db = () => h.services.database.db;
  const year = () => Number(today.slice(0, 4));
  // A month, a quarter, a year, ragged days across months, and the two years before this one.
  const queries = (): DossierReportQuery[] => [
    { unit: 'H99', descendants: true, tree: 'period', breakdowns: true, period: `${year() - 1}-03` },
    { unit: 'H99', descendants: true, tree: 'period', breakdowns: true, period: `${year() - 1}-Q2` },
    { unit: 'H99', descendants: true, tree: 'period', breakdowns: true, period: String(year() - 1) },
    { unit: 'H99', descendants: true, tree: 'period', breakdowns: true, from: `${year() - 2}-11-17`, to: `${year() - 1}-02-09` },
    { unit: 'H99', descendants: true, tree: 'today', breakdowns: true, from: `${year() - 2}-01-01`, to: addDays(today, -1) },
  ];
  const reports = () => Promise.all(queries().map((q) => h.services.dossiers.reports.report(SYSTEM_ACTOR, q)));
  const serviceIndex = async () => [
    await h.services.dossiers.serviceIndex.compute(SYSTEM_ACTOR, 'H99', String(year() - 1)),
    await h.services.dossiers.serviceIndex.trend(SYSTEM_ACTOR, 'H99', monthOf(today, -1).slice(0, 7), 12),
  ];

  /** Snapshots that differ from the month rows summed up to their month (none when the invariant holds). */
  const drift = () =>
    queryRows<{ month: string }>(
      db(),
      sql`
      with expected as (
        select m.month, f.unit_id, f.procedure_code, sum(f.open) as open, sum(f.overdue) as overdue, sum(f.online + f.direct + f.postal) as received,
          sum(f.early + f.on_time + f.late) as resolved, sum(f.withdrawn) as withdrawn, sum(f.dissatisfied) as dissatisfied
        from (select distinct month from dossier_flow_snapshots) m join dossier_flows f on f.grain = 'm' and f.day <= m.month
        group by 1, 2, 3
      ),
      stored as (
        select month, unit_id, procedure_code, open, overdue, online + direct + postal as received, early + on_time + late as resolved, withdrawn, dissatisfied
        from dossier_flow_snapshots
      )
      select coalesce(e.month, s.month)::text as month from expected e
      full join stored s on s.month = e.month and s.unit_id = e.unit_id and s.procedure_code = e.procedure_code
      where (e.open, e.overdue, e.received, e.resolved, e.withdrawn, e.dissatisfied) is distinct from (s.open, s.overdue, s.received, s.resolved, s.withdrawn, s.dissatisfied)
        and not (s.month is null and e.open = 0 and e.received = 0 and e.resolved = 0 and e.overdue = 0 and e.withdrawn = 0)
      limit 5`,
    );

  let fromFlows: Awaited<ReturnType<typeof reports>>;
  let indexFromFlows: Awaited<ReturnType<typeof serviceIndex>>;

  it('rolls every month that has ended, once, from the first month of flows', async () => {
    fromFlows = await reports();
    indexFromFlows = await serviceIndex();
    expect(fromFlows[2]!.report.received.total).toBeGreaterThan(1000);
    const rolled = await rollEndedMonths(db(), today);
    expect(rolled[0]).toBe(`${year() - 2}-01-01`);
    expect(rolled.at(-1)).toBe(monthOf(today, -1));
    expect(new Set(rolled).size).toBe(rolled.length);
    expect(await rollEndedMonths(db(), today)).toEqual([]);
    expect(await drift()).toEqual([]);
  });

  it('gives exactly the reports and the service index the flow rows alone give', async () => {
    expect(await reports()).toEqual(fromFlows);
    expect(await serviceIndex()).toEqual(indexFromFlows);
    // And they did read the snapshots: one made wrong shows in the year's figures.
    await db().execute(sql`update dossier_flow_snapshots set open = open + 1 where month = ${`${year() - 1}-12-01`} and procedure_code = ''`);
    const [, , yearReport] = await reports();
    expect(yearReport!.report.pending.total).not.toBe(fromFlows[2]!.report.pending.total);
    await db().execute(sql`update dossier_flow_snapshots set open = open - 1 where month = ${`${year() - 1}-12-01`} and procedure_code = ''`);
  });

  it('keeps the snapshots exact when a batch changes dossiers of months already rolled', async () => {
    const back = (months: number, day: number) => `${monthOf(today, -months).slice(0, 8)}${String(day).padStart(2, '0')}`;
    const dossier = (code: string, received: string, closed: string | null, procedureCode = '1.001') => ({
      code, unitCode: 'H99.01', procedureCode, channel: 'direct', status: closed ? 'resolved' : 'processing',
      receivedAt: `${received}T08:00:00`, dueAt: `${addDays(received, 5)}T17:00:00`, resolvedAt: closed ? `${closed}T15:00:00` : null,
    });
    const send = async (dossiers: ReturnType<typeof dossier>[], updatedAt: string) => {
      const res = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(admin), payload: { source: 'late', dossiers: dossiers.map((d) => ({ ...d, updatedAt })) } });
      expect(res.statusCode, res.body).toBe(200);
    };
    // Late arrivals from a year back (overdue for months), and one still open today.
    await send([dossier('L-1', back(13, 3), back(11, 20)), dossier('L-2', back(14, 10), null, 'NEW-CODE'), dossier('L-3', back(2, 27), back(1, 2))], '2026-01-01T00:00:00Z');
    // The same dossiers corrected: closed earlier, moved to another procedure, closed at last.
    await send([dossier('L-1', back(13, 3), back(13, 4)), dossier('L-2', back(14, 10), back(3, 1), '1.002'), dossier('L-3', back(2, 27), null)], '2026-01-02T00:00:00Z');
    expect(await drift()).toEqual([]);
    const withSnapshots = await reports();
    const index = await serviceIndex();
    // The same figures from the flow rows alone: without the snapshots, then rolled anew.
    await h.services.database.db.execute(sql`delete from dossier_flow_snapshots`);
    const alone = await reports();
    expect(withSnapshots).toEqual(alone);
    expect(index).toEqual(await serviceIndex());
    expect(alone[4]!.report.received.total).toBe(fromFlows[4]!.report.received.total + 3);
    await rollEndedMonths(db(), today);
    expect(await drift()).toEqual([]);
    expect(await reports()).toEqual(alone);
  });
});
