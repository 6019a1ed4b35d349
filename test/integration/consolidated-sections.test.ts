import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_COMMITTEE_CODE } from '../../src/server/features/steering/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import type { ConsolidatedReport } from '../../src/shared/contracts/consolidated.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/**
 * The consolidated report's key units' results, and the changes its Word document and Excel
 * annex state: the service index against the previous period with its groups, published
 * standings against the year before (places only between rankings of the same N). The demo
 * committee follows seven key units this year; a half-year round asks them, one submits late.
 */
const YEAR = 2026;
const H1 = { period: `${YEAR}-H1`, asOf: `${YEAR}-06-30` };
const KEY_UNITS = ['H99.05', 'H99.10', 'H99.13', 'H99.19', 'H99.21', 'H99.X01', 'H99.X05'];
/** Each key unit has one key task of the directive, still open within its deadline on 30 June. */
/** The Word table whose heading row starts with this text (the letterhead and signature are tables too). */
const tableOf = (tables: string[][][], heading: string) => tables.find((t) => t[0]?.[0] === heading)!;
const ONE_OPEN = { total: 1, completed: { total: 0, early: 0, onTime: 0, late: 0 }, notCompleted: { total: 1, inTime: 1, overdue: 0 }, completionRate: 0 };

describeOnEachEngine('the consolidated report: key units, service index and standings changes', (engine) => {
  let h: Harness;
  let secretariat: Session;
  const get = (url: string) => h.app.inject({ method: 'GET', url, headers: as(secretariat) });
  const report = async (query: string) => {
    const res = await get(`/api/consolidated?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as ConsolidatedReport).figures;
  };

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    const { standings, reporting } = h.services;
    for (const code of ['PAR_INDEX', 'SIPAS']) await standings.saveIndex(SYSTEM_ACTOR, { code, names: { vi: code, en: code }, scale: '0–100', components: [] });
    // PAR INDEX: 47th of 63 in 2024, 22nd of 63 in 2025 (up 25). SIPAS: 12th of 63, then 10th of 34 (not comparable).
    for (const s of [
      { indexCode: 'PAR_INDEX', year: 2024, value: 83, rank: 47, of: 63 },
      { indexCode: 'PAR_INDEX', year: 2025, value: 85.12, rank: 22, of: 63 },
      { indexCode: 'SIPAS', year: 2024, value: 78, rank: 12, of: 63 },
      { indexCode: 'SIPAS', year: 2025, value: 80.5, rank: 10, of: 34 },
    ])
      await standings.saveStanding(SYSTEM_ACTOR, { unitCode: 'H99', band: null, source: 'Bộ Nội vụ', ...s });
    const round = { code: 'KU-H1', names: { vi: 'Báo cáo 6 tháng của đơn vị trọng điểm', en: 'Key units’ half-year report' }, kind: 'six_months', period: H1.period, ownerUnitCode: 'H99', asked: { kind: 'key_units', committeeCode: DEMO_COMMITTEE_CODE, year: YEAR }, deadline: `${YEAR}-07-15`, cutoffDate: H1.asOf };
    const created = await h.app.inject({ method: 'POST', url: '/api/reporting/rounds', headers: as(secretariat), payload: round });
    expect(created.statusCode, created.body).toBe(200);
    await reporting.submit(SYSTEM_ACTOR, 'KU-H1', 'H99.X05');
  });
  afterAll(() => h.close());

  const ROUND_H1 = `unit=H99&period=${H1.period}&asOf=${H1.asOf}&round=KU-H1`;
  const exported = async (query: string, format: 'docx' | 'xlsx', locale: string) => {
    const res = await get(`/api/consolidated/export?${query}&format=${format}&locale=${locale}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.rawPayload;
  };

  it("lists the round's key units with their key tasks as of the cut-off, their report in the round and their service index", async () => {
    const f = await report(ROUND_H1);
    expect(f.keyUnits.map((k) => k.unit)).toEqual(KEY_UNITS);
    expect(f.keyUnits.every((k) => k.committee === DEMO_COMMITTEE_CODE)).toBe(true);
    expect(f.keyUnits.map((k) => k.keyTasks)).toEqual(KEY_UNITS.map(() => ONE_OPEN));
    expect(f.keyUnits.map((k) => [k.unit, k.submission])).toEqual(KEY_UNITS.map((u) => [u, u === 'H99.X05' ? { state: 'submitted', late: true } : { state: 'draft', late: false }]));
    expect(f.keyUnits.map((k) => k.serviceIndex)).toEqual(KEY_UNITS.map(() => ({ period: '2026', total: 14 })));
    // the same figures as the features that own them
    const key = (await get(`/api/task-statistics?unit=H99.X05&descendants=false&keyOnly=true&asOf=${H1.asOf}`)).json() as { statistics: unknown };
    expect(f.keyUnits.at(-1)!.keyTasks).toEqual(key.statistics);
    expect((await get('/api/service-index?unit=H99.X05&period=2026')).json()).toMatchObject({ total: 14, totalMax: 100 });
  });

  it("without a round, lists the key units the committees of the report's unit selected for the year; a unit without a committee has none", async () => {
    const f = await report(`unit=H99&period=${H1.period}&asOf=${H1.asOf}`);
    expect(f.keyUnits.map((k) => [k.unit, k.committee, k.submission])).toEqual(KEY_UNITS.map((u) => [u, DEMO_COMMITTEE_CODE, null]));
    // not a round's report: no report to show (a dash), not "not asked"
    const docx = await readDocx(await exported(`unit=H99&period=${H1.period}&asOf=${H1.asOf}`, 'docx', 'vi'));
    expect(tableOf(docx.tables, 'Đơn vị trọng điểm')[1]).toEqual(['Sở Tài chính', '1', '0', '0', '1', '0', '0,00%', '—', '14,00']);
    expect((await report(`unit=H99.05&period=${H1.period}&asOf=${H1.asOf}`)).keyUnits).toEqual([]);
    // a committee's selection is of its year: none in the year before
    expect((await report(`unit=H99&period=2025-H1&asOf=2025-06-30`)).keyUnits).toEqual([]);
  });

  it('states the service index with its groups and change, the standings with their changes and the key units in the Word document', async () => {
    const vi = await readDocx(await exported(ROUND_H1, 'docx', 'vi'));
    const at = vi.paragraphs.indexOf('IV. Chỉ số phục vụ');
    expect(vi.paragraphs.slice(at, at + 9)).toEqual([
      'IV. Chỉ số phục vụ',
      'Chỉ số phục vụ kỳ 2026: 14,00/100 điểm.',
      'So với 2025 (14,00 điểm): 0,00 điểm.',
      '- Công khai, minh bạch: 0,00/18 điểm',
      '- Tiến độ giải quyết: 0,00/20 điểm',
      '- Dịch vụ công trực tuyến: 0,00/12 điểm',
      '- Số hóa hồ sơ: 2,00/22 điểm',
      '- Mức độ hài lòng: 12,00/18 điểm',
      '- Thanh toán trực tuyến: 0,00/10 điểm',
    ]);
    expect(vi.paragraphs).toContain('- PAR_INDEX năm 2025: 85,12, xếp thứ 22/63; so với năm 2024: tăng 25 bậc, giá trị +2,12.');
    expect(vi.paragraphs).toContain('- SIPAS năm 2025: 80,50, xếp thứ 10/34; so với năm 2024: không so sánh được thứ hạng (xếp hạng trong số đơn vị khác nhau), giá trị +2,50.');
    expect(vi.paragraphs).toContain('7 đơn vị trọng điểm do Ban Chỉ đạo theo dõi; nhiệm vụ trọng tâm tính đến ngày 30/06/2026.');
    const keyUnits = tableOf(vi.tables, 'Đơn vị trọng điểm');
    expect(keyUnits[0]).toEqual(['Đơn vị trọng điểm', 'Số nhiệm vụ', 'Đã hoàn thành', 'Quá hạn', 'Chưa hoàn thành', 'Quá hạn chưa xong', 'Tỷ lệ hoàn thành', 'Báo cáo trong đợt', 'Chỉ số phục vụ']);
    expect(keyUnits.length).toBe(8);
    expect(keyUnits[1]).toEqual(['Sở Tài chính', '1', '0', '0', '1', '0', '0,00%', 'Bản nháp', '14,00']);
    expect(keyUnits[7]).toEqual(['Xã Tân Lập', '1', '0', '0', '1', '0', '0,00%', 'Đã nộp (trễ hạn)', '14,00']);
    const en = await readDocx(await exported(ROUND_H1, 'docx', 'en'));
    expect(en.paragraphs).toContain('Against 2025 (14.00 points): 0.00 points.');
    expect(en.paragraphs).toContain('- PAR_INDEX 2025: 85.12, rank 22 of 63; against 2024: up 25 places, value +2.12.');
  });

  it('has the service index, standings and key units sheets in the Excel annex', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported(ROUND_H1, 'xlsx', 'en')) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['PAR tasks', 'One-stop dossiers', 'Service index', 'Published standings', 'Key units’ results']);
    const rows = (name: string) => {
      const out: unknown[][] = [];
      book.getWorksheet(name)!.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
      return out;
    };
    expect(rows('Service index').slice(3)).toEqual([
      ['Against 2025 (14.00 points): 0.00 points.', 'Against 2025 (14.00 points): 0.00 points.', 'Against 2025 (14.00 points): 0.00 points.'],
      ['Group', 'Points', 'Maximum'],
      ['Transparency', 0, 18],
      ['Processing on time', 0, 20],
      ['Online public services', 0, 12],
      ['Digitisation of dossiers', 2, 22],
      ['Satisfaction', 12, 18],
      ['Online payment', 0, 10],
      ['Service index', 14, 100],
    ]);
    expect(rows('Published standings').slice(-2)).toEqual([
      ['PAR_INDEX', 2025, 85.12, '22/63', 2024, 'up 25 places', 2.12],
      ['SIPAS', 2025, 80.5, '10/34', 2024, 'places not comparable (ranked among a different number)', 2.5],
    ]);
    expect(rows('Key units’ results').at(-1)).toEqual(['Tan Lap Commune', 'BCD-H99', 1, 0, 0, 1, 0, 0, 'Submitted (late)', 14]);
  });

  it('issued, keeps the key units and standings as signed, and shows where they changed since', async () => {
    const issued = await h.services.consolidated.issue(SYSTEM_ACTOR, { unit: 'H99', ...H1, round: 'KU-H1', number: '88/BC-BCĐ', date: `${YEAR}-07-20`, narrative: { summary: '', assessment: '', nextTasks: '' } });
    await h.services.reporting.accept(SYSTEM_ACTOR, 'KU-H1', 'H99.X05');
    await h.services.standings.saveStanding(SYSTEM_ACTOR, { unitCode: 'H99', indexCode: 'PAR_INDEX', year: 2025, value: 85.12, rank: 20, of: 63, band: null, source: 'Bộ Nội vụ (đính chính)' });

    const again = await h.services.consolidated.issued(SYSTEM_ACTOR, issued.issued!.id);
    expect(again.figures).toEqual(issued.figures);
    expect(again.figures.keyUnits.at(-1)!.submission).toEqual({ state: 'submitted', late: true });
    const { differences } = await h.services.consolidated.differences(SYSTEM_ACTOR, issued.issued!.id);
    expect(differences).toEqual(
      expect.arrayContaining([
        { path: 'submissions.accepted', issued: 0, today: 1 },
        { path: 'keyUnits.H99.X05.submission.state', issued: 'submitted', today: 'accepted' },
        { path: 'standings.PAR_INDEX.rank', issued: 22, today: 20 },
        { path: 'standings.PAR_INDEX.rankChange', issued: 25, today: 27 },
      ]),
    );
    const docx = await readDocx(await h.services.consolidated.export(SYSTEM_ACTOR, { id: issued.issued!.id }, 'docx', 'vi'));
    expect(docx.paragraphs).toContain('- PAR_INDEX năm 2025: 85,12, xếp thứ 22/63; so với năm 2024: tăng 25 bậc, giá trị +2,12.');
    expect(tableOf(docx.tables, 'Đơn vị trọng điểm').at(-1)).toEqual(['Xã Tân Lập', '1', '0', '0', '1', '0', '0,00%', 'Đã nộp (trễ hạn)', '14,00']);
  });
});
