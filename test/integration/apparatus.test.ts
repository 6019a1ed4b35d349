import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ApparatusReport } from '../../src/shared/contracts/apparatus.ts';
import { seed } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { readDocx } from '../support/docx.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

// Day A and day B of the report; the tree below changes before, on and after each.
const A = '2025-12-31';
const B = '2026-06-30';
const names = (lo: string, en: string) => ({ lo, en });

describeOnEachEngine('the apparatus over time', (engine) => {
  let h: Harness;
  let admin: Session;
  let moesViewer: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    await seed(h.services, 'laos');
    const u = h.services.units;
    const create = (code: string, kind: string, parentCode: string, validFrom: string, n: { lo: string; en: string }) => u.create(SYSTEM_ACTOR, { code, kind, names: n, parentCode, validFrom, groups: [] });
    // Before A: four departments of the Ministry of Education and Sports (one with a division), a provincial department and a district of Vientiane Capital.
    await create('LA-MOES.D01', 'la_department', 'LA-MOES', '2024-01-01', names('ກົມສາມັນສຶກສາ', 'Department of General Education'));
    await create('LA-MOES.D02', 'la_department', 'LA-MOES', '2024-01-01', names('ກົມອະນຸບານ', 'Department of Pre-school Education'));
    await create('LA-MOES.D03', 'la_department', 'LA-MOES', '2024-01-01', names('ກົມກິລາ', 'Department of Sports'));
    await create('LA-MOES.D04', 'la_department', 'LA-MOES', '2024-01-01', names('ກົມຈັດຕັ້ງ', 'Department of Organisation'));
    await create('LA-MOES.D01.V1', 'la_division', 'LA-MOES.D01', '2024-01-01', names('ພະແນກຫຼັກສູດ', 'Curriculum Division'));
    await create('LA-VT.D01', 'la_provincial_department', 'LA-VT', '2024-01-01', names('ພະແນກສຶກສາທິການ ແລະ ກິລາ', 'Education and Sports Department'));
    await create('LA-VT.M01', 'la_district', 'LA-VT', '2024-01-01', names('ເມືອງຈັນທະບູລີ', 'Chanthabouly District'));
    // On A itself: counted on A, not listed as a change.
    await create('LA-VT.D00', 'la_provincial_department', 'LA-VT', A, names('ພະແນກທົດລອງ', 'Trial Department'));
    // Between A and B: a merger (the division moves with it), a split, a creation and a closure; a rename on B itself.
    await u.merge(SYSTEM_ACTOR, { effectiveDate: '2026-02-01', fromCodes: ['LA-MOES.D01', 'LA-MOES.D02'], into: { code: 'LA-MOES.D12', kind: 'la_department', names: names('ກົມສຶກສາ', 'Department of Education'), parentCode: 'LA-MOES', groups: [] } });
    await u.split(SYSTEM_ACTOR, {
      effectiveDate: '2026-03-01',
      fromCode: 'LA-MOES.D03',
      sourceContinues: false,
      into: [
        { code: 'LA-MOES.D03A', kind: 'la_department', names: names('ກົມກິລາມວນຊົນ', 'Department of Mass Sports'), parentCode: 'LA-MOES', groups: [] },
        { code: 'LA-MOES.D03B', kind: 'la_department', names: names('ກົມກິລາລະດັບສູງ', 'Department of Elite Sports'), parentCode: 'LA-MOES', groups: [] },
      ],
    });
    await create('LA-VT.D02', 'la_provincial_department', 'LA-VT', '2026-04-01', names('ພະແນກພາຍໃນ', 'Home Affairs Department'));
    await u.change(SYSTEM_ACTOR, 'LA-VT.M01', { kind: 'close', effectiveDate: '2026-05-01' });
    await u.change(SYSTEM_ACTOR, 'LA-MOES.D04', { kind: 'rename', effectiveDate: B, names: names('ກົມຈັດຕັ້ງ ແລະ ພະນັກງານ', 'Department of Organisation and Personnel') });
    // After B: not listed, and the unit still counts on B.
    await u.change(SYSTEM_ACTOR, 'LA-VT.D00', { kind: 'close', effectiveDate: '2026-07-01' });

    admin = await signIn(h.app, 'admin');
    const created = await h.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { username: 'moes-viewer', displayName: 'MOES', password: 'password-123', grants: [{ role: 'viewer', unitCode: 'LA-MOES' }] } });
    expect(created.statusCode, created.body).toBe(200);
    moesViewer = await signIn(h.app, 'moes-viewer', 'password-123');
  });
  afterAll(() => h.close());

  const get = (url: string, s: Session = admin) => h.app.inject({ method: 'GET', url, headers: as(s) });
  const report = async (unit: string, s: Session = admin) => {
    const res = await get(`/api/units/apparatus?unit=${unit}&from=${A}&to=${B}`, s);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ApparatusReport;
  };

  it('counts the Lao tree on both days by tier and kind', async () => {
    const r = await report('LA');
    expect(r.total).toEqual({ atFrom: 46, atTo: 46 });
    expect(r.tiers).toEqual([
      { tier: 'ministry', atFrom: 20, atTo: 20 },
      { tier: 'province', atFrom: 18, atTo: 18 },
      { tier: 'department', atFrom: 6, atTo: 7 },
      { tier: 'district', atFrom: 1, atTo: 0 },
      { tier: 'division', atFrom: 1, atTo: 1 },
    ]);
    expect(r.kinds.map((k) => [k.kind, k.atFrom, k.atTo])).toEqual([
      ['la_ministry', 17, 17],
      ['la_ministry_level', 3, 3],
      ['la_capital', 1, 1],
      ['la_province', 17, 17],
      ['la_department', 4, 4],
      ['la_provincial_department', 2, 3],
      ['la_district', 1, 0],
      ['la_division', 1, 1],
    ]);
  });

  it('counts per sector: the ministry, then the capital', async () => {
    const r = await report('LA');
    expect(r.sectors.map((s) => [s.unit.code, s.atFrom, s.atTo, s.tiers.map((t) => [t.tier, t.atFrom, t.atTo])])).toEqual([
      ['LA-MOES', 5, 5, [['department', 4, 4], ['division', 1, 1]]],
      ['LA-VT', 3, 3, [['department', 2, 3], ['district', 1, 0]]],
    ]);
  });

  it('lists the changes after A up to and including B, with the units from and to', async () => {
    const r = await report('LA');
    expect(r.changes.map((c) => [c.effectiveDate, c.kind, c.from.map((u) => u.code), c.to.map((u) => u.code)])).toEqual([
      ['2026-02-01', 'move', ['LA-MOES.D01.V1'], ['LA-MOES.D01.V1']],
      ['2026-02-01', 'merge', ['LA-MOES.D01', 'LA-MOES.D02'], ['LA-MOES.D12']],
      ['2026-03-01', 'split', ['LA-MOES.D03'], ['LA-MOES.D03A', 'LA-MOES.D03B']],
      ['2026-04-01', 'create', [], ['LA-VT.D02']],
      ['2026-05-01', 'close', ['LA-VT.M01'], []],
      [B, 'rename', ['LA-MOES.D04'], ['LA-MOES.D04']],
    ]);
    expect(r.changeCounts).toEqual({ merge: 1, split: 1, create: 1, close: 1, rename: 1, move: 1, reclassify: 0 });
    expect(r.changes[1]!.from[0]!.names.lo).toBe('ກົມສາມັນສຶກສາ');
  });

  it('reads a ministry as its own sector, for a reader granted there', async () => {
    const r = await report('LA-MOES', moesViewer);
    expect(r.total).toEqual({ atFrom: 5, atTo: 5 });
    expect(r.sectors.map((s) => [s.unit.code, s.atFrom, s.atTo])).toEqual([['LA-MOES', 5, 5]]);
    expect(r.changes.map((c) => c.kind)).toEqual(['move', 'merge', 'split', 'rename']);
  });

  it('refuses a reader granted elsewhere, in JSON and in both files', async () => {
    for (const path of ['apparatus', 'apparatus.xlsx', 'apparatus.docx']) {
      const res = await get(`/api/units/${path}?unit=LA&from=${A}&to=${B}`, moesViewer);
      expect(res.statusCode, path).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    const commune = await signIn(h.app, 'commune');
    expect((await get(`/api/units/apparatus?unit=LA-MOES&from=${A}&to=${B}`, commune)).statusCode).toBe(403);
  });

  it('refuses B before A and an unknown unit', async () => {
    const reversed = await get(`/api/units/apparatus?unit=LA&from=${B}&to=${A}`);
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().code).toBe('validation_failed');
    expect((await get(`/api/units/apparatus?unit=NOPE&from=${A}&to=${B}`)).json().code).toBe('unit_not_found');
  });

  it('writes the XLSX in Lao: three sheets, Lao headings, kinds and unit names, the scope and both dates on top', async () => {
    const res = await get(`/api/units/apparatus.xlsx?unit=LA&from=${A}&to=${B}&locale=lo`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="apparatus-LA-${A}-${B}.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['ຕາມປະເພດ', 'ຕາມຂະແໜງການ', 'ການປ່ຽນແປງ']);
    const rows = (i: number) => book.worksheets[i]!.getSheetValues().filter(Boolean).map((r) => Array.from((r as unknown[]).slice(1), (v) => v ?? null));
    const [kinds, sectors, changes] = [rows(0), rows(1), rows(2)];
    // The title block (merged across the table): the title, the scope with both dates, the day of the export.
    expect(kinds[0]![0]).toBe('ກົງຈັກການຈັດຕັ້ງຂອງ ສປປ ລາວ ແຕ່ວັນທີ 31/12/2025 ຫາ 30/06/2026');
    expect(kinds[1]![0]).toBe('ສປປ ລາວ: ການຈັດຕັ້ງທີ່ຂຶ້ນກັບ ນັບຮອດວັນທີ 31/12/2025 ແລະ ວັນທີ 30/06/2026.');
    expect(kinds[2]![0]).toMatch(/^ວັນທີສ້າງ: \d\d\/\d\d\/\d{4}$/);
    expect(kinds.slice(4)).toEqual([
      ['ຂັ້ນ', 'ປະເພດ', 'ນັບຮອດວັນທີ 31/12/2025', 'ນັບຮອດວັນທີ 30/06/2026', 'ເພີ່ມ/ຫຼຸດ'],
      ['ຂັ້ນກະຊວງ', null, 20, 20, 0],
      [null, 'ກະຊວງ', 17, 17, 0],
      [null, 'ອົງການທຽບເທົ່າກະຊວງ', 3, 3, 0],
      ['ຂັ້ນແຂວງ', null, 18, 18, 0],
      [null, 'ນະຄອນຫຼວງ', 1, 1, 0],
      [null, 'ແຂວງ', 17, 17, 0],
      ['ຂັ້ນພະແນກ', null, 6, 7, 1],
      [null, 'ກົມ', 4, 4, 0],
      [null, 'ພະແນກການແຂວງ', 2, 3, 1],
      ['ຂັ້ນເມືອງ', null, 1, 0, -1],
      [null, 'ເມືອງ', 1, 0, -1],
      ['ພາກສ່ວນພາຍໃນ', null, 1, 1, 0],
      [null, 'ພະແນກ', 1, 1, 0],
      ['ລວມທັງໝົດ', null, 46, 46, 0],
    ]);
    // By sector: a pair of columns per tier under the tier's name, then the totals.
    expect(sectors.slice(4)).toEqual([
      ['ຂະແໜງການ', 'ປະເພດ', 'ຂັ້ນພະແນກ', 'ຂັ້ນພະແນກ', 'ຂັ້ນເມືອງ', 'ຂັ້ນເມືອງ', 'ພາກສ່ວນພາຍໃນ', 'ພາກສ່ວນພາຍໃນ', 'ລວມທັງໝົດ', 'ລວມທັງໝົດ', 'ເພີ່ມ/ຫຼຸດ'],
      ['ຂະແໜງການ', 'ປະເພດ', ...Array(4).fill(['ນັບຮອດວັນທີ 31/12/2025', 'ນັບຮອດວັນທີ 30/06/2026']).flat(), 'ເພີ່ມ/ຫຼຸດ'],
      ['ກະຊວງສຶກສາທິການ ແລະ ກິລາ', 'ກະຊວງ', 4, 4, 0, 0, 1, 1, 5, 5, 0],
      ['ນະຄອນຫຼວງວຽງຈັນ', 'ນະຄອນຫຼວງ', 2, 3, 1, 0, 0, 0, 3, 3, 0],
      ['ລວມທັງໝົດ', null, 6, 7, 1, 0, 1, 1, 8, 8, 0],
    ]);
    // The changes: real dates, the event in Lao, the units by their Lao names (a rename from the old name to the new).
    expect(changes[3]![0]).toBe('ຫຼັງວັນທີ 31/12/2025 ຫາ 30/06/2026: ລວມ 1 ຄັ້ງ, ແຍກ 1 ຄັ້ງ, ສ້າງຕັ້ງໃໝ່ 1, ຍຸບເລີກ 1, ປ່ຽນຊື່ 1, ຍ້າຍ 1, ປ່ຽນປະເພດ 0.');
    expect(changes.slice(6).map((r) => [(r[0] as Date).toISOString().slice(0, 10), ...r.slice(1, 4)])).toEqual([
      ['2026-02-01', 'ຍົກຍ້າຍການຂຶ້ນກັບ', 'ພະແນກຫຼັກສູດ', 'ພະແນກຫຼັກສູດ'],
      ['2026-02-01', 'ໂຮມ', 'ກົມສາມັນສຶກສາ; ກົມອະນຸບານ', 'ກົມສຶກສາ'],
      ['2026-03-01', 'ແຍກ', 'ກົມກິລາ', 'ກົມກິລາມວນຊົນ; ກົມກິລາລະດັບສູງ'],
      ['2026-04-01', 'ສ້າງຕັ້ງ', null, 'ພະແນກພາຍໃນ'],
      ['2026-05-01', 'ຍຸບເລີກ', 'ເມືອງຈັນທະບູລີ'], // nothing after it: the row ends there
      ['2026-06-30', 'ປ່ຽນຊື່', 'ກົມຈັດຕັ້ງ', 'ກົມຈັດຕັ້ງ ແລະ ພະນັກງານ'],
    ]);
  });

  it('writes the DOCX in Lao under the Lao national header, with the tables and Lao unit names', async () => {
    const res = await get(`/api/units/apparatus.docx?unit=LA&from=${A}&to=${B}&locale=lo`);
    expect(res.statusCode, res.body).toBe(200);
    const doc = await readDocx(res.rawPayload);
    expect(doc.paragraphs).toContain('ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ');
    expect(doc.paragraphs).toContain('ກົງຈັກການຈັດຕັ້ງຂອງ ສປປ ລາວ ແຕ່ວັນທີ 31/12/2025 ຫາ 30/06/2026');
    expect(doc.paragraphs).toContain('46 ການຈັດຕັ້ງ ນັບຮອດວັນທີ 31/12/2025, 46 ນັບຮອດວັນທີ 30/06/2026 (0).');
    // The letterhead's table first, the signature's last: the three tables of the report between.
    const [kinds, sectors, changes] = doc.tables.slice(1, 4);
    expect(kinds![0]).toEqual(['ຂັ້ນ', 'ປະເພດ', 'ນັບຮອດວັນທີ 31/12/2025', 'ນັບຮອດວັນທີ 30/06/2026', 'ເພີ່ມ/ຫຼຸດ']);
    expect(kinds).toContainEqual(['', 'ພະແນກການແຂວງ', '2', '3', '+1']);
    expect(sectors!.slice(1)).toEqual([
      ['ກະຊວງສຶກສາທິການ ແລະ ກິລາ', '5', '5', '0'],
      ['ນະຄອນຫຼວງວຽງຈັນ', '3', '3', '0'],
    ]);
    expect(changes![0]).toEqual(['ວັນທີ', 'ການປ່ຽນແປງ', 'ຈາກ', 'ເປັນ']);
    expect(changes![2]).toEqual(['01/02/2026', 'ໂຮມ', 'ກົມສາມັນສຶກສາ; ກົມອະນຸບານ', 'ກົມສຶກສາ']);
    expect(changes!.at(-1)).toEqual(['30/06/2026', 'ປ່ຽນຊື່', 'ກົມຈັດຕັ້ງ', 'ກົມຈັດຕັ້ງ ແລະ ພະນັກງານ']);
  });
});
