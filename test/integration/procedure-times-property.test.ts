import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProcedureTimesResponse } from '../../src/shared/contracts/procedure-times.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { percentHalfUp } from '../../src/shared/domain/rates.ts';
import { workingDaysBetween, type WorkingCalendar } from '../../src/shared/domain/working-days.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { readTable } from '../../src/server/platform/files/tables.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

const STATUTORY: Record<string, number | null> = { 'P-A': 5, 'P-B': 2, 'P-C': 15 };

interface Sent {
  code: string;
  unit: string;
  procedure: string;
  received: string;
  closed: string | null;
  status: string;
  supplement: number | null;
}

/** One set of resolved dossiers' figures, dossier by dossier: sorted days, nearest rank, exact mean. */
function expected(days: { working: number; statutory: number | null }[]) {
  const sorted = days.map((d) => d.working).sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.ceil(p * sorted.length) - 1]!;
  const capped = (d: number) => (d > 90 ? null : d);
  const sum = sorted.reduce((a, b) => a + b, 0);
  const timed = days.filter((d) => d.statutory !== null);
  const within = timed.filter((d) => d.working <= d.statutory!).length;
  return {
    resolved: days.length,
    meanWorkingDays: days.length ? Math.floor((2 * sum * 100 + days.length) / (2 * days.length)) / 100 : null,
    medianWorkingDays: days.length ? capped(rank(0.5)) : null,
    p90WorkingDays: days.length ? capped(rank(0.9)) : null,
    withinStatutory: within,
    withinStatutoryRate: timed.length ? percentHalfUp(within, timed.length) : null,
  };
}

/**
 * The time rows against a dossier-by-dossier computation (issue 17): random dossiers over
 * Tết 2024 and the worked Saturday of May, some sent again corrected (or late), a holiday
 * added afterwards through the import; every span read — ragged days, months, a year.
 */
describeOnEachEngine('procedure time against a dossier-by-dossier count', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
    const lines = Object.entries(STATUTORY).map(([code, days]) => `${code},Thủ tục ${code},Lĩnh vực,Cấp tỉnh,${days ?? ''},no,full`);
    await h.services.dossiers.procedures.importTable(SYSTEM_ACTOR, await readTable(Buffer.from(`code,name,field,level,statutory_days,fee_required,online_level\n${lines.join('\n')}\n`), 'csv'), 'vi');
  });
  afterAll(() => h.close());

  const post = async (dossiers: Sent[], updatedAt: string) => {
    const payload = dossiers.map((d) => ({
      code: d.code, unitCode: d.unit, procedureCode: d.procedure, channel: 'direct', status: d.status,
      receivedAt: `${d.received}T08:00:00`, dueAt: `${addDays(d.received, 5)}T17:00:00`, resolvedAt: d.closed ? `${d.closed}T15:00:00` : null,
      supplementDays: d.supplement, updatedAt,
    }));
    const res = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(admin), payload: { source: 'random', dossiers: payload } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const measured = async (unit: string, from: string, to: string) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/dossiers/times?unit=${unit}&from=${from}&to=${to}`, headers: as(admin) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<ProcedureTimesResponse>();
  };
  const pick = (f: ReturnType<typeof expected> & Record<string, unknown>) => ({
    resolved: f.resolved, meanWorkingDays: f.meanWorkingDays, medianWorkingDays: f.medianWorkingDays, p90WorkingDays: f.p90WorkingDays, withinStatutory: f.withinStatutory, withinStatutoryRate: f.withinStatutoryRate,
  });

  async function check(final: Sent[], calendar: WorkingCalendar) {
    // a year (its row), a quarter (its row), ragged days, months, and all of them around two quarters
    const spans = [['2024-01-01', '2024-12-31'], ['2024-04-01', '2024-06-30'], ['2024-02-05', '2024-02-20'], ['2024-01-15', '2024-05-10'], ['2024-03-01', '2024-03-31'], ['2023-12-20', '2024-07-31']] as const;
    for (const [from, to] of spans) {
      const got = await measured('H99', from, to);
      const resolved = final
        .filter((d) => d.status === 'resolved' && d.closed !== null)
        .map((d) => ({ ...d, day: d.closed! < d.received ? d.received : d.closed! }))
        .filter((d) => d.day >= from && d.day <= to)
        .map((d) => ({ procedure: d.procedure, working: Math.max(0, workingDaysBetween(calendar, d.received, d.day) - (d.supplement ?? 0)), statutory: STATUTORY[d.procedure] ?? null }));
      expect(pick(got.total as never), `${from}..${to}`).toEqual(expected(resolved));
      const codes = [...new Set(resolved.map((d) => (d.procedure === '' ? '?' : d.procedure)))].sort();
      expect(got.procedures.map((p) => p.code)).toEqual(codes);
      for (const p of got.procedures) {
        expect(pick(p as never), `${p.code} ${from}..${to}`).toEqual(expected(resolved.filter((d) => (d.procedure === '' ? '?' : d.procedure) === p.code)));
      }
    }
  }

  it('gives the figures of each dossier counted alone, after corrections and a holiday added later', async () => {
    const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays('2023-12-15', n));
    const dossier = fc.record({
      unit: fc.constantFrom('H99.03', 'H99.05'),
      procedure: fc.constantFrom('P-A', 'P-B', 'P-C', 'X.UNKNOWN', ''),
      received: day,
      closeIn: fc.option(fc.integer({ min: -1, max: 140 }), { nil: null, freq: 8 }),
      status: fc.constantFrom('resolved', 'resolved', 'resolved', 'withdrawn'),
      supplement: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null, freq: 3 }),
    });
    const [first, second] = fc.sample(fc.tuple(fc.array(dossier, { minLength: 200, maxLength: 200 }), fc.array(fc.option(dossier, { freq: 2 }), { minLength: 200, maxLength: 200 })), { numRuns: 1, seed: 1717 })[0]!;
    const sent = (i: number, d: (typeof first)[number]): Sent => ({
      code: `T-${i}`, unit: d.unit, procedure: d.procedure, received: d.received,
      closed: d.closeIn === null ? null : addDays(d.received, d.closeIn), status: d.closeIn === null ? 'processing' : d.status, supplement: d.supplement,
    });
    const rows = first.map((d, i) => sent(i, d));
    await post(rows, '2025-01-01T00:00:00');
    // About a third are sent again: corrected, closed late, reopened, withdrawn.
    const changed = second.flatMap((d, i) => (d === null ? [] : [sent(i, d)]));
    await post(changed, '2025-02-01T00:00:00');
    const final = rows.map((r) => changed.find((c) => c.code === r.code) ?? r);
    expect(final.filter((d) => d.status === 'resolved' && d.closed).length).toBeGreaterThan(100);
    await check(final, await h.services.calendar.calendarOf('VN'));

    // Two days off announced afterwards (one inside Tết's span is already off: nothing changes for it).
    const file = await readTable(Buffer.from('country,date,name\nVN,2024-03-12,Nghỉ đột xuất\nVN,2024-02-09,Tết\nVN,2024-04-03,Nghỉ đột xuất\n'), 'csv');
    await h.services.holidaysImport.importRows(SYSTEM_ACTOR, file.rows, file.header, 'late-notice.csv');
    const calendar = await h.services.calendar.calendarOf('VN');
    expect(workingDaysBetween(calendar, '2024-03-11', '2024-03-13')).toBe(1);
    await check(final, calendar);

    // Migration 0026 gave the dossiers written before it quarter rows summed from their month
    // rows: the same rows as the write itself keeps.
    const db = h.services.database.db;
    const quarters = () => queryRows(db, sql`select * from dossier_times where grain = 'q' order by unit_id, day, procedure_code, channel`);
    const kept = await quarters();
    expect(kept.length).toBeGreaterThan(0);
    await db.execute(sql`delete from dossier_times where grain = 'q'`);
    await db.execute(sql.raw(readFileSync('db/migrations/0026_time_quarters.sql', 'utf8')));
    expect(await quarters()).toEqual(kept);
  });
});
