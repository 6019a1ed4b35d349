import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ConsolidatedReport } from '../../src/shared/contracts/consolidated.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** The consolidated report's routes on the demo province: who may read, write and issue, and what bad input changes (nothing). */
describeOnEachEngine('consolidated report routes', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let commune: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    commune = await signIn(h.app, 'commune');
  });
  afterAll(() => h.close());

  const get = (s: Session, url: string) => h.app.inject({ method: 'GET', url, headers: as(s) });
  const send = (s: Session, method: 'PUT' | 'POST', url: string, payload: unknown) => h.app.inject({ method, url, headers: as(s), payload: payload as object });
  const issuedCount = async () => ((await get(secretariat, '/api/consolidated/issued')).json() as { reports: unknown[] }).reports.length;

  it("computes the province's report with the same task figures as the task statistics", async () => {
    const res = await get(secretariat, '/api/consolidated?unit=H99&period=2026-H1&asOf=2026-06-30');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as ConsolidatedReport;
    const stats = (await get(secretariat, '/api/task-statistics?unit=H99&descendants=true&asOf=2026-06-30')).json() as { statistics: unknown };
    expect(report.figures.tasks.total).toEqual(stats.statistics);
    expect(report.figures).toMatchObject({ unit: { code: 'H99' }, period: '2026-H1', from: '2026-01-01', to: '2026-06-30', asOf: '2026-06-30', round: null, submissions: null });
    expect(report.figures.tasks.byPlan.reduce((n, p) => n + p.statistics.total, 0)).toBe(report.figures.tasks.total.total);
    expect(report.issued).toBeNull();
  });

  it("refuses a foreign unit's report to a commune officer, and tells nothing of it", async () => {
    const res = await get(commune, '/api/consolidated?unit=H99.02&period=2026-H1');
    expect(res.statusCode).toBe(403);
    expect(JSON.stringify(res.json())).not.toContain('tasks');
    expect((await get(commune, '/api/consolidated/export?unit=H99.02&period=2026-H1')).statusCode).toBe(403);
  });

  it('keeps the narratives, and lets only the secretariat write them', async () => {
    const body = { unit: 'H99', period: '2026-H1', narrative: { summary: 'Sáu tháng đầu năm…', assessment: 'Đạt yêu cầu.', nextTasks: 'Tiếp tục.' } };
    expect((await send(commune, 'PUT', '/api/consolidated/narrative', { ...body, unit: 'H99.X05' })).statusCode).toBe(403);
    const saved = await send(secretariat, 'PUT', '/api/consolidated/narrative', body);
    expect(saved.statusCode, saved.body).toBe(200);
    const report = (await get(secretariat, '/api/consolidated?unit=H99&period=2026-H1')).json() as ConsolidatedReport;
    expect(report.narrative).toEqual(body.narrative);
  });

  it('refuses a bad period and a number already used, issuing nothing', async () => {
    const bad = await get(secretariat, '/api/consolidated?unit=H99&period=2026-H3');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_period' });
    const unknown = await get(secretariat, '/api/consolidated?unit=NOPE&period=2026-H1');
    expect(unknown.json()).toMatchObject({ code: 'unit_not_found' });
    const issue = { unit: 'H99', period: '2026-H1', number: '12/BC-UBND', date: '2026-07-05', narrative: { summary: 'x', assessment: '', nextTasks: '' } };
    expect((await send(commune, 'POST', '/api/consolidated/issued', issue)).statusCode).toBe(403);
    expect(await issuedCount()).toBe(0);
    const first = await send(secretariat, 'POST', '/api/consolidated/issued', issue);
    expect(first.statusCode, first.body).toBe(200);
    const again = await send(secretariat, 'POST', '/api/consolidated/issued', issue);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'report_number_taken', details: { number: '12/BC-UBND' } });
    expect(await issuedCount()).toBe(1);
  });

  it('downloads the issued report as a Lao Word document with its number, and its annex as Excel', async () => {
    const [issued] = ((await get(secretariat, '/api/consolidated/issued')).json() as { reports: { id: number }[] }).reports;
    const docx = await h.app.inject({ method: 'GET', url: `/api/consolidated/issued/${issued!.id}/export?format=docx&locale=lo`, headers: as(secretariat) });
    expect(docx.statusCode).toBe(200);
    const { paragraphs } = await readDocx(docx.rawPayload);
    expect(paragraphs.some((p) => p.includes('12/BC-UBND'))).toBe(true);
    expect(paragraphs).toContain('I. ສະຫຼຸບ');
    expect(paragraphs).toContain('x');
    const xlsx = await h.app.inject({ method: 'GET', url: `/api/consolidated/issued/${issued!.id}/export?format=xlsx`, headers: as(secretariat) });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const differences = await get(secretariat, `/api/consolidated/issued/${issued!.id}/differences`);
    expect(differences.json()).toMatchObject({ differences: [] });
    for (const path of ['', '/differences', '/export?format=docx']) expect((await get(commune, `/api/consolidated/issued/${issued!.id}${path}`)).statusCode).toBe(403);
    expect(((await get(commune, '/api/consolidated/issued')).json() as { reports: unknown[] }).reports).toEqual([]);
  });
});
