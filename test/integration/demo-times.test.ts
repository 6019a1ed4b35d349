import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ProcedureTimesResponse } from '../../src/shared/contracts/procedure-times.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { DEMO_TIME_TRENDS } from '../../src/server/features/dossiers/index.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

vi.setConfig({ hookTimeout: 600_000, testTimeout: 60_000 });

/**
 * The demo's dossiers carry what the time-and-cost page shows (issue 17): from 1 January two
 * years ago (the targets' baseline year), the procedures the demo makes faster are faster in the
 * last twelve months than in the baseline year, those it makes slower are slower, some dossiers waited for the citizen's supplement, and payments
 * follow the demo fees (a fee cut and the online reductions).
 */
describeOnEachEngine('the demo’s procedure times and costs', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let today: string;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, dossiers: true });
    secretariat = await signIn(h.app, 'secretariat');
    today = h.services.tasksDeps.today();
  });
  afterAll(() => h.close());

  async function times(from: string, to: string): Promise<ProcedureTimesResponse> {
    const res = await h.app.inject({ url: `/api/dossiers/times?unit=H99&from=${from}&to=${to}`, headers: as(secretariat) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const meanOf = (r: ProcedureTimesResponse, code: string) => r.procedures.find((p) => p.code === code)!.meanWorkingDays!;

  it('starts on 1 January two years ago, so that the year is a whole baseline', async () => {
    const baseline = Number(today.slice(0, 4)) - 2;
    expect((await times(`${baseline - 1}-01-01`, `${baseline - 1}-12-31`)).total.resolved).toBe(0);
    expect((await times(`${baseline}-01-01`, `${baseline}-01-07`)).total.resolved).toBeGreaterThan(0);
  });

  it('makes the trended procedures faster or slower from the baseline year to the last twelve months, each by a visible margin', async () => {
    const baseline = Number(today.slice(0, 4)) - 2;
    const [before, last] = await Promise.all([times(`${baseline}-01-01`, `${baseline}-12-31`), times(addDays(today, -364), today)]);
    for (const [code, slope] of Object.entries(DEMO_TIME_TRENDS)) {
      const [a, b] = [meanOf(before, code), meanOf(last, code)];
      if (slope < 0) expect(b, `${code}: ${a} → ${b}`).toBeLessThan(a * 0.85);
      else expect(b, `${code}: ${a} → ${b}`).toBeGreaterThan(a * 1.15);
    }
    // the page's "rising" list, for the last twelve months against the twelve before, names the slower ones and not the faster ones
    for (const [code, slope] of Object.entries(DEMO_TIME_TRENDS)) expect(last.rising.includes(code), code).toBe(slope > 0);
  });

  it('has supplement waits left out for a few per cent of resolved dossiers, and payments with the online saving', async () => {
    const last = await times(addDays(today, -364), today);
    const share = last.total.supplementExcluded / last.total.resolved;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.06);
    expect(last.costs).toHaveLength(1);
    const [cost] = last.costs;
    expect(cost!.currency).toBe('VND');
    expect(cost!.paidDossiers).toBeGreaterThan(0);
    expect(cost!.onlineSaving).toBeGreaterThan(0);
    // The first land use right certificate costs 80,000 ₫ (40,000 ₫ online) from 1 January 2026: every payment since is one of those.
    const cut = '2026-01-01' > addDays(today, -364) ? '2026-01-01' : addDays(today, -364);
    const thisYear = await times(cut, today);
    const land = thisYear.procedures.find((p) => p.code === '1.004227')!.costs[0]!;
    expect(land.meanPaid).toBeGreaterThanOrEqual(40_000);
    expect(land.meanPaid).toBeLessThanOrEqual(80_000);
    // A procedure whose online filing is free (enterprise registration: 50,000 ₫, online 0) saves 50,000 ₫ per online dossier.
    const enterprise = last.procedures.find((p) => p.code === '1.001612')!.costs[0]!;
    expect(enterprise.onlineSaving % 50_000).toBe(0);
    expect(enterprise.onlineSaving).toBeGreaterThan(0);
  });

  it("comes with targets against the baseline year: the first half-year's judged (the land certificate's cut met, the judicial record's missed), the whole year's on or off track", async () => {
    const res = await h.app.inject({ url: '/api/targets/status?unit=H99', headers: as(secretariat) });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<{ targets: { procedureCode: string | null; measure: string; to: string; status: string; baseline: number | null; current: number | null }[] }>().targets;
    const year = Number(today.slice(0, 4));
    expect(list).toHaveLength(6);
    const land = list.find((t) => t.procedureCode === '1.004227')!;
    const record = list.find((t) => t.procedureCode === '2.002163')!;
    expect([land.to, land.status, record.status]).toEqual([`${year}-06-30`, 'met', 'missed']);
    expect(land.current!).toBeLessThan(land.baseline! * 0.7);
    expect(record.current!).toBeGreaterThan(record.baseline!);
    // The whole year's are still running (the demo's today is before 31 December): none judged yet, each with a figure.
    for (const t of list.filter((x) => x.to === `${year}-12-31`)) {
      expect(['on_track', 'off_track']).toContain(t.status);
      expect(t.current).not.toBeNull();
    }
  });
});
