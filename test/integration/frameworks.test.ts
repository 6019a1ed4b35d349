import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FrameworkSummary, FrameworkVersion } from '../../src/shared/contracts/frameworks.ts';
import { flattenFramework } from '../../src/shared/domain/framework-tree.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

describeOnEachEngine('index frameworks', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());
  const get = async <T>(url: string, s = admin) => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  it('ships the three templates, the ministry one with 7 areas, 38 criteria and 97 sub-criteria', async () => {
    const list = (await get<{ frameworks: FrameworkSummary[] }>('/api/frameworks', await signIn(h.app, 'commune'))).frameworks;
    expect(list.map((f) => [f.code, f.version, f.total, f.example])).toEqual([
      ['INTERNAL-DEPARTMENT-EXAMPLE', 1, 100, true],
      ['PAR-INDEX-MINISTRY-876', 1, 100, false],
      ['PAR-INDEX-PROVINCE-876', 1, 100, false],
    ]);
    const ministry = (await get<FrameworkVersion>('/api/frameworks/PAR-INDEX-MINISTRY-876')).framework;
    const depths = flattenFramework(ministry).map((n) => n.depth);
    expect([0, 1, 2].map((d) => depths.filter((x) => x === d).length)).toEqual([7, 38, 97]);
  });

  it('exports and re-imports a version unchanged, and refuses an inconsistent one naming the node', async () => {
    const { framework } = await get<FrameworkVersion>('/api/frameworks/INTERNAL-DEPARTMENT-EXAMPLE');
    const put = (body: object, s = admin) => h.app.inject({ method: 'PUT', url: `/api/frameworks/${framework.code}`, headers: as(s), payload: body });
    expect((await put(framework)).json()).toMatchObject({ code: framework.code, version: 1, frozen: false });
    expect((await get<FrameworkVersion>('/api/frameworks/INTERNAL-DEPARTMENT-EXAMPLE')).framework).toEqual(framework);
    const broken = structuredClone(framework);
    broken.areas[0]!.max += 1;
    const res = await put(broken);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.problems).toContainEqual({ code: broken.areas[0]!.code, problem: 'children_below_max' });
    expect((await put(framework, await signIn(h.app, 'secretariat'))).statusCode).toBe(403);
  });

  it('exports a version to Excel and imports it back unchanged; a broken row is named by line', async () => {
    const { framework } = await get<FrameworkVersion>('/api/frameworks/PAR-INDEX-MINISTRY-876');
    const xlsx = await h.app.inject({ method: 'GET', url: '/api/frameworks/PAR-INDEX-MINISTRY-876/export.xlsx', headers: as(admin) });
    expect(xlsx.statusCode).toBe(200);
    const upload = (name: string, content: Buffer) => {
      const body = multipartBody({}, [{ name, content }]);
      return h.app.inject({ method: 'POST', url: '/api/frameworks/import', payload: body.payload, headers: { ...as(admin), ...body.headers } });
    };
    // Re-imported under another code, it is the same tree.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    book.getWorksheet('framework')!.getRow(2).getCell(2).value = 'MINISTRY-COPY';
    const copy = Buffer.from(await book.xlsx.writeBuffer());
    expect((await upload('ministry.xlsx', copy)).json()).toMatchObject({ code: 'MINISTRY-COPY', version: 1 });
    expect((await get<FrameworkVersion>('/api/frameworks/MINISTRY-COPY')).framework).toEqual({ ...framework, code: 'MINISTRY-COPY' });
    book.getWorksheet('nodes')!.getRow(3).getCell(2).value = 'no.such.parent';
    const bad = await upload('ministry.xlsx', Buffer.from(await book.xlsx.writeBuffer()));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().details.errors).toEqual([{ line: 3, field: 'parent_key', code: 'unknown_parent', value: 'no.such.parent' }]);
    expect((await upload('ministry.json', Buffer.from(JSON.stringify({ ...framework, code: 'MINISTRY-JSON' })))).json()).toMatchObject({ code: 'MINISTRY-JSON' });
  });

  it("copies the latest version into next year's, keeping the keys", async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/frameworks/PAR-INDEX-PROVINCE-876/versions', headers: as(admin), payload: { year: 2027 } });
    expect(res.json()).toMatchObject({ version: 2, year: 2027, frozen: false });
    const [v1, v2] = [await get<FrameworkVersion>('/api/frameworks/PAR-INDEX-PROVINCE-876?version=1'), await get<FrameworkVersion>('/api/frameworks/PAR-INDEX-PROVINCE-876')];
    expect(flattenFramework(v2.framework).map((n) => n.node.key)).toEqual(flattenFramework(v1.framework).map((n) => n.node.key));
    expect(v2.version).toBe(2);
  });

  it("lets a province's secretariat own and edit its internal index, never a shared framework", async () => {
    const secretariat = await signIn(h.app, 'secretariat');
    const { framework } = await get<FrameworkVersion>('/api/frameworks/INTERNAL-DEPARTMENT-EXAMPLE', secretariat);
    const put = (code: string, body: object, s: Session, owner?: string) =>
      h.app.inject({ method: 'PUT', url: `/api/frameworks/${code}${owner ? `?owner=${owner}` : ''}`, headers: as(s), payload: { ...body, code } });
    expect((await put('H99-NOI-BO', framework, secretariat)).statusCode).toBe(403); // a new shared framework: system-wide only
    const created = await put('H99-NOI-BO', { ...framework, example: false }, secretariat, 'H99');
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json()).toMatchObject({ code: 'H99-NOI-BO', version: 1, example: false, owner: { code: 'H99' } });
    // Saved again without naming the owner, it keeps it; next year's copy too.
    const renamed = { ...framework, example: false, names: { vi: 'Chỉ số CCHC các sở tỉnh Sơn Hà' } };
    expect((await put('H99-NOI-BO', renamed, secretariat)).json()).toMatchObject({ version: 1, names: { vi: 'Chỉ số CCHC các sở tỉnh Sơn Hà' }, owner: { code: 'H99' } });
    const next = await h.app.inject({ method: 'POST', url: '/api/frameworks/H99-NOI-BO/versions', headers: as(secretariat), payload: { year: 2027 } });
    expect(next.json()).toMatchObject({ version: 2, owner: { code: 'H99' } });
    expect((await get<FrameworkVersion>('/api/frameworks/H99-NOI-BO', await signIn(h.app, 'commune'))).owner).toMatchObject({ code: 'H99' });
    // An officer of a department reads it but cannot change it.
    expect((await put('H99-NOI-BO', renamed, await signIn(h.app, 'department'))).statusCode).toBe(403);
    const audit = (await h.services.database.db.execute(sql`select action, after from audit_log where entity = 'framework' and entity_id = 'H99-NOI-BO@1' order by id`)) as unknown as { rows: { action: string; after: { ownerUnitId: number | null } }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(['framework.create', 'framework.replace']);
    expect(audit.rows[0]!.after.ownerUnitId).toBe(await h.services.units.idOf('H99'));
  });
});
