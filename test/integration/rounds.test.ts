import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { FrameworkFile, RoundResultsResponse, UnitScoresResponse } from '../../src/shared/contracts/frameworks.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

/** A small internal index: two self-assessed criteria and a survey part, 15 points. */
const FRAMEWORK: FrameworkFile = {
  code: 'TEST-IDX',
  names: { vi: 'Bộ chỉ số thử', en: 'Test index' },
  subject: 'department',
  year: 2024,
  basis: 'test',
  example: false,
  total: 15,
  areas: [
    {
      key: 't.a1', code: '1', names: { vi: 'Chỉ đạo điều hành' }, max: 10, maxVerified: true,
      children: [
        { key: 't.a1.c1', code: '1.1', names: { vi: 'Kế hoạch CCHC' }, max: 6, maxVerified: true, method: 'self_with_evidence' },
        { key: 't.a1.c2', code: '1.2', names: { vi: 'Báo cáo' }, max: 4, maxVerified: true, method: 'self' },
      ],
    },
    { key: 't.a2', code: '2', names: { vi: 'Điều tra XHH' }, max: 5, maxVerified: true, method: 'survey' },
  ],
};
const UNITS = ['H99.02', 'H99.05', 'H99.13'];

describeOnEachEngine('assessment rounds', (engine) => {
  let h: Harness;
  let admin: Session;
  let secretariat: Session;
  let officer: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    [admin, secretariat, officer] = [await signIn(h.app, 'admin'), await signIn(h.app, 'secretariat'), await signIn(h.app, 'department')];
    expect((await h.app.inject({ method: 'PUT', url: '/api/frameworks/TEST-IDX', headers: as(admin), payload: FRAMEWORK })).statusCode).toBe(200);
  });
  afterAll(() => h.close());

  const call = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => h.app.inject({ method, url, headers: as(s), ...(payload ? { payload } : {}) });
  const selfScore = (s: Session, round: string, unit: string, key: string, points: number, explanation = '', evidence?: string) => {
    const body = multipartBody({ points: String(points), explanation }, evidence ? [{ field: 'evidence', name: evidence, content: '%PDF-1.4 kế hoạch', type: 'application/pdf' }] : []);
    return h.app.inject({ method: 'POST', url: `/api/rounds/${round}/units/${unit}/scores/${key}`, payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const survey = (round: string, csv: string) => {
    const body = multipartBody({}, [{ name: 'survey.csv', content: csv }]);
    return h.app.inject({ method: 'POST', url: `/api/rounds/${round}/survey`, payload: body.payload, headers: { ...as(secretariat), ...body.headers } });
  };
  const createRound = (code: string, year: number, previousRoundCode: string | null) =>
    call(secretariat, 'POST', '/api/rounds', { code, year, frameworkCode: 'TEST-IDX', groupCode: 'provincial_departments', unitCodes: UNITS, cutoffDate: `${year}-12-31`, previousRoundCode });

  it('refuses a round naming the field: a unit twice, a band twice, deadlines out of order, an unknown group — and writes nothing', async () => {
    const base = { code: 'BAD-1', year: 2024, frameworkCode: 'TEST-IDX', groupCode: 'provincial_departments', unitCodes: UNITS, cutoffDate: '2024-12-31' };
    const refused = async (patch: object) => {
      const res = await call(secretariat, 'POST', '/api/rounds', { ...base, ...patch });
      return [res.statusCode, res.json().code, res.json().details] as const;
    };
    expect(await refused({ unitCodes: [...UNITS, UNITS[0]] })).toEqual([400, 'validation_failed', { fields: [{ field: 'unitCodes', message: 'duplicate' }] }]);
    expect(await refused({ bands: [{ code: 'A', minPercent: 90 }, { code: 'a', minPercent: 80 }] })).toEqual([400, 'validation_failed', { fields: [{ field: 'bands', message: 'duplicate' }] }]);
    expect(await refused({ selfAssessmentDeadline: '2025-02-01', appraisalDeadline: '2025-01-15' })).toEqual([400, 'validation_failed', { fields: [{ field: 'appraisalDeadline', message: 'before_self_assessment_deadline' }] }]);
    expect(await refused({ groupCode: 'no-such-group' })).toEqual([404, 'not_found', { group: 'no-such-group' }]);
    expect((await call(secretariat, 'GET', '/api/rounds')).json().rounds.map((r: { code: string }) => r.code)).not.toContain('BAD-1');
  });

  it('runs a round: self-scores with evidence, submission, appraisal with a reason, survey, finalisation, ranks', async () => {
    expect((await createRound('R2024', 2024, null)).json()).toEqual({ code: 'R2024' });
    // The officer of H99.02 scores 1.1 without evidence or explanation: submitting is refused.
    expect((await selfScore(officer, 'R2024', 'H99.02', 't.a1.c1', 6)).statusCode).toBe(200);
    expect((await selfScore(officer, 'R2024', 'H99.02', 't.a1.c2', 3.5)).statusCode).toBe(200);
    const refused = await call(officer, 'POST', '/api/rounds/R2024/units/H99.02/submit');
    expect([refused.statusCode, refused.json().code, refused.json().details.criteria]).toEqual([422, 'evidence_missing', ['1.1']]);
    expect((await selfScore(officer, 'R2024', 'H99.02', 't.a1.c1', 6, 'Kế hoạch 125/KH-UBND', 'ke-hoach.pdf')).statusCode).toBe(200);
    expect((await call(officer, 'POST', '/api/rounds/R2024/units/H99.02/submit')).statusCode).toBe(200);
    expect((await selfScore(officer, 'R2024', 'H99.02', 't.a1.c2', 4)).statusCode).toBe(409);
    // Scores above the maximum, on a survey criterion, or for another unit are refused.
    expect((await selfScore(secretariat, 'R2024', 'H99.05', 't.a1.c2', 4.01)).json().code).toBe('score_not_allowed');
    expect((await selfScore(secretariat, 'R2024', 'H99.05', 't.a2', 1)).json().code).toBe('score_not_allowed');
    expect((await selfScore(officer, 'R2024', 'H99.05', 't.a1.c2', 1)).statusCode).toBe(403);
    // Before finalisation a unit does not see another's self-assessment.
    expect((await call(officer, 'GET', '/api/rounds/R2024/units/H99.05/scores')).statusCode).toBe(403);
    for (const [unit, c1, c2] of [['H99.05', 5, 4], ['H99.13', 6, 3.5]] as const) {
      await selfScore(secretariat, 'R2024', unit, 't.a1.c1', c1, 'Báo cáo');
      await selfScore(secretariat, 'R2024', unit, 't.a1.c2', c2);
    }
    // The appraisal adjusts 1.1 of H99.02 with a reason; both values stay visible.
    expect((await call(secretariat, 'PUT', '/api/rounds/R2024/units/H99.02/appraisals/t.a1.c1', { points: 5, reason: 'Kế hoạch ban hành muộn' })).statusCode).toBe(200);
    expect((await survey('R2024', 'unit_code,node_key,points\nH99.02,t.a2,4.5\nH99.05,t.a2,4\nH99.13,t.a2,4.5\n')).json()).toEqual({ saved: 3 });
    expect((await survey('R2024', 'unit_code,node_key,points\nH99.02,t.a1.c1,4\nH99.05,t.a2,5.5\n')).json().details.errors).toEqual([
      { line: 2, field: 'node_key', code: 'not_a_survey_criterion', value: 't.a1.c1' },
      { line: 3, field: 'points', code: 'points_out_of_range', value: '5.5' },
    ]);
    // A unit not in the round, an unknown one: each named for what it is.
    expect((await survey('R2024', 'unit_code,node_key,points\nH99.03,t.a2,4\nH99.NONE,t.a2,4\n')).json().details.errors).toEqual([
      { line: 2, field: 'unit_code', code: 'unit_not_in_round', value: 'H99.03' },
      { line: 3, field: 'unit_code', code: 'unknown_unit', value: 'H99.NONE' },
    ]);
    expect((await call(officer, 'GET', '/api/rounds/R2024/results')).statusCode).toBe(403);
    expect((await call(secretariat, 'POST', '/api/rounds/R2024/finalize')).statusCode).toBe(200);

    const results = (await call(officer, 'GET', '/api/rounds/R2024/results')).json() as RoundResultsResponse;
    expect(results.units.map((u) => [u.unit, u.points, u.percent, u.rank, u.of, u.rankChange, u.band])).toEqual([
      ['H99.13', 14, 93.33, 1, 3, 'new', 'A'],
      ['H99.02', 13, 86.67, 2, 3, 'new', 'B'],
      ['H99.05', 13, 86.67, 2, 3, 'new', 'B'],
    ]);
    expect(results.bands).toEqual([{ code: 'A', minPercent: 90 }, { code: 'B', minPercent: 80 }]);
    // The published ranking names every unit, even one the officer cannot otherwise read.
    expect((await call(officer, 'GET', '/api/units/H99.13')).statusCode).toBe(403);
    expect(Object.keys(results.unitNames).sort()).toEqual(['H99.02', 'H99.05', 'H99.13']);
    expect(results.unitNames['H99.13']!.vi).toMatch(/^Sở /);
    expect(results.units[1]!.areas).toEqual([
      { key: 't.a1', points: 8.5, max: 10, percent: 85 },
      { key: 't.a2', points: 4.5, max: 5, percent: 90 },
    ]);
    const scores = (await call(officer, 'GET', '/api/rounds/R2024/units/H99.05/scores')).json() as UnitScoresResponse;
    expect(scores.finalized).toBe(true);
    const own = (await call(officer, 'GET', '/api/rounds/R2024/units/H99.02/scores')).json() as UnitScoresResponse;
    expect(own.leaves.find((l) => l.key === 't.a1.c1')).toMatchObject({ self: 6, appraised: 5, appraisalReason: 'Kế hoạch ban hành muộn', points: 5, evidence: [{ fileName: 'ke-hoach.pdf', contentType: 'application/pdf' }] });
    expect((await call(secretariat, 'PUT', '/api/rounds/R2024/units/H99.02/appraisals/t.a1.c1', { points: 6, reason: 'x' })).statusCode).toBe(409);
    const file = own.leaves.find((l) => l.key === 't.a1.c1')!.evidence[0]!;
    const download = await call(await signIn(h.app, 'commune'), 'GET', `/api/rounds/R2024/units/H99.02/evidence/${file.sha256}`);
    expect([download.statusCode, download.body]).toEqual([200, '%PDF-1.4 kế hoạch']);
    const listed = (await call(officer, 'GET', '/api/rounds')).json() as { rounds: { code: string; finalized: boolean; units: number }[] };
    expect(listed.rounds.find((r) => r.code === 'R2024')).toMatchObject({ finalized: true, units: 3, frameworkCode: 'TEST-IDX', frameworkVersion: 1 });
    // Every score change is in the audit log, and only those that were made: 7 self-scores
    // (3 by the officer, 4 for the others), 1 appraisal, 3 survey points; refused writes none.
    const audit = (await call(admin, 'GET', '/api/audit?entity=assessment_score&limit=200')).json() as AuditPage;
    const mine = audit.entries.filter((e) => e.entityId?.startsWith('R2024/'));
    const count = (action: string) => mine.filter((e) => e.action === action).length;
    expect([count('score.self'), count('score.appraise'), count('score.survey'), mine.length]).toEqual([7, 1, 3, 11]);
    const appraisal = mine.find((e) => e.action === 'score.appraise')!;
    expect([appraisal.actor, appraisal.entityId]).toEqual(['user:secretariat', 'R2024/H99.02/t.a1.c1']);
    expect(appraisal.before).toMatchObject({ selfCents: 600, appraisedCents: null });
    expect(appraisal.after).toEqual({ appraisedCents: 500, appraisalReason: 'Kế hoạch ban hành muộn' });
  });

  it("computes criteria from PAR Monitor's own data as of the cut-off, and only for managers", async () => {
    const computed: FrameworkFile = {
      ...FRAMEWORK,
      code: 'TEST-COMPUTED',
      total: 6,
      areas: [
        {
          key: 'k.a1', code: '1', names: { vi: 'Thực hiện nhiệm vụ' }, max: 6, maxVerified: true,
          children: [
            { key: 'k.tasks', code: '1.1', names: { vi: 'Tỷ lệ hoàn thành nhiệm vụ' }, max: 4, maxVerified: true, method: 'computed', formula: { measure: 'task_completion_rate', thresholds: [{ minPercent: 90, points: 4 }, { minPercent: 50, points: 2 }, { minPercent: 1, points: 1 }] } },
            { key: 'k.dossiers', code: '1.2', names: { vi: 'Tỷ lệ hồ sơ đúng hạn' }, max: 2, maxVerified: true, method: 'computed', formula: { measure: 'dossier_on_time_rate', thresholds: [{ minPercent: 95, points: 2 }] } },
          ],
        },
      ],
    };
    expect((await call(admin, 'PUT', '/api/frameworks/TEST-COMPUTED', computed)).statusCode).toBe(200);
    await call(secretariat, 'POST', '/api/rounds', { code: 'RC', year: 2026, frameworkCode: 'TEST-COMPUTED', groupCode: 'provincial_departments', unitCodes: ['H99.02'], cutoffDate: '2026-12-31' });
    expect((await call(officer, 'POST', '/api/rounds/RC/compute')).statusCode).toBe(403);
    expect((await call(secretariat, 'POST', '/api/rounds/RC/compute')).json()).toEqual({ computed: 2 });
    const stats = (await call(secretariat, 'GET', '/api/task-statistics?unit=H99.02&descendants=true&asOf=2026-12-31')).json() as { statistics: { total: number; completionRate: number } };
    expect(stats.statistics.total).toBeGreaterThan(0);
    const rate = stats.statistics.completionRate;
    const scores = (await call(secretariat, 'GET', '/api/rounds/RC/units/H99.02/scores')).json() as UnitScoresResponse;
    expect(scores.leaves.find((l) => l.key === 'k.tasks')!.computed).toBe(rate >= 90 ? 4 : rate >= 50 ? 2 : rate >= 1 ? 1 : 0);
    // No dossiers in this database: nothing to measure, so no points rather than a guess.
    expect(scores.leaves.find((l) => l.key === 'k.dossiers')!.computed).toBeNull();
  });

  it('freezes the framework a round uses, and reports rank changes against the previous round', async () => {
    const again = await call(admin, 'PUT', '/api/frameworks/TEST-IDX', FRAMEWORK);
    expect(again.json()).toMatchObject({ version: 2, frozen: false });
    await createRound('R2025', 2025, 'R2024');
    for (const [unit, c1, c2, s] of [['H99.02', 6, 4, '5'], ['H99.05', 4, 2, '3'], ['H99.13', 6, 3, '4.5']] as const) {
      await selfScore(secretariat, 'R2025', unit, 't.a1.c1', c1, 'Báo cáo');
      await selfScore(secretariat, 'R2025', unit, 't.a1.c2', c2);
      await survey('R2025', `unit_code,node_key,points\n${unit},t.a2,${s}\n`);
    }
    await call(secretariat, 'POST', '/api/rounds/R2025/finalize');
    const results = (await call(officer, 'GET', '/api/rounds/R2025/results')).json() as RoundResultsResponse;
    expect(results.units.map((u) => [u.unit, u.points, u.rank, u.rankChange, u.pointChange])).toEqual([
      ['H99.02', 15, 1, 1, 2],
      ['H99.13', 13.5, 2, -1, -0.5],
      ['H99.05', 9, 3, -1, -4],
    ]);
    // The results as a spreadsheet and the summary as a Word document, in the reader's language.
    const xlsx = await h.app.inject({ method: 'GET', url: '/api/rounds/R2025/export?format=xlsx&locale=en', headers: as(officer) });
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="R2025-results.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    // title, figures as of, finalised or not, a spacer, then the header over rows 5 and 6 (areas grouped)
    expect(sheet.getRow(5).getCell(1).text).toBe('Rank');
    expect([1, 2, 3, 5, 8, 9].map((c) => sheet.getRow(7).getCell(c).text)).toEqual(['1', '3', 'H99.02', '15', 'up 1', '2']);
    const docx = await h.app.inject({ method: 'GET', url: '/api/rounds/R2025/export?format=docx&locale=vi', headers: as(officer) });
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const body = await zip.file('word/document.xml')!.async('string');
    // an administrative report titled by the framework's name and year, never the round's code
    expect(body).toContain('>BÁO CÁO<');
    expect(body).toContain('>Kết quả đánh giá Bộ chỉ số thử năm 2025<');
    expect(body).not.toContain('R2025');
    expect(body).toContain('Tăng nhiều nhất: Sở Nội vụ, tăng 1 bậc.');
    expect(body).toContain('1/3');
    // Re-opening is a recorded act, and unlocks appraisal again.
    expect((await call(secretariat, 'POST', '/api/rounds/R2025/reopen', { reason: 'Khiếu nại của Sở Tài chính' })).statusCode).toBe(200);
    expect((await call(secretariat, 'PUT', '/api/rounds/R2025/units/H99.05/appraisals/t.a1.c2', { points: 3, reason: 'Đã bổ sung tài liệu' })).statusCode).toBe(200);
    const audit = (await call(admin, 'GET', '/api/audit?entity=assessment_round')).json() as { entries: { action: string }[] };
    expect(audit.entries.map((e) => e.action)).toContain('round.reopen');
    // Reopening an open round is refused, and not recorded as a second reopening.
    const twice = await call(secretariat, 'POST', '/api/rounds/R2025/reopen', { reason: 'Lần nữa' });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'round_not_finalized']);
    const reopenings = (await call(admin, 'GET', '/api/audit?entity=assessment_round&limit=200')).json() as AuditPage;
    expect(reopenings.entries.filter((e) => e.action === 'round.reopen' && e.entityId === 'R2025')).toHaveLength(1);
  });

  it('does not count places against a previous round that ranked another number of units, in the API and the exports', async () => {
    // R2025 as reopened above: H99.02 15 (1 of 3), H99.13 13.5 (2 of 3), H99.05 10 (3 of 3).
    const created = await call(secretariat, 'POST', '/api/rounds', { code: 'R2026', year: 2026, frameworkCode: 'TEST-IDX', groupCode: 'provincial_departments', unitCodes: ['H99.02', 'H99.05'], cutoffDate: '2026-12-31', previousRoundCode: 'R2025' });
    expect(created.statusCode).toBe(200);
    for (const [unit, c1] of [['H99.02', 5], ['H99.05', 6]] as const) {
      await selfScore(secretariat, 'R2026', unit, 't.a1.c1', c1, 'Báo cáo');
      await selfScore(secretariat, 'R2026', unit, 't.a1.c2', 4);
      await survey('R2026', `unit_code,node_key,points\n${unit},t.a2,5\n`);
    }
    const results = (await call(secretariat, 'GET', '/api/rounds/R2026/results')).json() as RoundResultsResponse;
    expect(results.units.map((u) => [u.unit, u.points, u.rank, u.of, u.rankChange, u.pointChange, u.previous])).toEqual([
      ['H99.05', 15, 1, 2, 'not_comparable', 5, { unit: 'H99.05', rank: 3, of: 3, points: 10 }],
      ['H99.02', 14, 2, 2, 'not_comparable', -1, { unit: 'H99.02', rank: 1, of: 3, points: 15 }],
    ]);
    const xlsx = await h.app.inject({ method: 'GET', url: '/api/rounds/R2026/export?format=xlsx&locale=en', headers: as(secretariat) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect([3, 8, 9].map((c) => book.worksheets[0]!.getRow(7).getCell(c).text)).toEqual(['H99.05', 'was 3 of 3', '5']);
    const docx = await h.app.inject({ method: 'GET', url: '/api/rounds/R2026/export?format=docx&locale=en', headers: as(secretariat) });
    const body = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
    expect(body).toContain('2 units are ranked; the previous round ranked 3: rankings of different sizes are not compared place by place.');
    expect(body).not.toContain('Rose most');
  });

  it("names with each round the reader's own units taking part, and shows a round's results in progress only to managers and appraisers (issue 12)", async () => {
    // R2026 above (H99.02 and H99.05) is not finalised. The department's officer self-assesses
    // H99.02, which takes part; the commune's officer (Xã Tân Lập) and the leader take no part.
    const [commune, leader] = [await signIn(h.app, 'commune'), await signIn(h.app, 'leader')];
    const own = async (s: Session) => (await call(s, 'GET', '/api/rounds')).json().rounds.map((r: { code: string; ownUnits: string[] }) => [r.code, r.ownUnits]).filter(([code]: [string]) => code.startsWith('R20'));
    expect(await own(officer)).toEqual([['R2024', ['H99.02']], ['R2025', ['H99.02']], ['R2026', ['H99.02']]]);
    expect(await own(commune)).toEqual([['R2024', []], ['R2025', []], ['R2026', []]]);
    expect(await own(leader)).toEqual([['R2024', []], ['R2025', []], ['R2026', []]]);
    const status = async (s: Session, round: string) => (await call(s, 'GET', `/api/rounds/${round}/results`)).statusCode;
    expect([await status(officer, 'R2026'), await status(leader, 'R2026'), await status(commune, 'R2026'), await status(secretariat, 'R2026')]).toEqual([403, 403, 403, 200]);
    expect([await status(officer, 'R2024'), await status(leader, 'R2024'), await status(commune, 'R2024')]).toEqual([200, 200, 200]);
  });
});
