import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AccountabilityReport } from '../../src/shared/contracts/accountability.ts';
import type { DossierReportResponse } from '../../src/shared/contracts/dossiers.ts';
import { createHttpApp, createServices, prepareDatabase, seed, type Services } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine, type Engine } from '../support/databases.ts';
import { freshDatabase } from '../support/databases.ts';
import { as, signIn, TEST_SETTINGS, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status,official_id,official_name,apology_issued';
const AN = 'Nguyễn Văn An';
const BINH = 'Trần Thị Bình';
const CHAU = 'Lê Minh Châu';
// (not a demo account's name: the audit log names accounts)
const HA = 'Đinh Thị Hoa';
const NAMES = [AN, BINH, CHAU, HA];

/**
 * March 2026 in the Department of Home Affairs (H99.02) and of Science (H99.13), each dossier
 * with the reason it counts or not. Resolved on the day after the due date is late; due on the
 * period's last day and still open is not yet overdue then.
 */
const MARCH = [
  'A1,H99.02,1.001,online,2026-03-02,2026-03-10,2026-03-09,resolved,CB01,Nguyễn Văn An,', // resolved early
  'A2,H99.02,1.001,online,2026-03-02,2026-03-05,2026-03-12,resolved,CB01,Nguyễn Văn An,yes', // resolved late, apology
  'A3,H99.02,2.002,direct,2026-03-20,2026-03-25,,processing,CB01,Nguyễn Văn An,no', // overdue at the end
  'A4,H99.02,2.002,direct,2026-02-01,2026-02-10,2026-02-20,resolved,CB01,Nguyễn Văn An,yes', // late, but in February
  'A5,H99.02,1.001,direct,2026-03-02,2026-03-04,2026-03-08,withdrawn,CB01,Nguyễn Văn An,', // withdrawn: neither
  'B1,H99.02,1.001,online,2026-03-01,2026-03-03,2026-04-05,resolved,CB02,Trần Thị Bình,1', // resolved in April: overdue on 31 March
  'B2,H99.02,1.001,online,2026-03-25,2026-04-02,,processing,CB02,Trần Thị Bình,', // not yet due
  'B3,H99.02,1.001,online,2026-03-25,2026-03-31,,processing,CB02,Trần Thị Bình,', // due on the last day: not overdue yet
  'C1,H99.02,,direct,2026-03-05,2026-03-06,2026-03-07,resolved,,,', // no official, resolved late
  'D1,H99.13,1.001,online,2026-03-10,2026-03-12,2026-03-15,resolved,CB03,Lê Minh Châu,yes', // another department
];

const fig = (resolved: number, resolvedLate: number, overdue: number, apologies: number, apologyRate: number) => ({ resolved, resolvedLate, overdue, late: resolvedLate + overdue, apologies, apologyRate });

/** Every text inside an XLSX or DOCX (all parts of the zip), to search for names. */
async function zipText(data: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return parts.join('\n');
}

describeOnEachEngine('handling officials (accountability for slow handling)', (engine: Engine) => {
  let services: Services;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  let admin: Session;
  /** every log line the server wrote, at the most verbose level */
  const logs: string[] = [];

  beforeAll(async () => {
    const db = await freshDatabase(engine);
    dispose = db.dispose;
    await prepareDatabase(db.database, TEST_SETTINGS);
    services = createServices(db.database, TEST_SETTINGS);
    await seed(services, 'demo', true, { dossiers: false, rounds: false, surveys: false });
    app = await createHttpApp(services, TEST_SETTINGS, pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) }));
    await app.ready();
    admin = await signIn(app, 'admin');
    await services.users.createUser(SYSTEM_ACTOR, { username: 'h99-viewer', displayName: 'V', password: 'demo1234', grants: [{ role: 'viewer', unitCode: 'H99' }] });
    await services.users.createUser(SYSTEM_ACTOR, { username: 'science-manager', displayName: 'S', password: 'demo1234', grants: [{ role: 'secretariat', unitCode: 'H99.13' }] });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
  });

  const upload = (s: Session, csv: string) => {
    const body = multipartBody({}, [{ name: 'dossiers.csv', content: csv }]);
    return app.inject({ method: 'POST', url: '/api/dossiers/import?source=hcc', payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const get = (s: Session | null, url: string) => app.inject({ method: 'GET', url, headers: s ? as(s) : {} });
  const officials = async (unit: string, s: Session = admin, extra = '') => {
    const res = await get(s, `/api/dossiers/officials?unit=${unit}&period=2026-03${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as AccountabilityReport;
  };

  it('refuses bad official values naming line and column, and writes nothing', async () => {
    const res = await upload(admin, `${HEADER}\nX1,H99.02,,online,2026-03-02,2026-03-05,,processing,,Nguyễn Văn An,\nX2,H99.02,,online,2026-03-02,2026-03-05,,processing,${'9'.repeat(65)},,maybe\n`);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([
      { line: 2, field: 'official_id', code: 'required', value: '' },
      { line: 3, field: 'apology_issued', code: 'not_yes_or_no', value: 'maybe' },
      { line: 3, field: 'official_id', code: 'too_long', value: '9'.repeat(65) },
    ]);
    expect((await officials('H99')).total).toEqual(fig(0, 0, 0, 0, 0));
  });

  it('counts per official and per procedure exactly, in agreement with the one-stop report; a replayed file changes nothing', async () => {
    const csv = `${HEADER}\n${MARCH.join('\n')}\n`;
    expect((await upload(admin, csv)).json()).toMatchObject({ rows: 10, applied: 10 });
    expect((await upload(admin, csv)).json()).toMatchObject({ rows: 10, applied: 0, unchanged: 10 });

    const r = await officials('H99.02');
    expect(r.byOfficial).toEqual([
      { official: { source: 'hcc', id: 'CB01', name: AN }, figures: fig(2, 1, 1, 1, 50) },
      { official: { source: 'hcc', id: 'CB02', name: BINH }, figures: fig(0, 0, 1, 1, 100) },
      { official: { source: 'hcc', id: null, name: null }, figures: fig(1, 1, 0, 0, 0) },
    ]);
    expect(r.byProcedure.map((p) => [p.code, p.figures])).toEqual([
      ['1.001', fig(2, 1, 1, 2, 100)],
      ['?', fig(1, 1, 0, 0, 0)],
      ['2.002', fig(0, 0, 1, 0, 0)],
    ]);
    expect(r.total).toEqual(fig(3, 2, 2, 2, 50));
    const oneStop = (await get(admin, '/api/dossiers/report?unit=H99.02&period=2026-03')).json() as DossierReportResponse;
    expect([oneStop.report.resolved.late, oneStop.report.pending.overdue]).toEqual([r.total.resolvedLate, r.total.overdue]);

    const province = await officials('H99');
    // most late first; of two late once, the one who also resolved more
    expect(province.byOfficial.map((o) => o.official.id)).toEqual(['CB01', 'CB03', 'CB02', null]);
    expect(province.total).toEqual(fig(4, 3, 2, 3, 60));
    expect((await officials('H99', admin, '&descendants=false')).total).toEqual(fig(0, 0, 0, 0, 0));
  });

  it('takes the official and the apology letter from the push API, and a re-sent dossier updates them', async () => {
    const post = (dossiers: object[]) => app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(admin), payload: { source: 'hcc', dossiers } });
    const a2 = { code: 'A2', unitCode: 'H99.02', procedureCode: '1.001', channel: 'online', receivedAt: '2026-03-02', dueAt: '2026-03-05', resolvedAt: '2026-03-12', status: 'resolved' };
    expect((await post([{ ...a2, officialId: 'CB02', officialName: BINH, apologyIssued: false }])).json()).toMatchObject({ applied: 1 });
    expect((await post([{ ...a2, officialId: 'CB02', officialName: BINH, apologyIssued: false }])).json()).toMatchObject({ applied: 0, unchanged: 1 });
    const r = await officials('H99.02');
    expect(r.byOfficial.slice(0, 2)).toEqual([
      { official: { source: 'hcc', id: 'CB02', name: BINH }, figures: fig(1, 1, 1, 1, 50) },
      { official: { source: 'hcc', id: 'CB01', name: AN }, figures: fig(1, 0, 1, 0, 0) },
    ]);
    const bad = await post([{ ...a2, officialName: AN }]);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().details.errors).toEqual([{ line: 1, field: 'official_id', code: 'required', value: '' }]);
    // back as the file had it
    await post([{ ...a2, officialId: 'CB01', officialName: AN, apologyIssued: true }]);
    expect((await officials('H99.02')).total).toEqual(fig(3, 2, 2, 2, 50));
  });

  it('reads the same columns from an XLSX file', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('hs');
    sheet.addRow(HEADER.split(','));
    sheet.addRow(['X1', 'H99.13', '1.001', 'online', '2026-03-02', '2026-03-04', '2026-03-06', 'resolved', 'CB04', HA, 'có']);
    const body = multipartBody({}, [{ name: 'dossiers.xlsx', content: Buffer.from(await book.xlsx.writeBuffer()) }]);
    const res = await app.inject({ method: 'POST', url: '/api/dossiers/import?source=hcc', payload: body.payload, headers: { ...as(admin), ...body.headers } });
    expect(res.json()).toMatchObject({ rows: 1, applied: 1 });
    expect((await officials('H99.13')).byOfficial.map((o) => [o.official.id, o.official.name, o.figures.late, o.figures.apologies])).toEqual([
      ['CB03', CHAU, 1, 1],
      ['CB04', HA, 1, 1],
    ]);
  });

  it('exports the report as XLSX with translated headings, names, scope, period and date on top', async () => {
    const res = await get(admin, '/api/dossiers/officials.xlsx?unit=H99.02&period=2026-03&locale=en');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="officials-H99.02-2026-03.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['By handling official', 'By procedure']);
    const sheet = book.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1).map((v) => (v instanceof Object && 'richText' in v ? '' : v))).filter((row) => row.length > 0);
    // the title block's lines are merged across the table: their first cell holds the text
    expect(rows[0]![0]).toBe('Late dossiers by handling official');
    expect(rows[1]![0]).toMatch(/^Department of Home Affairs and its subordinate units, 01\/03\/2026 – 31\/03\/2026$/);
    expect(rows[2]![0]).toMatch(/^Prepared on \d\d\/\d\d\/\d{4}$/);
    expect(rows[3]![0]).toBe("Personal data (officials' names): for the unit's managers only, not to be published.");
    expect(rows[4]).toEqual(['No.', 'Handling official', "Official's ID", 'Resolved', 'Resolved late', 'Overdue at period end', 'Late in total', 'Apology letters', 'Apology-letter rate (%)']);
    expect(rows.slice(5)).toEqual([
      [1, AN, 'CB01', 2, 1, 1, 2, 1, 0.5],
      [2, BINH, 'CB02', 0, 0, 1, 1, 1, 1],
      [3, 'No official recorded', undefined, 1, 1, 0, 1, 0, 0],
      [undefined, 'Total', undefined, 3, 2, 2, 4, 2, 0.5],
    ]);
  });

  it("keeps officials' names to the unit's managers: others get 403 and no name", async () => {
    const leader = await signIn(app, 'leader');
    expect((await officials('H99.02', leader)).byOfficial.map((o) => o.official.name)).toEqual([AN, BINH, null]);
    // a manager of another department sees its own officials only
    const science = await signIn(app, 'science-manager');
    expect((await officials('H99.13', science)).byOfficial.map((o) => o.official.name)).toEqual([CHAU, HA]);
    const refused: [Session | null, string, number][] = [
      [science, 'H99.02', 403],
      [science, 'H99', 403],
      [await signIn(app, 'department'), 'H99.02', 403], // a unit officer of that very unit
      [await signIn(app, 'h99-viewer'), 'H99.02', 403],
      [await signIn(app, 'commune'), 'H99.02', 403],
      [null, 'H99.02', 401],
    ];
    for (const [s, unit, status] of refused) {
      for (const url of [`/api/dossiers/officials?unit=${unit}&period=2026-03`, `/api/dossiers/officials.xlsx?unit=${unit}&period=2026-03`]) {
        const res = await get(s, url);
        expect(res.statusCode, `${url}: ${res.body}`).toBe(status);
        for (const name of NAMES) expect(res.body).not.toContain(name);
      }
    }
  });

  it('never puts names into the other outputs of dossiers, the audit log or the logs', async () => {
    const outputs: string[] = [];
    for (const url of [
      '/api/dossiers/report?unit=H99&period=2026-03',
      '/api/dossiers/unknown-procedures?unit=H99',
      '/api/service-index?unit=H99&period=2026-03',
      '/api/service-index/ranking?unit=H99&period=2026-03',
      '/api/service-index/trend?unit=H99&until=2026-03',
      '/api/audit',
      '/api/openapi.json',
    ]) {
      const res = await get(admin, url);
      expect(res.statusCode, url).toBe(200);
      outputs.push(res.body);
    }
    for (const url of ['/api/dossiers/report.xlsx?unit=H99&period=2026-03&locale=vi', '/api/consolidated/export?unit=H99&period=2026-H1&format=xlsx', '/api/consolidated/export?unit=H99&period=2026-H1&format=docx']) {
      const res = await get(admin, url);
      expect(res.statusCode, url).toBe(200);
      outputs.push(await zipText(res.rawPayload));
    }
    // the check can fail: the officials' export does hold them
    expect(await zipText((await get(admin, '/api/dossiers/officials.xlsx?unit=H99&period=2026-03&locale=vi')).rawPayload)).toContain(AN);
    expect(logs.length).toBeGreaterThan(20);
    for (const name of NAMES) {
      for (const text of [...outputs, logs.join('\n')]) expect(text).not.toContain(name);
    }
  });
});
