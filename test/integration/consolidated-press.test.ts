import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { consolidatedReportObject } from '../../src/cli/report-objects.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { readTable } from '../../src/server/platform/files/tables.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { startHarness, type Harness } from '../support/harness.ts';

/**
 * Issue 14's acceptance: the press's half-year of a province — "30 of 51 tasks (58.82 %)",
 * "of 65 tasks assigned by the central government, 61 completed before the deadline, 3 not
 * yet finished, 1 late", "418,039 dossiers received … 782 late" — imported through the real
 * imports, then read back from the consolidated report's JSON and Word document; issuing it
 * freezes the figures, and a task corrected afterwards shows as a difference.
 */
const PROVINCE = '04';
const HALF_YEAR = { period: '2026-H1', asOf: '2026-06-30' };

/** 51 provincial tasks (30 completed on time, 21 open, due at year end) and 65 central ones (61 early or on time, 1 late, 3 open). */
function tasksCsv(): string {
  const lines = ['plan_code,code,title,owner_unit_code,deadline,start_date,area,key,completed_on'];
  const add = (plan: string, prefix: string, n: number, deadline: string, completedOn = '', area = 'institutions') => {
    for (let i = 0; i < n; i++) lines.push(`${plan},${prefix}${lines.length},Nhiệm vụ ${lines.length},${PROVINCE},${deadline},2026-01-05,${area},,${completedOn}`);
  };
  add('KH-CB-2026', 'P', 30, '2026-05-31', '2026-05-20');
  add('KH-CB-2026', 'P', 21, '2026-12-31');
  add('CP-2026', 'C', 40, '2026-06-15', '2026-06-01', 'e_government');
  add('CP-2026', 'C', 21, '2026-06-15', '2026-06-15', 'e_government');
  add('CP-2026', 'C', 1, '2026-04-30', '2026-05-12', 'e_government');
  add('CP-2026', 'C', 3, '2026-11-30', '', 'e_government');
  return `${lines.join('\n')}\n`;
}

/** PRODUCT.md's dossier figures over the half-year: 418,039 received (13,480 carried over from December), 782 resolved late, 14,730 still open. */
const FIGURES = { carriedOver: 13_480, online: 350_123, direct: 50_000, postal: 4_436, earlyOrOnTime: 402_527, late: 782 };
function* dossiersCsv(): Generator<string> {
  yield 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status\n';
  let n = 0;
  const row = (channel: string, received: string, due: string, resolved: string, status: string) => `CB-${n++},${PROVINCE},2.000815,${channel},${received},${due},${resolved},${status}\n`;
  for (let i = 0; i < FIGURES.carriedOver; i++) yield row(i % 2 ? 'online' : 'direct', '2025-12-28T09:00', '2026-01-10', '2026-01-05T10:00', 'resolved');
  const earlyOrOnTime = FIGURES.earlyOrOnTime - FIGURES.carriedOver;
  const channels = [...Array<string>(FIGURES.online).fill('online'), ...Array<string>(FIGURES.direct).fill('direct'), ...Array<string>(FIGURES.postal).fill('postal')];
  for (const [i, channel] of channels.entries()) {
    if (i < earlyOrOnTime) yield row(channel, '2026-03-09T08:30', '2026-03-13', '2026-03-12T16:00', 'resolved');
    else if (i < earlyOrOnTime + FIGURES.late) yield row(channel, '2026-03-09T08:30', '2026-03-13', '2026-03-20T16:00', 'resolved');
    else yield row(channel, '2026-06-25T08:30', '2026-07-06', '', 'processing');
  }
}

const statistics = (total: number, early: number, onTime: number, late: number, inTime: number, overdue: number, completionRate: number) => ({
  total,
  completed: { total: early + onTime + late, early, onTime, late },
  notCompleted: { total: inTime + overdue, inTime, overdue },
  completionRate,
});

describeOnEachEngine('the consolidated report of the press half-year', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { vietnam: true });
    const { tasks, dossiers } = h.services;
    await tasks.imports.importTable(SYSTEM_ACTOR, await readTable(Buffer.from(tasksCsv()), 'csv'), { skipInvalid: false });
    const plan = { unitCode: PROVINCE, year: 2026, periodFrom: null, periodTo: null, documentNumber: '', documentDate: null };
    await tasks.plans.update(SYSTEM_ACTOR, 'KH-CB-2026', { ...plan, code: 'KH-CB-2026', title: { vi: 'Kế hoạch CCHC tỉnh năm 2026' }, kind: 'provincial_plan', issuingBody: 'UBND tỉnh' });
    await tasks.plans.update(SYSTEM_ACTOR, 'CP-2026', { ...plan, code: 'CP-2026', title: { vi: 'Nhiệm vụ Chính phủ giao năm 2026' }, kind: 'assigned_by_higher_level', issuingBody: 'Chính phủ' });
    const imported = await dossiers.ingest.importCsv(SYSTEM_ACTOR, Readable.from(dossiersCsv()), { skipInvalid: false, source: 'press' });
    expect(imported).toMatchObject({ rows: 418_039, applied: 418_039, skipped: 0 });
  }, 600_000);
  afterAll(() => h.close());

  it('its JSON says 30 of 51 (58.82 %), 61 of 65 central tasks in time, 1 late, 3 open, 418,039 received and 782 late', async () => {
    const { figures } = await h.services.consolidated.compute(SYSTEM_ACTOR, { unit: PROVINCE, ...HALF_YEAR });
    const json = consolidatedReportObject(figures, HALF_YEAR.period, h.services.tasksDeps.today());
    expect(json.tasks.total).toEqual({ ...statistics(116, 70, 21, 1, 24, 0, 79.31), unit: { code: PROVINCE, names: { vi: 'Cao Bằng', en: 'Cao Bang' } }, descendants: true, plan: null, asOf: '2026-06-30' });
    expect(json.tasks.byPlan).toEqual([
      { plan: 'CP-2026', issuingBody: 'Chính phủ', ...statistics(65, 40, 21, 1, 3, 0, 95.38) },
      { plan: 'KH-CB-2026', issuingBody: 'UBND tỉnh', ...statistics(51, 30, 0, 0, 21, 0, 58.82) },
    ]);
    expect(json.tasks.byIssuingBody.map((b) => [b.issuingBody, b.total, b.completed.early + b.completed.onTime, b.completed.late, b.notCompleted.total])).toEqual([
      ['Chính phủ', 65, 61, 1, 3],
      ['UBND tỉnh', 51, 30, 0, 21],
    ]);
    expect(json.dossiers).toMatchObject({
      received: { total: 418_039, carriedOver: 13_480, online: 350_123, direct: 50_000, postal: 4_436 },
      resolved: { total: 403_309, late: 782 },
      pending: { total: 14_730, inTime: 14_730, overdue: 0 },
      unit: { code: PROVINCE },
      period: '2026-H1',
      from: '2026-01-01',
      to: '2026-06-30',
      descendants: true,
    });
    expect(json.submissions).toBeNull();
    expect(json.serviceIndex).toMatchObject({ period: '2026', previous: { period: '2025' } });
  });

  it('its Word document quotes the same figures, in Vietnamese', async () => {
    const docx = await h.services.consolidated.export(SYSTEM_ACTOR, { query: { unit: PROVINCE, ...HALF_YEAR } }, 'docx', 'vi');
    const { paragraphs } = await readDocx(docx);
    expect(paragraphs).toContain('Đã hoàn thành 92/116 nhiệm vụ (đạt 79,31%); 1 nhiệm vụ hoàn thành quá hạn; 24 nhiệm vụ chưa hoàn thành.');
    expect(paragraphs).toContain('Trong 65 nhiệm vụ do Chính phủ giao: 61 nhiệm vụ hoàn thành trước hoặc đúng hạn, 3 nhiệm vụ chưa hoàn thành, 1 nhiệm vụ trễ hạn.');
    expect(paragraphs).toContain('Trong 51 nhiệm vụ do UBND tỉnh giao: 30 nhiệm vụ hoàn thành trước hoặc đúng hạn, 21 nhiệm vụ chưa hoàn thành, 0 nhiệm vụ trễ hạn.');
    expect(paragraphs).toContain('58,82%');
    expect(paragraphs).toContain('Tiếp nhận 418.039 hồ sơ (350.123 hồ sơ trực tuyến); đã giải quyết 403.309 hồ sơ, trong đó 782 hồ sơ quá hạn; tỷ lệ đúng hạn 99,81%.');
  });

  it('issued, it keeps its figures when a task is corrected, and shows the difference', async () => {
    const issued = await h.services.consolidated.issue(SYSTEM_ACTOR, { unit: PROVINCE, ...HALF_YEAR, number: '215/BC-UBND', date: '2026-07-10', narrative: { summary: 'Tóm tắt.', assessment: '', nextTasks: '' } });
    const open = (await h.services.tasks.tasks.list(SYSTEM_ACTOR, { plan: 'KH-CB-2026', descendants: false, keyOnly: false })).find((t) => t.completedOn === null)!;
    await h.services.tasks.updates.confirm(SYSTEM_ACTOR, open.id, { completedOn: '2026-06-20', note: 'reported late' });

    const again = await h.services.consolidated.issued(SYSTEM_ACTOR, issued.issued!.id);
    expect(again.figures).toEqual(issued.figures);
    expect(again.figures.tasks.byPlan.find((p) => p.plan === 'KH-CB-2026')!.statistics.completionRate).toBe(58.82);
    expect(again.issued).toMatchObject({ number: '215/BC-UBND', date: '2026-07-10', period: '2026-H1' });

    const { differences } = await h.services.consolidated.differences(SYSTEM_ACTOR, issued.issued!.id);
    expect(differences).toEqual(
      expect.arrayContaining([
        { path: 'tasks.total.completed.total', issued: 92, today: 93 },
        { path: 'tasks.byPlan.KH-CB-2026/UBND tỉnh.statistics.completionRate', issued: 58.82, today: 60.78 },
        { path: 'tasks.byPlan.KH-CB-2026/UBND tỉnh.statistics.notCompleted.inTime', issued: 21, today: 20 },
      ]),
    );
    expect(differences.every((d) => d.path.startsWith('tasks.'))).toBe(true);

    const docx = await readDocx(await h.services.consolidated.export(SYSTEM_ACTOR, { id: issued.issued!.id }, 'docx', 'vi'));
    expect(docx.paragraphs).toContain('Đã hoàn thành 92/116 nhiệm vụ (đạt 79,31%); 1 nhiệm vụ hoàn thành quá hạn; 24 nhiệm vụ chưa hoàn thành.');
    expect(docx.paragraphs.some((p) => p.includes('215/BC-UBND'))).toBe(true);
  });
});
