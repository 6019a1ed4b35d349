import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DossierIngestResult, DossierReportResponse } from '../../src/shared/contracts/dossiers.ts';
import { contributions, localDateOf, reportFromFlows, WITHDRAWN_STATUSES, type DossierDates } from '../../src/shared/domain/dossier-flows.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { rollEndedMonths } from '../../src/server/features/dossiers/index.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status';

interface Row {
  code: string;
  unit: string;
  procedure: string;
  channel: string;
  received: string;
  due: string;
  resolved: string;
  status: string;
}
const csvOf = (rows: Row[]) => `${HEADER}\n${rows.map((r) => [r.code, r.unit, r.procedure, r.channel, r.received, r.due, r.resolved, r.status].join(',')).join('\n')}\n`;

/** What the report must say, computed dossier by dossier from the same rows in TypeScript. */
function expectedReport(rows: Row[], from: string, to: string) {
  const tz = TEST_SETTINGS.timeZone;
  const dates = rows.map((r): DossierDates => {
    const closedStatus = r.status === 'resolved' || (WITHDRAWN_STATUSES as readonly string[]).includes(r.status);
    return {
      channel: r.channel === 'online' || r.channel === '2' ? 'online' : r.channel === 'postal' || r.channel === '3' ? 'postal' : 'direct',
      received: localDateOf(r.received, tz)!,
      due: localDateOf(r.due, tz)!,
      closed: closedStatus ? localDateOf(r.resolved, tz) : null,
      outcome: r.status === 'resolved' ? 'resolved' : closedStatus ? 'withdrawn' : null,
    };
  });
  return reportFromFlows(dates.flatMap(contributions), from, to);
}

describeOnEachEngine('dossiers', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  const upload = async (s: Session, csv: string, query = '') => {
    const body = multipartBody({}, [{ name: 'dossiers.csv', content: csv }]);
    return h.app.inject({ method: 'POST', url: `/api/dossiers/import${query}`, payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const report = async (unit: string, from: string, to: string, extra = '') => {
    const res = await h.app.inject({ method: 'GET', url: `/api/dossiers/report?unit=${unit}&from=${from}&to=${to}${extra}`, headers: as(admin) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as DossierReportResponse;
  };

  it('rejects a file with bad rows as a whole, naming line and field, and writes nothing', async () => {
    const res = await upload(
      admin,
      `${HEADER}\nA-1,H99.02,2.000815,online,2026-03-02T08:00,2026-03-10,,processing\nA-2,H99.NOPE,2.000815,online,2026-03-02,2026-03-10,,processing\nA-3,H99.02,,fax,2026-13-02,2026-03-10,,done\nA-4,H99.02,,,2026-03-02,2026-03-10,,resolved\n`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([
      { line: 3, field: 'unit_code', code: 'unknown_unit', value: 'H99.NOPE' },
      { line: 4, field: 'status', code: 'unknown_status', value: 'done' },
      { line: 4, field: 'received_at', code: 'invalid_timestamp', value: '2026-13-02' },
      { line: 5, field: 'resolved_at', code: 'required', value: '' },
    ]);
    expect((await report('H99', '2026-01-01', '2026-12-31')).report.received.total).toBe(0);
  });

  it('with skipInvalid imports the good rows and lists the others; an unknown channel counts as direct', async () => {
    const res = await upload(admin, `${HEADER}\nB-1,H99.02,2.000815,fax,2026-03-02,2026-03-10,,processing\nB-2,H99.02,,online,bad,2026-03-10,,processing\n`, '?skipInvalid=true&source=test-b');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ rows: 2, applied: 1, skipped: 1, errors: [{ line: 3, field: 'received_at' }] });
    const r = await report('H99.02', '2026-03-01', '2026-03-31', '&descendants=false');
    expect(r.report.received).toEqual({ total: 1, carriedOver: 0, online: 0, direct: 1, postal: 0 });
  });

  it('a unit officer may read but not import dossiers; a manager only for units in scope', async () => {
    const commune = await signIn(h.app, 'commune');
    expect((await upload(commune, `${HEADER}\nC-1,H99.X05,,online,2026-03-02,2026-03-10,,processing\n`)).statusCode).toBe(403);
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'x05-manager', displayName: 'X05', password: 'demo1234', grants: [{ role: 'secretariat', unitCode: 'H99.X05' }] });
    const res = await upload(await signIn(h.app, 'x05-manager'), `${HEADER}\nC-1,H99.02,,online,2026-03-02,2026-03-10,,processing\n`);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([{ line: 2, field: 'unit_code', code: 'unit_out_of_scope', value: 'H99.02' }]);
  });

  it('an HTTP batch is idempotent: a replay changes nothing, an older update is ignored, a newer one moves the figures', async () => {
    const post = (dossiers: object[]) => h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(admin), payload: { source: 'one-stop', dossiers } });
    const d = { code: 'HS-1', unitCode: 'H99.X05', procedureCode: '1.001234', channel: 'online', receivedAt: '2026-04-01T09:00:00+07:00', dueAt: '2026-04-03', status: 'processing', updatedAt: '2026-04-01T09:00:00+07:00' };
    const first = (await post([d])).json() as DossierIngestResult;
    expect(first).toMatchObject({ rows: 1, applied: 1, unchanged: 0 });
    const resolvedLate = { ...d, status: 'resolved', resolvedAt: '2026-04-06T10:00:00+07:00', updatedAt: '2026-04-06T10:00:00+07:00' };
    expect(((await post([resolvedLate])).json() as DossierIngestResult).applied).toBe(1);
    const before = await report('H99.X05', '2026-04-01', '2026-04-30');
    expect((await post([resolvedLate])).json()).toMatchObject({ applied: 0, unchanged: 1 });
    expect((await post([d])).json()).toMatchObject({ applied: 0, unchanged: 1 }); // the older "processing" state
    const after = await report('H99.X05', '2026-04-01', '2026-04-30');
    expect(after).toEqual(before);
    expect(after.report.resolved).toEqual({ total: 1, early: 0, onTime: 0, late: 1 });
    const reopenedNewer = { ...resolvedLate, resolvedAt: '2026-04-02T10:00:00+07:00', updatedAt: '2026-04-07T00:00:00+07:00' };
    await post([reopenedNewer]);
    expect((await report('H99.X05', '2026-04-01', '2026-04-30')).report.resolved).toEqual({ total: 1, early: 1, onTime: 0, late: 0 });
  });

  it('takes batches from another system with an API token, only for units under the token', async () => {
    const { secret } = await h.services.tokens.create(SYSTEM_ACTOR, { name: 'one-stop X05', unitCode: 'H99.X05', permissions: ['dossiers.manage'] });
    const bearer = { authorization: `Bearer ${secret}` };
    const dossier = (unitCode: string) => ({ code: `T-${unitCode}`, unitCode, receivedAt: '2026-06-01T08:00:00+07:00', dueAt: '2026-06-03', status: 'received' });
    const ok = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: bearer, payload: { source: 'one-stop-x05', dossiers: [dossier('H99.X05')] } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ applied: 1 });
    const outside = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: bearer, payload: { source: 'one-stop-x05', dossiers: [dossier('H99.X05'), dossier('H99.X08')] } });
    expect(outside.statusCode).toBe(403);
    expect((await report('H99.X08', '2026-06-01', '2026-06-30')).report.received.total).toBe(0);
    const bad = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: bearer, payload: { dossiers: [{ ...dossier('H99.X05'), status: 'lost' }] } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('validation_failed');
  });

  it('replaying the same file twice changes nothing', async () => {
    const csv = `${HEADER}\nR-1,H99.X05,,direct,2026-05-04,2026-05-06,2026-05-06,resolved\nR-2,H99.X05,,postal,2026-05-04,2026-05-06,,processing\n`;
    expect((await upload(admin, csv, '?source=replay')).json()).toMatchObject({ applied: 2 });
    const once = await report('H99', '2026-05-01', '2026-05-31');
    expect((await upload(admin, csv, '?source=replay')).json()).toMatchObject({ rows: 2, applied: 0, unchanged: 2 });
    expect(await report('H99', '2026-05-01', '2026-05-31')).toEqual(once);
  });

  it('counts a merged department with its successor and in the province', async () => {
    // H99.11 (Labour) merged into H99.02 (Home Affairs) on 2025-03-01.
    await upload(admin, `${HEADER}\nM-1,H99.11,,direct,2025-01-10,2025-01-20,2025-01-15,resolved\nM-2,H99.11,,online,2025-02-10,2025-03-20,,processing\n`, '?source=merge');
    const after = await report('H99', '2025-03-01', '2025-03-31');
    const home = after.byChild.find((c) => c.unit.code === 'H99.02')!;
    expect(home.report.received.carriedOver).toBe(1);
    expect(after.report.received.carriedOver).toBe(1);
    expect(after.byChild.some((c) => c.unit.code === 'H99.11')).toBe(false);
    const before = await report('H99', '2025-01-01', '2025-01-31');
    expect(before.byChild.find((c) => c.unit.code === 'H99.11')!.report.resolved.total).toBe(1);
    // Re-aggregated onto today's tree, January 2025 shows Labour's dossiers under Home Affairs.
    const today = await report('H99', '2025-01-01', '2025-01-31', '&tree=today');
    expect(today.byChild.some((c) => c.unit.code === 'H99.11')).toBe(false);
    expect(today.byChild.find((c) => c.unit.code === 'H99.02')!.report.resolved.total).toBe(1);
    expect(today.report).toEqual(before.report);
  });

  it('exports the report laid out like the official form, in the user’s language', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/dossiers/report.xlsx?unit=H99&period=2026-05&locale=en', headers: as(admin) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="dossiers-H99-2026-05.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // title, unit and period, prepared on, a spacer: the two header rows are 5 and 6
    expect(sheet.getCell('C5').text).toBe('Dossiers received');
    expect(sheet.getCell('C6').text).toBe('Total');
    expect(sheet.getCell('H5').text).toBe('Dossiers resolved');
    const json = await report('H99', '2026-05-01', '2026-05-31');
    const totalRow = sheet.getRow(sheet.rowCount);
    expect(totalRow.getCell(2).text).toBe('Total');
    expect([3, 4, 5, 6, 7, 8, 12].map((c) => Number(totalRow.getCell(c).value))).toEqual([
      json.report.received.total, json.report.received.carriedOver, json.report.received.online, json.report.received.direct, json.report.received.postal, json.report.resolved.total, json.report.pending.total,
    ]);
    expect(book.worksheets.map((w) => w.name)).toEqual(['By unit', 'By field', 'By procedure', 'By month']);
  });

  it('gives the same report as a dossier-by-dossier count, for random dossiers and updates, in any period', async () => {
    const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-06-01', n));
    const dossier = fc.record({
      unit: fc.constantFrom('H99.03', 'H99.05', 'H99.X08'),
      procedure: fc.constantFrom('2.000815', '1.001234', 'X.UNKNOWN', ''),
      channel: fc.constantFrom('online', 'direct', 'postal', '', '2'),
      received: day,
      dueIn: fc.integer({ min: 0, max: 20 }),
      closeIn: fc.option(fc.integer({ min: -2, max: 40 }), { nil: null }),
      status: fc.constantFrom('resolved', 'resolved', 'withdrawn', 'returned', 'rejected'),
      hour: fc.constantFrom('T06:00:00+07:00', 'T23:30:00Z', ''),
    });
    const changes = fc.array(fc.option(dossier, { freq: 2 }), { minLength: 150, maxLength: 150 });
    const [first, second, third] = fc.sample(fc.tuple(fc.array(dossier, { minLength: 150, maxLength: 150 }), changes, changes), { numRuns: 1, seed: 766 })[0]!;
    const toRow = (i: number, d: (typeof first)[number]): Row => ({
      code: `P-${i}`,
      unit: d.unit,
      procedure: d.procedure,
      channel: d.channel,
      received: `${d.received}${d.hour}`,
      due: addDays(d.received, d.dueIn),
      resolved: d.closeIn === null ? '' : addDays(d.received, d.closeIn),
      status: d.closeIn === null ? 'processing' : d.status,
    });
    const rows = first.map((d, i) => toRow(i, d));
    expect((await upload(admin, csvOf(rows), '?source=random')).json()).toMatchObject({ applied: 150 });
    // The months that have ended go into the snapshots, as the hourly job does, so the changes
    // below reach back into them and the longer periods read them.
    expect((await rollEndedMonths(h.services.database.db, h.services.tasksDeps.today())).length).toBeGreaterThan(4);
    // Change about a third of them (same codes, new states), as a one-stop system would; then
    // again, so that states written by a file are themselves replaced (their stored columns read back).
    let final = rows;
    for (const wave of [second, third]) {
      const changed = wave.flatMap((d, i) => (d === null ? [] : [toRow(i, d)]));
      await upload(admin, csvOf(changed), '?source=random');
      final = final.map((r, i) => changed.find((c) => c.code === `P-${i}`) ?? r);
    }
    for (const [from, to] of [['2026-06-01', '2026-06-30'], ['2026-07-15', '2026-08-14'], ['2026-06-10', '2026-09-30'], ['2026-09-01', '2026-12-31']] as const) {
      const got = await report('H99', from, to);
      const restOfProvince = await report('H99', from, to); // same call twice: reading never changes anything
      expect(restOfProvince).toEqual(got);
      const random = got.byChild.filter((c) => ['H99.03', 'H99.05', 'H99.X08'].includes(c.unit.code));
      for (const c of random) expect(c.report, `${c.unit.code} ${from}..${to}`).toEqual(expectedReport(final.filter((r) => r.unit === c.unit.code), from, to));
      const unknown = (await h.app.inject({ method: 'GET', url: '/api/dossiers/unknown-procedures?unit=H99', headers: as(admin) })).json() as { procedures: { code: string; received: number }[] };
      // The catalogue is empty in this file: every code used is unknown, '?' for none given.
      expect(unknown.procedures.map((p) => p.code).sort()).toEqual(['1.001234', '2.000815', '?', 'X.UNKNOWN']);
      expect(unknown.procedures.reduce((n, p) => n + p.received, 0)).toBeGreaterThanOrEqual(150);
      expect(got.byProcedure.every((p) => p.names === null)).toBe(true);
      const byProcedureTotal = got.byProcedure.reduce((n, p) => n + p.report.received.total, 0);
      expect(byProcedureTotal).toBe(got.report.received.total);
      const r = got.report;
      expect(r.received.total).toBe(r.resolved.total + r.pending.total + r.withdrawn);
    }
  });
});
