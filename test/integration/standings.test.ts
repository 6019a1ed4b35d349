import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { StandingsTimeline } from '../../src/shared/contracts/standings.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'unit_code,index_code,year,value,rank,of,band,source';

describeOnEachEngine('external standings', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, vietnam: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());
  const timeline = async (unit: string, s = admin) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/standings?unit=${unit}`, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as StandingsTimeline).standings;
  };
  const upload = (s: Session, csv: string) => {
    const body = multipartBody({}, [{ name: 'standings.csv', content: csv }]);
    return h.app.inject({ method: 'POST', url: '/api/standings/import', payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const typeIn = (s: Session, payload: Record<string, unknown>) => h.app.inject({ method: 'PUT', url: '/api/standings', headers: as(s), payload });
  const remove = (s: Session, query: string) => h.app.inject({ method: 'DELETE', url: `/api/standings?${query}`, headers: as(s) });
  const audit = async () => ((await h.app.inject({ method: 'GET', url: '/api/audit?entity=external_standing', headers: as(admin) })).json() as AuditPage).entries;

  it('ships the verified published figures with their source, each rank with its N', async () => {
    const haiPhong = await timeline('31');
    expect(haiPhong.map((s) => [s.indexCode, s.year, s.value, s.rank, s.of])).toEqual([
      ['PAR_INDEX', 2023, 91.87, 2, 63],
      ['PAR_INDEX', 2024, 96.17, 1, 63],
      ['PCI', 2024, 74.84, 1, 63],
      ['SIPAS', 2024, 90.59, 1, 63],
    ]);
    expect(haiPhong.every((s) => s.source.includes('par-methodology.md'))).toBe(true);
  });

  it('shows a merged province its predecessors’ standings under their own names', async () => {
    // Hải Dương ('30') merged into Hải Phòng on 2025-07-01: its figures stay Hải Dương's.
    const rows = `${HEADER}\n30,PAR_INDEX,2024,88.1,30,63,B,test source\n`;
    expect((await upload(admin, rows)).json()).toEqual({ saved: 1 });
    const haiPhong = await timeline('31');
    expect(haiPhong.find((s) => s.unit.code === '30')).toMatchObject({ indexCode: 'PAR_INDEX', year: 2024, rank: 30, of: 63, band: 'B' });
  });

  it('imports all rows or none, naming the line and field; a rank always comes with its N', async () => {
    const res = await upload(admin, `${HEADER}\nH99,PAR_INDEX,2025,85.78,29,63,B,Báo cáo\nH99,PARINDEX,2025,1,,,,x\nH99,PCI,2025,abc,70,,,\nH99,SIPAS,2025,80,70,63,,x\n`);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([
      { line: 3, field: 'index_code', code: 'unknown_index', value: 'PARINDEX' },
      { line: 4, field: 'value', code: 'not_a_number', value: 'abc' },
      { line: 4, field: 'of', code: 'required', value: '' },
      { line: 4, field: 'source', code: 'required', value: '' },
      { line: 5, field: 'rank', code: 'rank_above_of', value: '70' },
    ]);
    expect(await timeline('H99')).toEqual([]);
    expect((await upload(admin, `${HEADER}\nH99,PAR_INDEX,2025,85.78,29,63,B,Báo cáo tỉnh\n`)).json()).toEqual({ saved: 1 });
    expect((await timeline('H99', await signIn(h.app, 'leader')))[0]).toMatchObject({ value: 85.78, rank: 29, of: 63 });
  });

  it('lets a manager import only for units in scope', async () => {
    const secretariat = await signIn(h.app, 'secretariat');
    const res = await upload(secretariat, `${HEADER}\n31,PCI,2025,70,3,34,,x\n`);
    expect(res.json().details.errors).toEqual([{ line: 2, field: 'unit_code', code: 'unit_out_of_scope', value: '31' }]);
    expect((await h.app.inject({ method: 'GET', url: '/api/standings?unit=31', headers: as(await signIn(h.app, 'commune')) })).statusCode).toBe(403);
    const index = { names: { vi: 'Chỉ số chuyển đổi số', en: 'Digital transformation index' }, scale: '1000' };
    expect((await h.app.inject({ method: 'PUT', url: '/api/external-indices/DTI', headers: as(secretariat), payload: index })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'PUT', url: '/api/external-indices/DTI', headers: as(admin), payload: index })).json()).toEqual({ code: 'DTI', ...index, components: [] });
  });

  it('takes a standing typed in by a manager of the unit, shows it in the timeline, audits it and removes it', async () => {
    const secretariat = await signIn(h.app, 'secretariat');
    const pci = { unitCode: 'H99', indexCode: 'PCI', year: 2025, value: 71.25, rank: 5, of: 34, band: 'A', source: 'Báo cáo PCI 2025' };
    const saved = await typeIn(secretariat, pci);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ ...pci, comparisonSet: 'nation', components: [] });
    expect((await timeline('H99')).find((s) => s.indexCode === 'PCI')).toEqual({ unit: expect.objectContaining({ code: 'H99' }), indexCode: 'PCI', year: 2025, comparisonSet: 'nation', value: 71.25, rank: 5, of: 34, band: 'A', source: 'Báo cáo PCI 2025', components: [], change: null });
    // the same unit, index and year again: the figure is corrected, not doubled
    expect((await typeIn(secretariat, { ...pci, value: 72.5, band: '' })).statusCode).toBe(200);
    expect((await timeline('H99')).filter((s) => s.indexCode === 'PCI').map((s) => [s.value, s.band])).toEqual([[72.5, null]]);
    const saves = (await audit()).filter((e) => e.action === 'standing.save' && e.entityId === 'H99/PCI/2025');
    expect(saves).toHaveLength(2);
    expect(saves[0]).toMatchObject({ actor: 'user:secretariat', before: expect.objectContaining({ value: 71.25, band: 'A' }), after: expect.objectContaining({ value: 72.5, band: null }) });

    const removed = await remove(secretariat, 'unitCode=H99&indexCode=PCI&year=2025');
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await timeline('H99')).some((s) => s.indexCode === 'PCI')).toBe(false);
    expect((await remove(secretariat, 'unitCode=H99&indexCode=PCI&year=2025')).statusCode).toBe(404);
    expect((await audit()).find((e) => e.action === 'standing.delete')).toMatchObject({ entityId: 'H99/PCI/2025', before: expect.objectContaining({ value: 72.5, rank: 5, of: 34 }) });
  });

  it('refuses a typed-in rank without its N, above its N, or on an unknown index, naming the field', async () => {
    const base = { unitCode: 'H99', indexCode: 'SIPAS', year: 2025, value: 80, rank: 5, of: 34, band: null, source: 'x' };
    const fieldsOf = async (payload: Record<string, unknown>) => {
      const res = await typeIn(admin, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe('validation_failed');
      const details = res.json().details as { fields: { field: string; message: string }[] };
      return details.fields.map((f) => [f.field, f.message]);
    };
    expect(await fieldsOf({ ...base, of: null })).toEqual([['body.of', 'rank_needs_of']]);
    expect(await fieldsOf({ ...base, rank: 40 })).toEqual([['body.rank', 'rank_above_of']]);
    expect(await fieldsOf({ ...base, source: ' ' })).toEqual([['body.source', expect.any(String)]]);
    expect(await fieldsOf({ ...base, indexCode: 'NO_SUCH' })).toEqual([['indexCode', 'unknown']]);
    expect((await timeline('H99')).some((s) => s.indexCode === 'SIPAS' && s.year === 2025)).toBe(false);
    // a value without a rank is a figure of its own (e.g. GRDP growth)
    expect((await typeIn(admin, { ...base, indexCode: 'GRDP_GROWTH', value: 7.2, rank: null, of: null })).statusCode).toBe(200);
  });

  it('lets only managers of the unit type in or remove a standing', async () => {
    const secretariat = await signIn(h.app, 'secretariat');
    const commune = await signIn(h.app, 'commune');
    const pci = { unitCode: '31', indexCode: 'PCI', year: 2025, value: 70, rank: 3, of: 34, band: null, source: 'x' };
    expect((await typeIn(secretariat, pci)).statusCode).toBe(403);
    expect((await typeIn(commune, { ...pci, unitCode: 'H99' })).statusCode).toBe(403);
    expect((await remove(secretariat, 'unitCode=31&indexCode=PCI&year=2024')).statusCode).toBe(403);
    expect((await timeline('31')).find((s) => s.indexCode === 'PCI' && s.year === 2024)).toMatchObject({ value: 74.84 });
    expect((await typeIn(admin, { ...pci, unitCode: 'NO-SUCH-UNIT' })).statusCode).toBe(404);
  });

  it('removes a predecessor’s wrong entry by the code it was published under', async () => {
    expect((await upload(admin, `${HEADER}\n30,PCI,2023,60,40,63,,test source\n`)).json()).toEqual({ saved: 1 });
    expect((await timeline('31')).some((s) => s.unit.code === '30' && s.indexCode === 'PCI')).toBe(true);
    expect((await remove(admin, 'unitCode=30&indexCode=PCI&year=2023')).statusCode).toBe(200);
    expect((await timeline('31')).some((s) => s.unit.code === '30' && s.indexCode === 'PCI')).toBe(false);
  });
});
