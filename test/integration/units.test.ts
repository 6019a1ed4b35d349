import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UnitDetail, UnitHistory, UnitListResponse, UnitSummary } from '../../src/shared/contracts/units.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { multipartBody } from '../support/multipart.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

describeOnEachEngine('units', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, vietnam: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  const get = async <T>(url: string, s: Session = admin) => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const post = (url: string, payload: unknown, s: Session = admin) => h.app.inject({ method: 'POST', url, payload: payload as object, headers: as(s) });

  it('lists 63 provincial units on 2025-06-30 and 34 on 2025-07-01 (cities counted with provinces)', async () => {
    const before = await get<UnitListResponse>('/api/units?asOf=2025-06-30&kind=province');
    const after = await get<UnitListResponse>('/api/units?asOf=2025-07-01&kind=province');
    expect(before.units.filter((u) => u.parentCode === 'VN')).toHaveLength(63);
    expect(after.units.filter((u) => u.parentCode === 'VN')).toHaveLength(34);
    expect(before.units.filter((u) => u.kind === 'city').map((u) => u.code).sort()).toEqual(['01', '31', '46', '48', '79', '92']); // Huế became a city on 2025-01-01
  });

  it('shows Hải Dương merged into Hải Phòng on 2025-07-01, and Hải Phòng its predecessor', async () => {
    const hd = await get<UnitHistory>('/api/units/30/history');
    expect(hd.versions.at(-1)!.validTo).toBe('2025-06-30');
    const merge = hd.events.find((e) => e.kind === 'merge')!;
    expect(merge.effectiveDate).toBe('2025-07-01');
    expect(merge.to.map((u) => u.code)).toEqual(['31']);
    expect(hd.successors.map((u) => u.code)).toEqual(['31']);
    const hp = await get<UnitHistory>('/api/units/31/history');
    expect(hp.predecessors.map((u) => u.code)).toEqual(['30']);
  });

  it('keeps the demo province dated: 10 districts before 1 July 2025, none after', async () => {
    const before = await get<UnitListResponse>('/api/units?asOf=2025-06-30&kind=district');
    const after = await get<UnitListResponse>('/api/units?asOf=2025-07-01&kind=district');
    expect(before.units.filter((u) => u.code.startsWith('H99'))).toHaveLength(10);
    expect(after.units.filter((u) => u.code.startsWith('H99'))).toHaveLength(0);
    const communes = await get<UnitListResponse>('/api/units?asOf=2026-01-01&kind=commune&parent=H99');
    expect(communes.units.length).toBeGreaterThan(10);
  });

  it('renames by opening a new version and never overwrites the old one', async () => {
    const created = await post('/api/units', { code: 'T1', kind: 'department', names: { vi: 'Sở Thử', en: 'Test Dept' }, parentCode: 'H99', validFrom: '2020-01-01', groups: ['provincial_departments'] });
    expect(created.statusCode, created.body).toBe(200);
    const renamed = await post('/api/units/T1/changes', { kind: 'rename', effectiveDate: '2024-01-01', names: { vi: 'Sở Thử Mới' } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const history = await get<UnitHistory>('/api/units/T1/history');
    expect(history.versions.map((v) => [v.validFrom, v.validTo, v.names.vi])).toEqual([
      ['2020-01-01', '2023-12-31', 'Sở Thử'],
      ['2024-01-01', null, 'Sở Thử Mới'],
    ]);
    expect(history.events.map((e) => e.kind)).toEqual(['create', 'rename']);
    const old = await get<UnitDetail>('/api/units/T1?asOf=2022-06-01');
    expect(old.unit.names.vi).toBe('Sở Thử');
    expect(old.ancestors.map((a) => a.code)).toEqual(['H99']);
  });

  it('refuses a change dated before the current version, and a move under its own descendant', async () => {
    await post('/api/units', { code: 'T2', kind: 'division', names: { vi: 'Phòng Thử' }, parentCode: 'T1', validFrom: '2021-01-01' });
    const early = await post('/api/units/T1/changes', { kind: 'rename', effectiveDate: '2023-01-01', names: { vi: 'X' } });
    expect(early.json().code).toBe('change_before_current_version');
    const cycle = await post('/api/units/T1/changes', { kind: 'move', effectiveDate: '2025-01-01', parentCode: 'T2' });
    expect(cycle.json().code).toBe('unit_cycle');
    const history = await get<UnitHistory>('/api/units/T1/history');
    expect(history.versions).toHaveLength(2);
  });

  it('merges many into a new unit, moving their children, and splits one into many', async () => {
    await post('/api/units', { code: 'T3', kind: 'department', names: { vi: 'Sở Ba' }, parentCode: 'H99', validFrom: '2020-01-01' });
    const merged = await post('/api/units/merge', { effectiveDate: '2026-02-01', fromCodes: ['T1', 'T3'], into: { code: 'T13', kind: 'department', names: { vi: 'Sở Hợp' }, parentCode: 'H99', groups: [] } });
    expect(merged.statusCode, merged.body).toBe(200);
    const t2 = await get<UnitDetail>('/api/units/T2?asOf=2026-02-01');
    expect(t2.unit.parentCode).toBe('T13');
    expect((await get<UnitHistory>('/api/units/T13/history')).predecessors.map((u) => u.code).sort()).toEqual(['T1', 'T3']);
    expect((await h.app.inject({ method: 'GET', url: '/api/units/T1?asOf=2026-02-01', headers: as(admin) })).json().code).toBe('unit_not_valid_on_date');

    const split = await post('/api/units/split', { effectiveDate: '2026-03-01', fromCode: 'T2', into: [
      { code: 'T2A', kind: 'division', names: { vi: 'A' }, parentCode: 'T13', groups: [], share: 0.4 },
      { code: 'T2B', kind: 'division', names: { vi: 'B' }, parentCode: 'T13', groups: [], share: 0.6 },
    ] });
    expect(split.statusCode, split.body).toBe(200);
    const t2History = await get<UnitHistory>('/api/units/T2/history');
    expect(t2History.successors.map((u) => u.code).sort()).toEqual(['T2A', 'T2B']);
    expect(t2History.versions.at(-1)!.validTo).toBe('2026-02-28');
  });

  it('refuses to close a unit with open children', async () => {
    const res = await post('/api/units/T13/changes', { kind: 'close', effectiveDate: '2026-06-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('unit_has_children');
  });

  it('imports a CSV all-or-nothing, naming the bad line and field', async () => {
    const bad = 'code,parent_code,kind,name,valid_from,valid_to,name_en\nI1,H99,department,Sở Nhập,2024-01-01,,Import Dept\nI2,H99,nokind,Sở Hai,2024-13-01,,\n';
    const res = await upload('/api/units/import', 'units.csv', bad);
    expect(res.statusCode).toBe(422);
    const { errors } = res.json().details as { errors: { line: number; field: string; code: string }[] };
    expect(errors).toEqual([{ line: 3, field: 'valid_from', code: 'invalid_date', value: '2024-13-01' }]);
    expect((await h.app.inject({ method: 'GET', url: '/api/units/I1', headers: as(admin) })).statusCode).toBe(404);

    const unknownKind = await upload('/api/units/import', 'units.csv', 'code,parent_code,kind,name,valid_from,valid_to\nI1,H99,department,Sở Nhập,2024-01-01,\nI2,I1,nokind,Sở Hai,2024-02-01,\n');
    expect(unknownKind.statusCode).toBe(422);
    expect(unknownKind.json().details.errors).toEqual([{ line: 3, field: 'kind', code: 'validation_failed', value: 'nokind' }]);
    expect((await h.app.inject({ method: 'GET', url: '/api/units/I1', headers: as(admin) })).statusCode).toBe(404);

    const good = 'code,parent_code,kind,name,valid_from,valid_to,name_en\nI2,I1,division,Phòng Hai,2024-02-01,,\nI1,H99,department,Sở Nhập,2024-01-01,,Import Dept\n';
    const ok = await upload('/api/units/import', 'units.csv', good);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: 2, changed: 0, unchanged: 0 });
    const i1 = await get<UnitDetail>('/api/units/I1?asOf=2024-06-01');
    expect(i1.unit.names).toEqual({ vi: 'Sở Nhập', en: 'Import Dept' });
    expect(i1.children.map((c: UnitSummary) => c.code)).toEqual(['I2']);
  });

  it('exports as CSV and XLSX, and re-importing the export changes nothing', async () => {
    const csv = await h.app.inject({ method: 'GET', url: '/api/units/export?asOf=2026-01-01&format=csv', headers: as(admin) });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.startsWith('\uFEFFcode,parent_code,kind,name,valid_from,valid_to,name_vi')).toBe(true);
    const again = await upload('/api/units/import', 'units.csv', csv.body.replace(/^\uFEFF/, ''));
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().created + again.json().changed).toBe(0);
    const xlsx = await h.app.inject({ method: 'GET', url: '/api/units/export?asOf=2026-01-01&format=xlsx', headers: as(admin) });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const fromXlsx = await upload('/api/units/import', 'units.xlsx', xlsx.rawPayload);
    expect(fromXlsx.json()).toEqual({ created: 0, changed: 0, unchanged: again.json().unchanged });
  });

  async function upload(url: string, filename: string, content: string | Buffer) {
    const body = multipartBody({}, [{ name: filename, content }]);
    return h.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...as(admin), ...body.headers } });
  }
});
