import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PositionListView, ProgressResponse } from '../../src/shared/contracts/positions.ts';
import { todayIn } from '../../src/shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness, type Session } from '../support/harness.ts';
import { buildLaoTree, decisionPdf, PASSWORD, position } from '../support/lao-positions.ts';
import { multipartBody } from '../support/multipart.ts';

const TODAY = todayIn(TEST_SETTINGS.timeZone);
const counts = (p: ProgressResponse) => ({ sectors: p.sectors, departments: p.departments, positions: p.positions, posts: p.posts });

/**
 * Dated lists of four departments, written through the service with the days they happened
 * (as the Lao demo does), so that progress can be read as of several days:
 * LA-MOES.D01 imported (submitted 20 Jan, approved 15 Feb); LA-MOF.D01 drafted 10 Jan,
 * submitted 1 Feb, approved 1 Mar; LA-MOF.D02 drafted 15 Jan, submitted 10 Feb, returned 20 Feb,
 * resubmitted 5 Mar, commented on 10 Mar; LA-VT.D01 drafted 1 Feb. The deadline, set on LA: 1 Mar.
 */
const row = (code: string, category: string, posts: number) => ({ unit_code: 'LA-MOES.D01', version: 1, position_code: code, title: `ຕຳແໜ່ງ ${code}`, category, grade: 'I', posts, status: 'approved', submitted_on: '2026-01-20', approved_on: '2026-02-15', decision_no: '15/ກພ' });
const MOES_D01 = [row('E1', 'leadership', 2), row('E2', 'professional', 5), row('E3', 'support', 3)];

async function datedLists(h: Harness): Promise<void> {
  const { lists, progress, imports } = h.services.positions;
  expect(await imports.importPositions(SYSTEM_ACTOR, MOES_D01)).toEqual({ created: 1, changed: 0, unchanged: 0 });
  const f1 = await lists.createList(SYSTEM_ACTOR, { unitCode: 'LA-MOF.D01', positions: [position('F1', 'leadership', 1), position('F2', 'professional', 4)] }, { on: '2026-01-10' });
  await lists.submit(SYSTEM_ACTOR, f1.id, { on: '2026-02-01' });
  await lists.approve(SYSTEM_ACTOR, f1.id, { number: '7/ກງ', date: '2026-03-01' }, decisionPdf('F1'), { on: '2026-03-01' });
  const f2 = await lists.createList(SYSTEM_ACTOR, { unitCode: 'LA-MOF.D02', positions: [position('G1', 'leadership', 1), position('G2', 'professional', 6)] }, { on: '2026-01-15' });
  await lists.submit(SYSTEM_ACTOR, f2.id, { on: '2026-02-10' });
  await lists.returnList(SYSTEM_ACTOR, f2.id, 'ໜ້າທີ່ບໍ່ຄົບ', { on: '2026-02-20' });
  await lists.submit(SYSTEM_ACTOR, f2.id, { on: '2026-03-05' });
  await lists.comment(SYSTEM_ACTOR, f2.id, { text: 'ກວດຄືນ G2', positionCode: 'G2', parentId: null }, { on: '2026-03-10' });
  await lists.createList(SYSTEM_ACTOR, { unitCode: 'LA-VT.D01', positions: [position('V1', 'professional', 3)] }, { on: '2026-02-01' });
  await progress.setDeadline(SYSTEM_ACTOR, { unitCode: 'LA', deadline: '2026-03-01' });
}

describeOnEachEngine('job positions: the workflow and its progress', (engine) => {
  let h: Harness;
  let department: Session;
  let reviewer: Session;
  let viewer: Session;
  beforeAll(async () => {
    h = await startHarness(engine, {});
    await buildLaoTree(h.services);
    await datedLists(h);
    department = await signIn(h.app, 't-department', PASSWORD);
    reviewer = await signIn(h.app, 't-reviewer', PASSWORD);
    viewer = await signIn(h.app, 't-viewer', PASSWORD);
  });
  afterAll(() => h.close());

  const call = async (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const res = await h.app.inject({ method, url, headers: as(s), payload: payload as object });
    return { status: res.statusCode, body: res.json() as PositionListView & { code?: string } };
  };
  const progressOn = async (asOf: string, unit = '') => (await h.app.inject({ method: 'GET', url: `/api/positions/progress?asOf=${asOf}${unit ? `&unit=${unit}` : ''}`, headers: as(reviewer) })).json() as ProgressResponse;

  it('counts sectors and departments by stage, positions and posts, exactly, as of several days', async () => {
    expect(counts(await progressOn('2026-01-31'))).toEqual({ sectors: { total: 3, submitted: 1, approved: 0 }, departments: { total: 6, notStarted: 3, draft: 2, submitted: 1, commented: 0, approved: 0, returned: 0 }, positions: 7, posts: 22 });
    expect(counts(await progressOn('2026-02-28'))).toEqual({ sectors: { total: 3, submitted: 1, approved: 1 }, departments: { total: 6, notStarted: 2, draft: 1, submitted: 1, commented: 0, approved: 1, returned: 1 }, positions: 8, posts: 25 });
    const march = await progressOn('2026-03-31');
    expect(counts(march)).toEqual({ sectors: { total: 3, submitted: 2, approved: 1 }, departments: { total: 6, notStarted: 2, draft: 1, submitted: 0, commented: 1, approved: 2, returned: 0 }, positions: 8, posts: 25 });
    expect(march.bySector.map((s) => [s.sector.code, s.departments.total, s.submitted, s.approved, s.posts])).toEqual([
      ['LA-MOES', 3, true, true, 10],
      ['LA-MOF', 2, true, false, 12],
      ['LA-VT', 1, false, false, 3],
    ]);
    const mof = await progressOn('2026-03-31', 'LA-MOF');
    expect([mof.scope?.code, mof.deadline, mof.sectors, mof.departments.total, mof.departments.approved, mof.departments.commented, mof.positions, mof.posts]).toEqual(['LA-MOF', '2026-03-01', { total: 1, submitted: 1, approved: 0 }, 2, 1, 1, 4, 12]);
  });

  it('imports a list with its dated steps, and importing it again changes nothing and adds no events', async () => {
    const [summary] = await h.services.positions.lists.list(SYSTEM_ACTOR, { unit: 'LA-MOES.D01' });
    const before = await h.services.positions.lists.get(SYSTEM_ACTOR, summary!.id);
    expect(before.history.map((e) => [e.status, e.on, e.by])).toEqual([
      ['draft', '2026-01-20', null],
      ['submitted', '2026-01-20', null],
      ['approved', '2026-02-15', null],
    ]);
    expect([before.decision?.number, before.decision?.date, before.approvedOn]).toEqual(['15/ກພ', '2026-02-15', '2026-02-15']);
    expect(await h.services.positions.imports.importPositions(SYSTEM_ACTOR, MOES_D01)).toEqual({ created: 0, changed: 0, unchanged: 1 });
    expect((await h.services.positions.lists.get(SYSTEM_ACTOR, summary!.id)).history).toEqual(before.history);
    const changed = MOES_D01.map((r) => (r.position_code === 'E2' ? { ...r, posts: 9 } : r));
    await expect(h.services.positions.imports.importPositions(SYSTEM_ACTOR, changed)).rejects.toMatchObject({ code: 'import_rows_invalid', details: { errors: [{ line: 2, field: 'position_code', code: 'differs_from_saved_list', value: 'LA-MOES.D01 v1' }] } });
  });

  it('lists the departments late against the deadline once it has passed', async () => {
    expect((await progressOn('2026-02-28')).late).toEqual([]);
    expect((await progressOn('2026-03-31')).late.map((l) => [l.unit.code, l.sector.code, l.stage, l.submittedOn])).toEqual([
      ['LA-MOES.D02', 'LA-MOES', 'notStarted', null],
      ['LA-MOES.D03', 'LA-MOES', 'notStarted', null],
      ['LA-VT.D01', 'LA-VT', 'draft', null],
    ]);
  });

  it('takes a list from draft through comments, a resubmission and review to approval with the signed decision, then to a new version', async () => {
    const created = await call(department, 'POST', '/api/position-lists', { unitCode: 'LA-MOES.D02', positions: [position('P1', 'leadership', 1), position('P2', 'professional', 4), position('P3', 'support', 2)] });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const id = created.body.id;
    expect([created.body.version, created.body.status, created.body.createdOn, created.body.positions, created.body.posts]).toEqual([1, 'draft', TODAY, 3, 7]);
    expect(created.body.totals).toEqual([
      { category: 'leadership', positions: 1, posts: 1, incumbents: 0 },
      { category: 'professional', positions: 1, posts: 4, incumbents: 0 },
      { category: 'support', positions: 1, posts: 2, incumbents: 0 },
    ]);
    expect((await call(department, 'POST', '/api/position-lists', { unitCode: 'LA-MOES.D02', positions: [] })).body.code).toBe('position_list_open');
    // Nobody but the department sees a draft never submitted.
    expect((await call(reviewer, 'GET', `/api/position-lists/${id}`)).status).toBe(403);
    expect((await call(viewer, 'GET', `/api/position-lists/${id}`)).status).toBe(403);
    expect((await call(reviewer, 'POST', `/api/position-lists/${id}/review`)).status).toBe(403);

    expect((await call(department, 'POST', `/api/position-lists/${id}/submit`)).body.status).toBe('submitted');
    expect((await call(viewer, 'GET', `/api/position-lists/${id}`)).status).toBe(403);
    const commented = await call(reviewer, 'POST', `/api/position-lists/${id}/comments`, { text: 'ຈຳນວນ P2 ສູງເກີນ', positionCode: 'P2' });
    expect(commented.body.status).toBe('commented');
    expect(commented.body.can).toMatchObject({ edit: false, approve: true, return: true, review: true });
    const replied = await call(department, 'POST', `/api/position-lists/${id}/comments`, { text: 'ຫຼຸດລົງເປັນ 3', positionCode: 'P2', parentId: commented.body.comments[0]!.id });
    expect(replied.body.status).toBe('commented');
    expect(replied.body.comments.map((c) => [c.by, c.positionCode, c.parentId === null ? null : 'reply', c.byUnit?.code])).toEqual([
      ['t-reviewer', 'P2', null, 'LA'],
      ['t-department', 'P2', 'reply', 'LA-MOES.D02'],
    ]);
    expect(replied.body.can).toMatchObject({ edit: true, submit: true, approve: false });

    const revised = await call(department, 'PUT', `/api/position-lists/${id}`, { positions: [position('P1', 'leadership', 1), position('P2', 'professional', 3), position('P3', 'support', 2)] });
    expect([revised.body.status, revised.body.posts]).toEqual(['commented', 6]);
    expect((await call(department, 'POST', `/api/position-lists/${id}/submit`)).body.status).toBe('submitted');
    expect((await call(department, 'POST', `/api/position-lists/${id}/submit`)).body.code).toBe('position_list_state_conflict');
    expect((await call(reviewer, 'POST', `/api/position-lists/${id}/review`)).body.status).toBe('in_review');
    expect((await call(department, 'PUT', `/api/position-lists/${id}`, { positions: [] })).body.code).toBe('position_list_state_conflict');

    const form = multipartBody({ number: '42/ພນ', date: TODAY }, [{ name: 'decision.pdf', content: '%PDF-1.4 signed', type: 'application/pdf' }]);
    const approved = await h.app.inject({ method: 'POST', url: `/api/position-lists/${id}/approve`, headers: { ...as(reviewer), ...form.headers }, payload: form.payload });
    expect(approved.statusCode, approved.body).toBe(200);
    const a = approved.json() as PositionListView;
    expect([a.status, a.approvedOn, a.decision?.number, a.decision?.date]).toEqual(['approved', TODAY, '42/ພນ', TODAY]);
    expect(a.history.map((e) => [e.status, e.by, e.note])).toEqual([
      ['draft', 't-department', null],
      ['submitted', 't-department', null],
      ['commented', 't-reviewer', null],
      ['commented', 't-department', null],
      ['submitted', 't-department', null],
      ['in_review', 't-reviewer', null],
      ['approved', 't-reviewer', '42/ພນ'],
    ]);
    const file = await h.app.inject({ method: 'GET', url: `/api/position-lists/${id}/decision`, headers: as(viewer) });
    expect([file.statusCode, file.body]).toEqual([200, '%PDF-1.4 signed']);
    expect((await call(viewer, 'GET', `/api/position-lists/${id}`)).body.status).toBe('approved');

    // Staffing on the approved list, against the quota the approving body set.
    const staffed = await call(department, 'PUT', `/api/position-lists/${id}/staffing`, { incumbents: [{ code: 'P1', incumbents: 1 }, { code: 'P2', incumbents: 2 }, { code: 'P3', incumbents: 4 }] });
    expect(staffed.body.totals.map((t) => t.incumbents)).toEqual([1, 2, 4]);
    expect((await call(department, 'PUT', '/api/positions/quotas', { unitCode: 'LA-MOES.D02', year: 2026, quota: 8 })).status).toBe(403);
    expect((await call(reviewer, 'PUT', '/api/positions/quotas', { unitCode: 'LA-MOES.D02', year: 2026, quota: 8 })).status).toBe(200);
    const staffing = (await h.app.inject({ method: 'GET', url: '/api/positions/staffing?unit=LA-MOES.D02&year=2026', headers: as(viewer) })).json() as { rows: unknown[] };
    expect(staffing.rows).toEqual([{ unit: expect.objectContaining({ code: 'LA-MOES.D02' }), year: 2026, quota: 8, approvedPosts: 6, incumbents: 7, vacancies: 0, excess: 1, postsOverQuota: -2, incumbentsOverQuota: -1 }]);

    // A new version starts from the approved one and shows what changes.
    expect((await call(department, 'GET', `/api/position-lists/${id}`)).body.can).toMatchObject({ newVersion: true, staff: true, edit: false });
    const next = await call(department, 'POST', `/api/position-lists/${id}/new-version`);
    expect((await call(department, 'GET', `/api/position-lists/${id}`)).body.can.newVersion).toBe(false);
    expect([next.body.version, next.body.status, next.body.basedOnVersion, next.body.differences]).toEqual([2, 'draft', 1, []]);
    const changed = await call(department, 'PUT', `/api/position-lists/${next.body.id}`, { positions: [position('P1', 'leadership', 1), position('P2', 'professional', 5), position('P4', 'professional', 1)] });
    expect(changed.body.differences.map((d) => [d.code, d.change, d.fields])).toEqual([
      ['P2', 'changed', ['posts']],
      ['P4', 'added', []],
      ['P3', 'removed', []],
    ]);
    expect((await call(department, 'POST', `/api/position-lists/${id}/new-version`)).body.code).toBe('position_list_open');
  });

  it('returns a list with the reason, and takes it back resubmitted', async () => {
    const sector = await signIn(h.app, 't-sector', PASSWORD);
    const created = await call(sector, 'POST', '/api/position-lists', { unitCode: 'LA-MOES.D03', positions: [position('Q1', 'professional', 2)] });
    const id = created.body.id;
    await call(sector, 'POST', `/api/position-lists/${id}/submit`);
    const returned = await call(reviewer, 'POST', `/api/position-lists/${id}/return`, { reason: 'ຂາດໜ້າທີ່' });
    expect([returned.body.status, returned.body.history.at(-1)?.note]).toEqual(['returned', 'ຂາດໜ້າທີ່']);
    expect((await call(reviewer, 'POST', `/api/position-lists/${id}/review`)).body.code).toBe('position_list_state_conflict');
    expect((await call(sector, 'POST', `/api/position-lists/${id}/submit`)).body.status).toBe('submitted');
    const p = await progressOn(TODAY);
    expect(counts(p)).toEqual({ sectors: { total: 3, submitted: 1, approved: 0 }, departments: { total: 6, notStarted: 0, draft: 2, submitted: 1, commented: 1, approved: 2, returned: 0 }, positions: 12, posts: 34 });
    // The department's first submission came after the deadline: late, with its day.
    expect(p.late.filter((l) => l.unit.code === 'LA-MOES.D03').map((l) => [l.stage, l.submittedOn])).toEqual([['submitted', TODAY]]);
  });

  it('shows only approved lists to readers, every submitted one to reviewers, all to the department', async () => {
    const codes = async (s: Session, unit = '') => ((await h.app.inject({ method: 'GET', url: `/api/position-lists${unit}`, headers: as(s) })).json() as { unit: { code: string }; version: number; status: string }[]).map((l) => `${l.unit.code} v${l.version} ${l.status}`);
    expect(await codes(viewer, '?unit=LA')).toEqual(['LA-MOES.D01 v1 approved', 'LA-MOES.D02 v1 approved', 'LA-MOF.D01 v1 approved']);
    expect(await codes(viewer, '?unit=LA-MOF&status=approved')).toEqual(['LA-MOF.D01 v1 approved']);
    expect(await codes(reviewer)).toEqual(['LA-MOES.D01 v1 approved', 'LA-MOES.D02 v1 approved', 'LA-MOES.D03 v1 submitted', 'LA-MOF.D01 v1 approved', 'LA-MOF.D02 v1 commented']);
    expect(await codes(department)).toEqual(['LA-MOES.D02 v1 approved', 'LA-MOES.D02 v2 draft']);
    expect((await h.app.inject({ method: 'GET', url: '/api/position-lists?unit=LA', headers: as(department) })).statusCode).toBe(403);
  });

  it('exports the progress as XLSX and a DOCX summary with the Lao national header, names not codes', async () => {
    const xlsx = await h.app.inject({ method: 'GET', url: '/api/positions/progress.xlsx?asOf=2026-03-31&locale=lo', headers: as(reviewer) });
    expect(xlsx.statusCode).toBe(200);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = wb.worksheets[0]!.getSheetValues().flat().map(String).join('|');
    expect(cells).toContain('ຄວາມຄືບໜ້າຂອງການກຳນົດຕຳແໜ່ງງານ');
    expect(cells).toContain('ກະຊວງການເງິນ');
    expect(cells).not.toContain('LA-MOF');
    const docx = await h.app.inject({ method: 'GET', url: '/api/positions/progress.docx?asOf=2026-03-31&locale=lo', headers: as(reviewer) });
    expect(docx.statusCode).toBe(200);
    const { default: JSZip } = await import('jszip');
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ');
    expect(text).toContain('ນັບຮອດວັນທີ 31/03/2026, 2 ໃນ 3 ຂະແໜງການ ປະກອບມີ 3 ໃນ 6 ກົມ ໄດ້ສະເໜີຕຳແໜ່ງງານແລ້ວ');
    expect(text).toContain('ພະແນກພາຍໃນ ນະຄອນຫຼວງ (ນະຄອນຫຼວງວຽງຈັນ): ຍັງບໍ່ທັນສະເໜີ');
  });

  it('writes every heading of both exports in each of the five languages', async () => {
    const { default: JSZip } = await import('jszip');
    const ExcelJS = (await import('exceljs')).default;
    for (const locale of ['vi', 'en', 'lo', 'km', 'th']) {
      const xlsx = await h.app.inject({ method: 'GET', url: `/api/positions/progress.xlsx?asOf=2026-03-31&locale=${locale}`, headers: as(reviewer) });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const cells = wb.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join('|');
      const docx = await h.app.inject({ method: 'GET', url: `/api/positions/progress.docx?asOf=2026-03-31&locale=${locale}`, headers: as(reviewer) });
      const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect([locale, cells.includes('positions.'), text.includes('positions.'), text.includes('officialDocument.')]).toEqual([locale, false, false, false]);
    }
  });

  it('audits every write', async () => {
    const actions = (await h.services.audit.page(SYSTEM_ACTOR, { limit: 200, entity: 'position_list' })).entries.map((e) => e.action);
    for (const action of ['positions.import', 'positions.create', 'positions.submit', 'positions.comment', 'positions.reply', 'positions.edit', 'positions.review', 'positions.approve', 'positions.return', 'positions.staff', 'positions.newVersion']) expect(actions).toContain(action);
  });
});

describeOnEachEngine('job positions: a new version after two departments merge', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, {});
    await buildLaoTree(h.services);
    await datedLists(h);
  });
  afterAll(() => h.close());

  it('starts the merged department’s list from an approved one, and counts the departments valid on each day', async () => {
    const { lists, progress } = h.services.positions;
    await h.services.units.merge(SYSTEM_ACTOR, { effectiveDate: '2026-07-01', fromCodes: ['LA-MOF.D01', 'LA-MOF.D02'], into: { code: 'LA-MOF.D09', kind: 'la_department', names: { lo: 'ກົມງົບປະມານ', en: 'Budget department' }, parentCode: 'LA-MOF', groups: [] } });
    const approved = (await lists.list(SYSTEM_ACTOR, { unit: 'LA-MOF.D01' }))[0]!;
    expect((await lists.newVersion(SYSTEM_ACTOR, approved.id, { unit: 'LA-MOES.D01' }).catch((e: { code: string }) => e.code))).toBe('validation_failed');
    const merged = await lists.newVersion(SYSTEM_ACTOR, approved.id, { unit: 'LA-MOF.D09' }, { on: '2026-07-15' });
    expect([merged.unit.code, merged.version, merged.status, merged.basedOnVersion, merged.positions, merged.posts]).toEqual(['LA-MOF.D09', 1, 'draft', 1, 2, 5]);
    const saved = await lists.saveList(SYSTEM_ACTOR, merged.id, { positions: [position('F1', 'leadership', 1), position('F2', 'professional', 4), position('G2', 'professional', 6)] }, { on: '2026-07-20' });
    expect(saved.differences.map((d) => [d.code, d.change])).toEqual([['G2', 'added']]);

    const mof = async (asOf: string) => {
      const p = await progress.progress(SYSTEM_ACTOR, { unit: 'LA-MOF', asOf });
      return [p.departments.total, p.departments.approved, p.departments.commented, p.departments.draft, p.departments.notStarted, p.positions, p.posts];
    };
    expect(await mof('2026-06-30')).toEqual([2, 1, 1, 0, 0, 4, 12]);
    expect(await mof('2026-07-01')).toEqual([1, 0, 0, 0, 1, 0, 0]);
    expect(await mof('2026-07-31')).toEqual([1, 0, 0, 1, 0, 3, 11]);
    expect(await progress.counts(SYSTEM_ACTOR, { asOf: '2026-07-31' })).toEqual({ asOf: '2026-07-31', sectors: { total: 3, submitted: 1, approved: 1 }, departments: { total: 5, notStarted: 2, draft: 2, submitted: 0, commented: 0, approved: 1, returned: 0 }, positions: 7, posts: 24 });
  });
});

describe('positions test data', () => {
  it('uses a day after the dated lists', () => expect(TODAY > '2026-07-31').toBe(true));
});
