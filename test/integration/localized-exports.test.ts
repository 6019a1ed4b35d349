import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCALES } from '../../src/shared/locales.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { DEMO_PLANS, DEMO_PROCEDURES, demoNames } from '../data/demo-names.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

/** Every cell of every sheet, as text. */
async function cellsOf(xlsx: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => row.eachCell((cell) => out.push(cell.text)));
  return out;
}

/** The Vietnamese and English names of every demo entity that has a Lao one: none may show in a Lao export. */
const NOT_IN_LAO = [...new Set(demoNames().flatMap(([, n]) => (n.lo ? [n.vi!, n.en!] : [])))];
const foreignNamesIn = (cells: string[]) => cells.filter((c) => NOT_IN_LAO.some((name) => c.includes(name)));

const CT02 = DEMO_PLANS.find((p) => p.code === 'CT-02')!;
const procedure = (code: string) => DEMO_PROCEDURES.find((p) => p.code === code)!;

/** The demo procedure catalogue as a file, names and fields in the five languages. */
function catalogueCsv(): string {
  const localized = ['name', 'field'].flatMap((c) => LOCALES.map((l) => `${c}_${l}`));
  const header = ['code', 'name', 'field', 'level', 'statutory_days', 'fee_required', 'online_level', ...localized];
  const rows = DEMO_PROCEDURES.map((p) => [p.code, p.names.vi, p.field, p.level, p.statutoryDays ?? '', p.feeRequired ? 'yes' : 'no', p.onlineLevel, ...LOCALES.map((l) => p.names[l]), ...LOCALES.map((l) => p.fieldNames[l])].map((v) => `"${v}"`).join(','));
  return `${header.join(',')}\n${rows.join('\n')}\n`;
}

/** A few dossiers of September 2025, at a department and at a commune created by the 2025 merger. */
const DOSSIERS = `code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status
LOC-1,H99.X05,2.000815,online,2025-09-10T08:00:00+07:00,2025-09-11T17:00:00+07:00,2025-09-11T09:00:00+07:00,resolved
LOC-2,H99.X05,1.001193,direct,2025-09-12T08:00:00+07:00,2025-09-13T17:00:00+07:00,2025-09-15T09:00:00+07:00,resolved
LOC-3,H99.02,1.001612,online,2025-09-15T08:00:00+07:00,2025-09-18T17:00:00+07:00,,processing
`;

describeOnEachEngine('exports in the reader’s language', (engine) => {
  let h: Harness;
  let admin: Session;
  let secretariat: Session;
  const get = async (s: Session, url: string) => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(s) });
    expect(res.statusCode, res.body).toBe(200);
    return res.rawPayload;
  };
  const upload = async (s: Session, url: string, name: string, content: string) => {
    const body = multipartBody({}, [{ name, content }]);
    const res = await h.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...as(s), ...body.headers } });
    expect(res.statusCode, res.body).toBe(200);
  };

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    [admin, secretariat] = [await signIn(h.app, 'admin'), await signIn(h.app, 'secretariat')];
    // A round of the demo's internal index of departments (its scoring is rounds.test.ts's subject).
    const round = { code: 'LOC-1', year: 2025, frameworkCode: 'INTERNAL-DEPARTMENT-EXAMPLE', groupCode: 'provincial_departments', unitCodes: ['H99.02', 'H99.05', 'H99.21'], cutoffDate: '2025-12-31' };
    const created = await h.app.inject({ method: 'POST', url: '/api/rounds', headers: as(secretariat), payload: round });
    expect(created.statusCode, created.body).toBe(200);
    await upload(admin, '/api/procedures/import', 'procedures.csv', catalogueCsv());
    await upload(admin, '/api/dossiers/import', 'dossiers.csv', DOSSIERS);
    // The secretariat reads in Lao: its exports follow without a `locale` parameter.
    const me = await h.app.inject({ method: 'PATCH', url: '/api/me/preferences', headers: as(secretariat), payload: { locale: 'lo' } });
    expect(me.statusCode).toBe(200);
  });
  afterAll(() => h.close());

  it('writes the one-stop report in Lao: units, fields and procedures by their Lao names, none in Vietnamese or English', async () => {
    const cells = await cellsOf(await get(secretariat, '/api/dossiers/report.xlsx?unit=H99&period=2025-09'));
    expect(cells).toEqual(expect.arrayContaining(['H99.02 ພະແນກພາຍໃນ', 'H99.X05 ຕາແສງເຕິນເລີບ']));
    expect(cells).toEqual(expect.arrayContaining(['ການຢັ້ງຢືນເອກະສານ', 'ການຈົດທະບຽນພົນລະເມືອງ', 'ການຈົດທະບຽນວິສາຫະກິດ']));
    expect(cells).toContain(`2.000815 ${procedure('2.000815').names.lo}`);
    expect(foreignNamesIn(cells)).toEqual([]);
  });

  it('writes the task list and the league table in Lao, titles and units', async () => {
    const tasks = await cellsOf(await get(secretariat, '/api/tasks/export?plan=CT-02&format=xlsx'));
    expect(tasks).toEqual(expect.arrayContaining(CT02.tasks.map((t) => t.title.lo)));
    // Owners: the Department of Agriculture and Environment (H99.21), Tân Lập commune (H99.X05), …
    expect(tasks).toEqual(expect.arrayContaining(['ພະແນກກະສິກຳ ແລະ ສິ່ງແວດລ້ອມ', 'ຕາແສງເຕິນເລີບ']));
    expect(foreignNamesIn(tasks)).toEqual([]);
    const league = await cellsOf(await get(secretariat, '/api/task-statistics/export?plan=CT-02&format=xlsx'));
    expect(league).toEqual(expect.arrayContaining(['ພະແນກກະສິກຳ ແລະ ສິ່ງແວດລ້ອມ', 'ຕາແສງເຕິນເລີບ']));
    expect(foreignNamesIn(league)).toEqual([]);
  });

  it('writes the round results in Lao: departments and the framework’s areas', async () => {
    const cells = await cellsOf(await get(secretariat, '/api/rounds/LOC-1/export?format=xlsx'));
    expect(cells).toEqual(expect.arrayContaining(['ພະແນກພາຍໃນ', 'ພະແນກກະສິກຳ ແລະ ສິ່ງແວດລ້ອມ', '1. ການຊີ້ນຳ ແລະ ບໍລິຫານວຽກງານປະຕິຮູບບໍລິຫານລັດ']));
    expect(foreignNamesIn(cells)).toEqual([]);
  });

  it('lets ?locale= win over the account’s language, and writes Vietnamese by default', async () => {
    const thai = await cellsOf(await get(secretariat, '/api/tasks/export?plan=CT-02&format=xlsx&locale=th'));
    expect(thai).toEqual(expect.arrayContaining(CT02.tasks.map((t) => t.title.th)));
    // The administrator's account is in Vietnamese.
    const vietnamese = await cellsOf(await get(admin, '/api/rounds/LOC-1/export?format=xlsx'));
    expect(vietnamese).toContain('Sở Nội vụ');
  });

  it('falls back to another language where a name has no Lao one (a task imported with a Vietnamese title only)', async () => {
    await upload(admin, '/api/tasks/import', 'tasks.csv', 'plan_code,code,title,owner_unit_code,deadline,title_lo\nKH-LOC,T1,Rà soát quy chế,H99.02,2026-12-31,\nKH-LOC,T2,Rà soát quy trình,H99.02,2026-12-31,ທົບທວນຂັ້ນຕອນ\n');
    const cells = await cellsOf(await get(secretariat, '/api/tasks/export?plan=KH-LOC&format=xlsx'));
    expect(cells).toEqual(expect.arrayContaining(['Rà soát quy chế', 'ທົບທວນຂັ້ນຕອນ']));
    expect(cells).not.toContain('Rà soát quy trình');
  });
});
