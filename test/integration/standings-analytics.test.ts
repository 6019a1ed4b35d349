import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { PeersResponse, Standing, StandingsTimeline } from '../../src/shared/contracts/standings.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { readDocx } from '../support/docx.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'index,year,comparison_set,unit_code,value,rank,of,component,max';

/**
 * The press's movements (issue 20), reproduced from published tables imported as a year's
 * files: "85.78, 29th of 63, up 6"; "rose 25 places to 22nd of 63, but some component indices
 * fell"; "7th of 11 in the region and 20th of 63"; and a rank of 34 never compared with 63.
 */
const TABLE_2023 = `${HEADER}
PAR_INDEX,2023,nation,H99,83.10,35,63,,
PAR_INDEX,2023,nation,75,84.95,47,63,,
PAR_INDEX,2023,nation,75,8.00,20,63,A1,10
PAR_INDEX,2023,nation,75,6.40,30,63,A2,10
PAR_INDEX,2023,nation,75,11.10,12,63,A3,14
PAR_INDEX,2023,nation,75,7.30,31,63,A4,10
GRDP_GROWTH,2023,nation,H99,6.10,30,63,,
GRDP_GROWTH,2023,region,H99,6.10,9,11,,
`;
const TABLE_2024 = `${HEADER}
PAR_INDEX,2024,nation,H99,85.78,29,63,,
PAR_INDEX,2024,nation,75,88.20,22,63,,
PAR_INDEX,2024,nation,75,8.50,10,63,A1,10
PAR_INDEX,2024,nation,75,6.10,40,63,A2,10
PAR_INDEX,2024,nation,75,12.02,5,63,A3,14
PAR_INDEX,2024,nation,75,7.25,33,63,A4,10
GRDP_GROWTH,2024,nation,H99,7.37,20,63,,
GRDP_GROWTH,2024,region,H99,7.37,7,11,,
`;
const TABLE_2025 = `${HEADER}\nPAR_INDEX,2025,nation,H99,86.40,12,34,,\n`;

describeOnEachEngine('standings analytics', (engine) => {
  let h: Harness;
  let admin: Session;
  let secretariat: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, vietnam: true });
    admin = await signIn(h.app, 'admin');
    secretariat = await signIn(h.app, 'secretariat');
  });
  afterAll(() => h.close());
  const upload = (s: Session, csv: string, name = 'par-index.csv') => {
    const body = multipartBody({}, [{ name, content: csv }]);
    return h.app.inject({ method: 'POST', url: '/api/standings/import', payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const timeline = async (unit: string, s = admin) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/standings?unit=${unit}`, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as StandingsTimeline;
  };
  const find = (all: Standing[], q: Partial<Standing> & { unit?: never }) => all.find((s) => Object.entries(q).every(([k, v]) => s[k as keyof Standing] === v));
  const putTarget = (s: Session, payload: Record<string, unknown>) => h.app.inject({ method: 'PUT', url: '/api/standing-targets', headers: as(s), payload });

  it('imports a year’s tables all rows or none, naming line and column, and stores nothing from a bad file', async () => {
    const bad = `${HEADER}
PAR_INDEX,2024,nation,H99,85.78,29,63,,
PAR_INDEX,2024,province,H99,85.78,2,5,,
PAR_INDEX,2024,galaxy,H99,85.78,29,63,,
PAR_INDEX,2024,nation,H99,85.78,29,63,,
PAR_INDEX,2024,nation,H99,9,3,63,A9,10
PAR_INDEX,2024,region,H99,9,3,11,A1,10
PAR_INDEX,2024,nation,H99,9,3,63,A1,ten
PCI,2024,nation,H99,70,64,63,,
`;
    const res = await upload(admin, bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([
      { line: 4, field: 'comparison_set', code: 'unknown_comparison_set', value: 'galaxy' },
      { line: 5, field: 'unit_code', code: 'duplicate_row', value: 'H99' },
      { line: 6, field: 'component', code: 'unknown_component', value: 'A9' },
      { line: 7, field: 'component', code: 'standing_row_missing', value: 'A1' },
      { line: 8, field: 'max', code: 'not_a_number', value: 'ten' },
      { line: 9, field: 'rank', code: 'rank_above_of', value: '64' },
    ]);
    expect((await timeline('H99')).standings).toEqual([]);
    expect((await upload(admin, 'index,year,unit_code,value\n')).json().details.errors).toEqual([
      { line: 1, field: 'comparison_set', code: 'missing_column', value: null },
      { line: 1, field: 'rank', code: 'missing_column', value: null },
      { line: 1, field: 'of', code: 'missing_column', value: null },
    ]);
  });

  it('reproduces the press’s movements from the imported tables, and the same file twice changes nothing', async () => {
    for (const t of [TABLE_2023, TABLE_2024, TABLE_2025]) expect((await upload(admin, t)).statusCode).toBe(200);
    expect((await upload(admin, TABLE_2024)).json()).toEqual({ saved: 4 }); // standings; the components ride with theirs
    const sonHa = (await timeline('H99')).standings;
    expect(sonHa).toHaveLength(7);

    // 85.78, 29 of 63 from 35 of 63 → up 6
    expect(find(sonHa, { indexCode: 'PAR_INDEX', year: 2024 })).toMatchObject({ value: 85.78, rank: 29, of: 63, source: 'par-index.csv', change: { fromYear: 2023, places: 6, points: 2.68, was: { rank: 35, of: 63 } } });
    // 12 of 34 after the merger: never compared with 29 of 63
    expect(find(sonHa, { indexCode: 'PAR_INDEX', year: 2025 })!.change).toEqual({ fromYear: 2024, places: null, was: { rank: 29, of: 63 }, points: 0.62, components: [] });
    // 7 of 11 in the region, 20 of 63 in the nation, the same year: two rankings kept apart
    expect(find(sonHa, { indexCode: 'GRDP_GROWTH', year: 2024, comparisonSet: 'region' })).toMatchObject({ rank: 7, of: 11, change: { places: 2, was: { rank: 9, of: 11 } } });
    expect(find(sonHa, { indexCode: 'GRDP_GROWTH', year: 2024, comparisonSet: 'nation' })).toMatchObject({ rank: 20, of: 63, change: { places: 10, was: { rank: 30, of: 63 } } });

    // 22 of 63 from 47 of 63 → up 25, with two components down flagged and by how much
    const dongNai = find((await timeline('75')).standings, { indexCode: 'PAR_INDEX', year: 2024 })!;
    expect(dongNai.change).toMatchObject({ places: 25, points: 3.25 });
    expect(dongNai.components).toHaveLength(4);
    expect(dongNai.change!.components.filter((c) => c.fell)).toEqual([
      { key: 'A2', points: -0.3, fell: true, places: -10, was: { rank: 30, of: 63 } },
      { key: 'A4', points: -0.05, fell: true, places: -2, was: { rank: 31, of: 63 } },
    ]);
  });

  it('judges a unit’s targets: met or missed once published, at risk or on track before', async () => {
    const top10 = { unitCode: 'H99', indexCode: 'PAR_INDEX', year: 2026, rankAtMost: 10, valueAtLeast: null, note: 'Nghị quyết Tỉnh ủy' };
    const res = await putTarget(secretariat, top10);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ...top10, comparisonSet: 'nation', status: 'at_risk' }); // 12 of 34 last published
    expect((await putTarget(secretariat, { ...top10, year: 2024, rankAtMost: 30, valueAtLeast: 85 })).json().status).toBe('met');
    expect((await putTarget(secretariat, { ...top10, indexCode: 'GRDP_GROWTH', year: 2024, comparisonSet: 'region', rankAtMost: 5 })).json().status).toBe('missed');
    expect((await putTarget(secretariat, { ...top10, indexCode: 'GRDP_GROWTH', year: 2025, comparisonSet: 'region', rankAtMost: 8 })).json().status).toBe('on_track');
    expect((await putTarget(secretariat, { ...top10, indexCode: 'PAPI', year: 2026 })).json().status).toBe('no_data');
    // the same slot again replaces, it does not add
    expect((await putTarget(secretariat, { ...top10, rankAtMost: 15 })).json().status).toBe('on_track');
    const targets = (await timeline('H99', await signIn(h.app, 'leader'))).targets;
    expect(targets.map((t) => [t.indexCode, t.year, t.comparisonSet, t.status])).toEqual([
      ['GRDP_GROWTH', 2024, 'region', 'missed'],
      ['GRDP_GROWTH', 2025, 'region', 'on_track'],
      ['PAPI', 2026, 'nation', 'no_data'],
      ['PAR_INDEX', 2024, 'nation', 'met'],
      ['PAR_INDEX', 2026, 'nation', 'on_track'],
    ]);
    const audit = ((await h.app.inject({ method: 'GET', url: '/api/audit?entity=standing_target', headers: as(admin) })).json() as AuditPage).entries;
    expect(audit.find((e) => e.entityId === 'H99/PAR_INDEX/2026')).toMatchObject({ action: 'standing_target.save', actor: 'user:secretariat', before: expect.objectContaining({ rankAtMost: 10 }), after: expect.objectContaining({ rankAtMost: 15 }) });
    const removed = await h.app.inject({ method: 'DELETE', url: '/api/standing-targets?unitCode=H99&indexCode=PAPI&year=2026', headers: as(secretariat) });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await timeline('H99')).targets).toHaveLength(4);
  });

  it('refuses a target with no aim, lets a department set its own and nobody set a unit out of scope', async () => {
    const empty = await putTarget(secretariat, { unitCode: 'H99', indexCode: 'PCI', year: 2026, rankAtMost: null, valueAtLeast: null });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details.fields).toEqual([{ field: 'body.rankAtMost', message: 'target_empty' }]);
    const department = await signIn(h.app, 'department');
    const ddci = { unitCode: 'H99.02', indexCode: 'DDCI', year: 2026, comparisonSet: 'province', rankAtMost: 3, valueAtLeast: null };
    expect((await putTarget(department, ddci)).json()).toMatchObject({ status: 'no_data' });
    expect((await putTarget(department, { ...ddci, unitCode: 'H99' })).statusCode).toBe(403);
    expect((await putTarget(await signIn(h.app, 'leader'), ddci)).statusCode).toBe(403);
  });

  it('shows peers’ published standings beside the unit’s, never their targets', async () => {
    await putTarget(admin, { unitCode: '75', indexCode: 'PAR_INDEX', year: 2026, rankAtMost: 1, valueAtLeast: null });
    const res = await h.app.inject({ method: 'GET', url: '/api/standings/peers?unit=H99&peers=75,31,H99', headers: as(secretariat) });
    expect(res.statusCode, res.body).toBe(200);
    const peers = res.json() as PeersResponse;
    expect(peers.units.map((u) => u.unit.code)).toEqual(['75', '31']);
    expect(find(peers.units[0]!.standings, { indexCode: 'PAR_INDEX', year: 2024 })).toMatchObject({ rank: 22, of: 63, change: { places: 25 } });
    expect(res.body).not.toContain('rankAtMost');
    expect((await h.app.inject({ method: 'GET', url: '/api/standings/peers?unit=H99&peers=NO-SUCH', headers: as(secretariat) })).statusCode).toBe(404);
    expect((await h.app.inject({ method: 'GET', url: '/api/standings/peers?unit=H99&peers=1,2,3,4,5,6,7,8,9,10,11', headers: as(secretariat) })).statusCode).toBe(400);
  });

  it('exports the profile as a workbook and a one-page briefing in the reader’s language, peers beside it', async () => {
    const get = (url: string, s: Session = secretariat) => h.app.inject({ method: 'GET', url, headers: as(s) });
    const xlsx = await get('/api/standings/profile/export?unit=H99&peers=75&format=xlsx&locale=vi');
    expect(xlsx.statusCode, xlsx.body).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="H99-standings.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Xếp hạng', 'Chỉ số thành phần', 'Mục tiêu', 'Đơn vị so sánh']);
    const rowsOf = (ws: ExcelJS.Worksheet) => ws.getSheetValues().slice(1).map((r) => (Array.isArray(r) ? Array.from(r.slice(1), (v) => v ?? null) : []));
    const standings = rowsOf(book.getWorksheet('Xếp hạng')!);
    expect(standings[0]![0]).toMatch(/: kết quả xếp hạng các chỉ số được công bố$/);
    expect(standings.map((r) => r[0])).toContain('So sánh với: Đồng Nai'); // 75 in the Vietnam seed
    const par2024 = standings.find((r) => String(r[0]).includes('PAR INDEX') && r[2] === '2024');
    expect(par2024?.slice(3, 8)).toEqual(['cả nước', 85.78, '29/63', 'tăng 6 bậc', 2.68]);
    expect(standings.find((r) => String(r[0]).includes('PAR INDEX') && r[2] === '2025')?.slice(5, 7)).toEqual(['12/34', 'trước đó 29/63']);
    const peers = rowsOf(book.getWorksheet('Đơn vị so sánh')!);
    expect(peers.find((r) => r[1] === 'Đồng Nai' && r[2] === '2024')?.slice(5, 7)).toEqual(['22/63', 'tăng 25 bậc']);
    expect(rowsOf(book.getWorksheet('Mục tiêu')!).find((r) => r[1] === '2026' && String(r[0]).includes('PAR INDEX'))?.slice(3, 5)).toEqual(['tốp 15', 'đúng hướng']);

    const docx = await get('/api/standings/profile/export?unit=75&format=docx&locale=lo', admin);
    expect(docx.statusCode, docx.body).toBe(200);
    const doc = await readDocx(docx.rawPayload);
    const table = doc.tables.find((t) => t[0]?.[0] === 'ດັດຊະນີ')!;
    expect(table.find((r) => r[0]!.includes('PAR INDEX'))?.slice(1)).toEqual(['2024', '88,20', '22 ໃນ 63', 'ຂຶ້ນ 25 ອັນດັບ']);
    expect(doc.paragraphs.filter((p) => p.endsWith('ຫຼຸດລົງ 0,30') || p.endsWith('ຫຼຸດລົງ 0,05'))).toHaveLength(2);
    expect((await get('/api/standings/profile/export?unit=31&format=docx', await signIn(h.app, 'commune'))).statusCode).toBe(403);
  });
});
