import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UnitLatestReports } from '../../src/shared/contracts/reporting.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** The demo's submissions are stamped at 09:00 in Vietnam (seeds/load-demo-reporting.ts). */
const at = (day: string) => `${day}T02:00:00.000Z`;
const HALF_YEAR = { code: 'BC-2026-6M', kind: 'six_months', period: { label: 'report:2026-6M', from: '2025-12-15', to: '2026-06-14' }, deadline: '2026-06-20' };
const YEAR = { code: 'BC-2026', kind: 'year', period: { label: 'report:2026', from: '2025-12-15', to: '2026-12-14' }, deadline: '2026-12-20' };

/**
 * "Its latest report in each round and whether it is late", for the page of the members who
 * follow a unit: the demo's two rounds over the committee's key units, read by a supervising
 * member (who is not of the unit) and by the unit's own officer; nobody else learns anything.
 */
describeOnEachEngine("a unit's latest report in each round", (engine) => {
  let h: Harness;
  let chair: Session;
  let science: Session;
  let commune: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    [chair, science, commune] = [await signIn(h.app, 'chair'), await signIn(h.app, 'science'), await signIn(h.app, 'commune')];
  });
  afterAll(() => h.close());

  const latest = (s: Session, unit: string, asOf?: string) => h.app.inject({ method: 'GET', url: `/api/reporting/units/${unit}/latest${asOf ? `?asOf=${asOf}` : ''}`, headers: as(s) });
  const rows = (body: UnitLatestReports) => body.reports.map((r) => ({ ...r, round: { ...r.round, names: r.round.names.en } }));

  it('gives the supervising member each round of a unit they follow, latest period first: state, submitted, late, overdue as of the day', async () => {
    // science is an officer of H99.13 who follows the commune H99.X05, which never wrote its half-year report
    const res = await latest(science, 'H99.X05', '2026-07-01');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as UnitLatestReports;
    expect([body.unit.code, body.asOf]).toEqual(['H99.X05', '2026-07-01']);
    expect(rows(body)).toEqual([
      { round: { ...YEAR, names: 'PAR report for 2026' }, state: 'draft', late: false, overdue: false, submittedAt: null },
      { round: { ...HALF_YEAR, names: 'PAR report, first half of 2026' }, state: 'draft', late: false, overdue: true, submittedAt: null },
    ]);
  });

  it('marks a report returned after a late submission as late and, past the deadline, overdue again', async () => {
    const today = h.services.tasksDeps.today();
    const body = (await latest(chair, 'H99.19', '2026-07-01')).json() as UnitLatestReports;
    expect(rows(body)).toEqual([
      { round: { ...YEAR, names: 'PAR report for 2026' }, state: 'submitted', late: today > YEAR.deadline, overdue: false, submittedAt: at(today) },
      { round: { ...HALF_YEAR, names: 'PAR report, first half of 2026' }, state: 'returned', late: true, overdue: true, submittedAt: at('2026-06-29') },
    ]);
  });

  it('shows only the rounds whose period had begun by the day asked', async () => {
    expect(((await latest(chair, 'H99.19', '2025-12-14')).json() as UnitLatestReports).reports).toEqual([]);
    expect(((await latest(chair, 'H99.19', '2025-12-15')).json() as UnitLatestReports).reports.map((r) => r.round.code)).toEqual(['BC-2026', 'BC-2026-6M']);
  });

  it("lets a unit's own officer read it, and refuses an officer who neither belongs to nor follows the unit, telling nothing", async () => {
    expect((await latest(commune, 'H99.X05')).statusCode).toBe(200);
    for (const [s, unit] of [[commune, 'H99.19'], [science, 'H99.10']] as const) {
      const res = await latest(s, unit, '2026-07-01');
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
      expect(res.body).not.toContain('BC-2026');
    }
    const unknown = await latest(chair, 'NO-SUCH');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'unit_not_found']);
  });

  it('refuses a day that is not a date', async () => {
    const res = await latest(chair, 'H99.19', '2026-13-01');
    expect([res.statusCode, res.json().code]).toEqual([400, 'validation_failed']);
  });
});
