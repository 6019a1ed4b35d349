import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StandingsTimeline } from '../../src/shared/contracts/frameworks.ts';
import { ENGINES } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'unit_code,index_code,year,value,rank,of,band,source';

describe.each(ENGINES)('external standings on %s', (engine) => {
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
    expect((await h.app.inject({ method: 'PUT', url: '/api/external-indices/DTI', headers: as(admin), payload: index })).json()).toEqual({ code: 'DTI', ...index });
  });
});
