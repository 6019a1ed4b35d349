import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Procedure } from '../../src/shared/contracts/dossiers.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'code,name,field,level,statutory_days,fee_required,online_level,name_en';

describeOnEachEngine('procedure catalogue', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  const upload = (s: Session, csv: string) => {
    const body = multipartBody({}, [{ name: 'procedures.csv', content: csv }]);
    return h.app.inject({ method: 'POST', url: '/api/procedures/import', payload: body.payload, headers: { ...as(s), ...body.headers } });
  };

  it('imports nothing from a file with a bad row, naming the line and field', async () => {
    const res = await upload(admin, `${HEADER}\n2.000815,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,15,có,full,Construction permit\n1.001234,Đăng ký khai sinh,Hộ tịch,Cấp xã,1x,không,half,\n`);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([
      { line: 3, field: 'statutory_days', code: 'not_a_whole_number', value: '1x' },
      { line: 3, field: 'online_level', code: 'unknown_online_level', value: 'half' },
    ]);
    expect(((await h.app.inject({ method: 'GET', url: '/api/procedures', headers: as(admin) })).json() as { procedures: Procedure[] }).procedures).toEqual([]);
  });

  it('imports, then updates by code', async () => {
    const first = await upload(admin, `${HEADER}\n2.000815,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,15,có,full,Construction permit\n1.001234,Đăng ký khai sinh,Hộ tịch,Cấp xã,,không,partial,\n`);
    expect(first.json()).toEqual({ created: 2, updated: 0 });
    const again = await upload(admin, `${HEADER}\n2.000815,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,20,có,full,Construction permit\n`);
    expect(again.json()).toEqual({ created: 0, updated: 1 });
    const list = ((await h.app.inject({ method: 'GET', url: '/api/procedures', headers: as(admin) })).json() as { procedures: Procedure[] }).procedures;
    expect(list).toEqual([
      { code: '1.001234', names: { vi: 'Đăng ký khai sinh' }, field: 'Hộ tịch', fieldNames: { vi: 'Hộ tịch' }, level: 'Cấp xã', statutoryDays: null, feeRequired: false, onlineLevel: 'partial' },
      { code: '2.000815', names: { vi: 'Cấp giấy phép xây dựng', en: 'Construction permit' }, field: 'Xây dựng', fieldNames: { vi: 'Xây dựng' }, level: 'Cấp tỉnh', statutoryDays: 20, feeRequired: true, onlineLevel: 'full' },
    ]);
  });

  it('reads names and fields in other languages from name_<locale> and field_<locale>', async () => {
    const csv = 'code,name,field,level,statutory_days,fee_required,online_level,name_lo,field_lo,field_en\n1.003062,Đăng ký thường trú,Cư trú,Cấp xã,7,có,full,ການຈົດທະບຽນທີ່ຢູ່ຖາວອນ,ການພັກເຊົາ,Residence\n';
    expect((await upload(admin, csv)).json()).toEqual({ created: 1, updated: 0 });
    const list = ((await h.app.inject({ method: 'GET', url: '/api/procedures', headers: as(admin) })).json() as { procedures: Procedure[] }).procedures;
    expect(list.find((p) => p.code === '1.003062')).toMatchObject({
      names: { vi: 'Đăng ký thường trú', lo: 'ການຈົດທະບຽນທີ່ຢູ່ຖາວອນ' },
      field: 'Cư trú',
      fieldNames: { vi: 'Cư trú', lo: 'ການພັກເຊົາ', en: 'Residence' },
    });
  });

  it('lets only a system-wide manager replace the catalogue', async () => {
    const secretariat = await signIn(h.app, 'secretariat');
    const res = await upload(secretariat, `${HEADER}\n9.9,X,,,,,none,\n`);
    expect(res.statusCode).toBe(403);
    const commune = await signIn(h.app, 'commune');
    expect((await h.app.inject({ method: 'GET', url: '/api/procedures', headers: as(commune) })).statusCode).toBe(200);
  });
});
