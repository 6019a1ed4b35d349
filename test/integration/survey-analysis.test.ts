import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SurveyTrend, SurveyUnitComparison, SurveyWaveComparison } from '../../src/shared/contracts/survey-analysis.ts';
import { addDays, todayIn } from '../../src/shared/domain/dates.ts';
import { pickName, type LocalizedNames } from '../../src/shared/locales.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import type { Answers } from '../../src/shared/contracts/questionnaires.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_FIGURES, EXAMPLE_QUESTIONNAIRE_INPUT, EXAMPLE_RESPONSES } from '../fixtures/survey-example.ts';

/**
 * The results by month, by unit and across waves, and the exports, on the hand-worked example
 * (fixtures/survey-example.ts): the department's five responses give access 50.00, procedures
 * 75.00, overall 62.50 (mean of the elements). Around them, by hand:
 * - W-AN also has two responses of the commune this month: procedures 5 and 2 → 1 of 2 = 50.00,
 *   access unanswered; the whole wave: access 1 of 2 = 50.00, procedures 4 of 6 = 66.67,
 *   overall (1/2 + 4/6) ÷ 2 = 58.33;
 * - W-OLD (version 2 of the questionnaire, overall pooled) has two of the department's, four
 *   months ago: access 4 → 1 of 1 = 100.00, procedures 4 and 3 → 1 of 2 = 50.00, pooled 2 of 3 = 66.67.
 */
const today = todayIn(TEST_SETTINGS.timeZone);
/** The month `offset` months from this one, YYYY-MM. */
const monthAt = (offset: number) => {
  const [y, m] = today.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + offset, 1)).toISOString().slice(0, 7);
};
const COMMUNE_RESPONSES: Answers[] = [
  { channel: 'counter', forms_clear: 5 },
  { channel: 'counter', forms_clear: 2 },
];
const OLD_RESPONSES: Answers[] = [
  { channel: 'online', portal_ease: 4, forms_clear: 4 },
  { channel: 'counter', forms_clear: 3 },
];
const none = { answers: 0, satisfied: 0, rate: null };

const wave = (code: string, unitCode: string, from: string, to: string, units: [string, number][]) => ({
  code,
  names: { vi: `Đợt ${code}`, en: `Wave ${code}` },
  questionnaireCode: 'TEST-SAT',
  unitCode,
  from,
  to,
  population: { source: 'typed', units: units.map(([u, population]) => ({ unitCode: u, population })) },
});

describeOnEachEngine('survey results by month, unit and wave, and their exports', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  let science: Session;
  const names = new Map<string, LocalizedNames>();
  const get = (s: Session, url: string) => h.app.inject({ method: 'GET', url, headers: as(s) });
  const enter = (waveCode: string, unitCode: string, answeredOn: string, list: Answers[]) =>
    Promise.all(list.map((answers, i) => h.services.surveys.responses.enterPaper(SYSTEM_ACTOR, waveCode, { unitCode, answeredOn, clientKey: `analysis-${waveCode}-${unitCode}-${i}`.padEnd(16, '0'), answers })));

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
    commune = await signIn(h.app, 'commune');
    science = await signIn(h.app, 'science');
    const put = (file: object) => h.app.inject({ method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', payload: file, headers: as(secretariat) });
    const create = async (w: object) => {
      const res = await h.app.inject({ method: 'POST', url: '/api/survey-waves', payload: w, headers: as(secretariat) });
      expect(res.statusCode, res.body).toBe(200);
    };
    expect((await put(EXAMPLE_QUESTIONNAIRE_INPUT)).statusCode).toBe(200);
    await create(wave('W-AN', 'H99', `${monthAt(-2)}-01`, addDays(today, 20), [['H99.02', 10_000], ['H99.X05', 400]]));
    // Version 2 (W-AN froze version 1): the same keys, the pooled rule.
    expect((await put({ ...EXAMPLE_QUESTIONNAIRE_INPUT, overallRule: 'pooled' })).json()).toMatchObject({ version: 2 });
    await create(wave('W-OLD', 'H99', `${monthAt(-5)}-01`, addDays(`${monthAt(-2)}-01`, -1), [['H99.02', 1000]]));
    await create(wave('W-DEPT', 'H99.02', `${monthAt(-1)}-01`, addDays(today, 20), [['H99.02', 500]]));
    await enter('W-AN', 'H99.02', `${monthAt(-1)}-10`, EXAMPLE_RESPONSES);
    await enter('W-AN', 'H99.X05', today, COMMUNE_RESPONSES);
    await enter('W-OLD', 'H99.02', `${monthAt(-4)}-10`, OLD_RESPONSES);
    for (const code of ['H99', 'H99.02', 'H99.X05']) names.set(code, (await h.services.units.refsOf([await h.services.units.idOf(code)]))[0]!.names as LocalizedNames);
  });
  afterAll(() => h.close());

  describe('trend', () => {
    it('gives every month of the wave up to today, months without responses with 0 and no rate', async () => {
      const res = await get(secretariat, '/api/survey-waves/W-AN/trend');
      expect(res.statusCode, res.body).toBe(200);
      const trend = res.json() as SurveyTrend;
      expect(trend).toMatchObject({ wave: 'W-AN', unit: { code: 'H99' }, descendants: true });
      expect(trend.elements.map((e) => [e.key, e.names.en])).toEqual([
        ['access', 'Access'],
        ['procedures', 'Procedures'],
      ]);
      expect(trend.months).toEqual([
        { month: monthAt(-2), responses: 0, elements: { access: none, procedures: none }, overall: null },
        { month: monthAt(-1), responses: EXAMPLE_FIGURES.responses, elements: EXAMPLE_FIGURES.elements, overall: EXAMPLE_FIGURES.overall },
        { month: monthAt(0), responses: 2, elements: { access: none, procedures: { answers: 2, satisfied: 1, rate: 50 } }, overall: 50 },
      ]);
    });

    it('counts a unit with or without its subtree, as the results do', async () => {
      const own = (await get(secretariat, '/api/survey-waves/W-AN/trend?descendants=false')).json() as SurveyTrend;
      expect(own.months.map((m) => m.responses)).toEqual([0, 0, 0]);
      const dept = (await get(department, '/api/survey-waves/W-AN/trend?unit=H99.02')).json() as SurveyTrend;
      expect(dept.months.map((m) => [m.responses, m.overall])).toEqual([
        [0, null],
        [5, 62.5],
        [0, null],
      ]);
    });

    it('ends with the wave when it ended before today', async () => {
      const old = (await get(secretariat, '/api/survey-waves/W-OLD/trend')).json() as SurveyTrend;
      expect(old.months.map((m) => [m.month, m.responses, m.overall])).toEqual([
        [monthAt(-5), 0, null],
        [monthAt(-4), 2, 66.67],
        [monthAt(-3), 0, null],
      ]);
    });
  });

  describe('comparison of units', () => {
    it("gives each unit of the wave its own figures, by code", async () => {
      const res = await get(secretariat, '/api/survey-waves/W-AN/comparison');
      expect(res.statusCode, res.body).toBe(200);
      const c = res.json() as SurveyUnitComparison;
      expect(c).toMatchObject({ wave: 'W-AN', unit: { code: 'H99' } });
      expect(c.elements.map((e) => e.key)).toEqual(['access', 'procedures']);
      expect(c.rows.map(({ unit, ...row }) => ({ unit: unit.code, ...row }))).toEqual([
        { unit: 'H99.02', population: 10_000, target: 385, responses: 5, responseRate: 1.3, elements: EXAMPLE_FIGURES.elements, overall: 62.5 },
        { unit: 'H99.X05', population: 400, target: 200, responses: 2, responseRate: 1, elements: { access: none, procedures: { answers: 2, satisfied: 1, rate: 50 } }, overall: 50 },
      ]);
    });

    it("gives a commune's officer their commune's row only, and nothing of the wave's whole scope", async () => {
      const own = (await get(commune, '/api/survey-waves/W-AN/comparison?unit=H99.X05')).json() as SurveyUnitComparison;
      expect(own.rows.map((r) => [r.unit.code, r.responses, r.overall])).toEqual([['H99.X05', 2, 50]]);
      expect((await get(commune, '/api/survey-waves/W-AN/comparison')).statusCode).toBe(404);
      expect((await get(commune, '/api/survey-waves/W-AN/comparison?unit=H99.02')).statusCode).toBe(403);
    });
  });

  describe('comparison of waves', () => {
    it('lines up the waves of the questionnaire (any version) reaching the unit, by start, each under its own rule', async () => {
      const res = await get(secretariat, '/api/survey-waves/W-AN/waves-comparison');
      expect(res.statusCode, res.body).toBe(200);
      const c = res.json() as SurveyWaveComparison;
      expect(c).toMatchObject({ unit: { code: 'H99' }, questionnaire: 'TEST-SAT' });
      expect(c.elements.map((e) => e.key)).toEqual(['access', 'procedures']);
      expect(c.waves.map(({ names: _n, from: _f, to: _t, ...w }) => w)).toEqual([
        { code: 'W-OLD', status: 'closed', responses: 2, elements: { access: { answers: 1, satisfied: 1, rate: 100 }, procedures: { answers: 2, satisfied: 1, rate: 50 } }, overall: 66.67 },
        { code: 'W-AN', status: 'open', responses: 7, elements: { access: { answers: 2, satisfied: 1, rate: 50 }, procedures: { answers: 6, satisfied: 4, rate: 66.67 } }, overall: 58.33 },
        { code: 'W-DEPT', status: 'open', responses: 0, elements: { access: none, procedures: none }, overall: null },
      ]);
      expect(c.waves[0]).toMatchObject({ names: { en: 'Wave W-OLD' }, from: `${monthAt(-5)}-01` });
    });

    it("counts a unit's part of each wave, leaving out waves that do not reach it", async () => {
      const dept = (await get(department, '/api/survey-waves/W-DEPT/waves-comparison')).json() as SurveyWaveComparison;
      expect(dept.waves.map((w) => [w.code, w.responses, w.overall])).toEqual([
        ['W-OLD', 2, 66.67],
        ['W-AN', 5, 62.5],
        ['W-DEPT', 0, null],
      ]);
      const own = (await get(commune, '/api/survey-waves/W-AN/waves-comparison?unit=H99.X05')).json() as SurveyWaveComparison;
      expect(own.waves.map((w) => [w.code, w.responses, w.elements.procedures?.rate, w.overall])).toEqual([['W-AN', 2, 50, 50]]);
    });
  });

  describe('scope', () => {
    const url = (waveCode: string, route: string, unit?: string) => `/api/survey-waves/${waveCode}/${route}${unit ? `${route.includes('?') ? '&' : '?'}unit=${unit}` : ''}`;
    it.each(['trend', 'comparison', 'waves-comparison', 'results/export?format=xlsx'])("%s: a wave out of the reader's scope, or a unit outside the wave, is not found; a unit out of scope refused", async (route) => {
      expect((await get(science, url('W-AN', route))).statusCode).toBe(404);
      expect((await get(secretariat, url('W-DEPT', route, 'H99.X05'))).statusCode).toBe(404);
      expect((await get(secretariat, url('W-NONE', route))).statusCode).toBe(404);
      expect((await get(science, url('W-AN', route, 'H99.02'))).statusCode).toBe(403);
      expect((await get(commune, url('W-AN', route))).statusCode).toBe(404);
      expect((await get(commune, url('W-AN', route, 'H99.X05'))).statusCode).toBe(200);
    });
  });

  describe('exports', () => {
    const workbook = async (url: string, s: Session = secretariat) => {
      const res = await get(s, url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      return book;
    };
    /** Each row of a sheet as its cells' values, blanks as null. */
    const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? Array.from(r.slice(1), (v) => v ?? null) : []));
    const rowNamed = (ws: ExcelJS.Worksheet, name: string) => rowsOf(ws).find((r) => r[0] === name);

    it('writes the workbook in Vietnamese: what it covers on top, the elements, the overall index under its unverified rule, the questions, the units by name', async () => {
      const book = await workbook('/api/survey-waves/W-AN/results/export?format=xlsx&locale=vi');
      expect(book.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Câu hỏi', 'Đơn vị']);
      const summary = book.getWorksheet('Tổng hợp')!;
      const top = rowsOf(summary).slice(0, 7).map((r) => r[0]);
      expect(top).toEqual([
        'KẾT QUẢ KHẢO SÁT SỰ HÀI LÒNG: Đợt W-AN',
        'Đợt khảo sát: Đợt W-AN',
        `Phạm vi: ${pickName(names.get('H99')!, 'vi')} và các đơn vị trực thuộc`,
        expect.stringMatching(/^Thời gian: toàn bộ đợt khảo sát, 01\/\d\d\/\d{4} – \d\d\/\d\d\/\d{4}$/),
        'Số phiếu được tính: 7; cỡ mẫu mục tiêu: 585; tỷ lệ phản hồi: 1,20%.',
        'Chỉ số chung: trung bình tỷ lệ của các yếu tố. Chưa được kiểm chứng: cách tổng hợp chính thức chưa được xác nhận.',
        expect.stringMatching(/^Lập ngày \d\d\/\d\d\/\d{4}$/),
      ]);
      expect(rowNamed(summary, 'Tiếp cận')?.slice(0, 4)).toEqual(['Tiếp cận', 2, 1, 0.5]);
      expect(rowNamed(summary, 'Thủ tục')?.slice(0, 4)).toEqual(['Thủ tục', 6, 4, 0.6667]);
      expect(rowNamed(summary, 'Chỉ số chung (trung bình tỷ lệ của các yếu tố; chưa được kiểm chứng)')?.[3]).toBe(0.5833);
      const questions = book.getWorksheet('Câu hỏi')!;
      // levels 1–5, no answer, answers, satisfied, rate
      expect(rowNamed(questions, 'Biểu mẫu rõ ràng')).toEqual(['Biểu mẫu rõ ràng', 'Thủ tục', 1, 1, 0, 2, 2, 1, 6, 4, 0.6667]);
      expect(rowNamed(questions, 'Cổng dịch vụ công dễ sử dụng')).toEqual(['Cổng dịch vụ công dễ sử dụng', 'Tiếp cận', 0, 1, 0, 0, 1, 1, 2, 1, 0.5]);
      const units = book.getWorksheet('Đơn vị')!;
      expect(rowNamed(units, pickName(names.get('H99.02')!, 'vi'))?.slice(1)).toEqual([10_000, 385, 5, 0.013, 0.5, 0.75, 0.625]);
      expect(rowNamed(units, pickName(names.get('H99.X05')!, 'vi'))?.slice(1)).toEqual([400, 200, 2, 0.01, null, 0.5, 0.5]);
      expect(JSON.stringify(rowsOf(units))).not.toContain('H99.02');
    });

    it('writes it in Khmer for one month of one unit, in the Khmer face', async () => {
      const book = await workbook(`/api/survey-waves/W-AN/results/export?format=xlsx&locale=km&unit=H99.02&period=${monthAt(-1)}`, department);
      expect(book.worksheets.map((w) => w.name)).toEqual(['សេចក្តីសង្ខេប', 'សំណួរ', 'អង្គភាព']);
      const summary = book.getWorksheet('សេចក្តីសង្ខេប')!;
      expect(summary.getCell(1, 1).font?.name).toBe('Noto Sans Khmer');
      expect(rowsOf(summary)[2]?.[0]).toBe(`វិសាលភាព៖ ${pickName(names.get('H99.02')!, 'km')} និងអង្គភាពក្រោមឱវាទ`);
      // the questionnaire has no Khmer names: English is Khmer's first fallback
      const { access, procedures } = EXAMPLE_FIGURES.elements;
      expect(rowNamed(summary, 'Access')?.slice(1, 4)).toEqual([access.answers, access.satisfied, 0.5]);
      expect(rowNamed(summary, 'Procedures')?.slice(1, 4)).toEqual([procedures.answers, procedures.satisfied, 0.75]);
      expect(rowsOf(summary).find((r) => String(r[0]).startsWith('សន្ទស្សន៍រួម ('))?.[3]).toBe(0.625);
      const units = book.getWorksheet('អង្គភាព')!;
      expect(rowsOf(units).slice(-1)[0]?.slice(1)).toEqual([10_000, 385, 5, 0.013, 0.5, 0.75, 0.625]);
    });

    it('writes the DOCX summary in Vietnamese and in Khmer with the same figures, the rule named and the response rate', async () => {
      const vi = await get(secretariat, '/api/survey-waves/W-AN/results/export?format=docx&locale=vi');
      expect(vi.statusCode, vi.body).toBe(200);
      expect(vi.headers['content-disposition']).toContain('W-AN-summary.docx');
      const doc = await readDocx(vi.rawPayload);
      expect(doc.paragraphs).toContain('Kết quả khảo sát sự hài lòng: Đợt W-AN');
      expect(doc.paragraphs).toContain('Số phiếu được tính: 7; cỡ mẫu mục tiêu: 585; tỷ lệ phản hồi: 1,20%.');
      expect(doc.paragraphs).toContain('I. Mức độ hài lòng theo yếu tố');
      const elements = doc.tables.find((t) => t[0]?.[0] === 'Yếu tố')!;
      expect(elements.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
        ['Tiếp cận', '2', '1', '50,00%'],
        ['Thủ tục', '6', '4', '66,67%'],
        ['Chỉ số chung (trung bình tỷ lệ của các yếu tố; chưa được kiểm chứng)', '', '', '58,33%'],
      ]);
      const units = doc.tables.find((t) => t[0]?.[0] === 'Đơn vị')!;
      expect(units.slice(1)).toEqual([
        [pickName(names.get('H99.02')!, 'vi'), '5', '1,30%', '62,50%'],
        [pickName(names.get('H99.X05')!, 'vi'), '2', '1,00%', '50,00%'],
      ]);

      const km = await readDocx((await get(secretariat, '/api/survey-waves/W-AN/results/export?format=docx&locale=km')).rawPayload);
      expect(km.paragraphs).toContain('លទ្ធផលនៃការស្ទង់មតិការពេញចិត្ត៖ Wave W-AN');
      expect(km.paragraphs).toContain('I. ការពេញចិត្តតាមធាតុ');
      expect(km.paragraphs).toContain('សន្ទស្សន៍រួម៖ មធ្យមភាគនៃអត្រារបស់ធាតុនីមួយៗ។ មិនទាន់បានផ្ទៀងផ្ទាត់៖ វិធានសរុបផ្លូវការមិនទាន់ត្រូវបានបញ្ជាក់។');
      const kmElements = km.tables.find((t) => t[0]?.[0] === 'ធាតុ')!;
      expect(kmElements.slice(1).map((r) => r[3])).toEqual(['50.00%', '66.67%', '58.33%']);
      expect(km.fontTableXml).toContain('Noto Sans Khmer');
    });

    it('takes the reader\'s own language when none is asked, and refuses a period cutting a month', async () => {
      await h.services.users.createUser(SYSTEM_ACTOR, { username: 'survey-reader-en', displayName: 'R', password: 'password-123', grants: [{ role: 'viewer', unitCode: 'H99' }], preferences: { locale: 'en' } });
      const reader = await signIn(h.app, 'survey-reader-en', 'password-123');
      const book = await workbook('/api/survey-waves/W-AN/results/export?format=xlsx', reader);
      expect(book.worksheets.map((w) => w.name)).toEqual(['Summary', 'Questions', 'Units']);
      const cut = await get(secretariat, '/api/survey-waves/W-AN/results/export?format=xlsx&period=2026-01-05..2026-02-10');
      expect(cut.statusCode).toBe(400);
      expect(cut.json()).toMatchObject({ code: 'invalid_period' });
    });
  });
});
