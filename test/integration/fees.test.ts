import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProcedureFees, type FeesChange } from '../../src/server/features/dossiers/index.ts';
import type { Db } from '../../src/server/platform/db/database.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { readTable } from '../../src/server/platform/files/tables.ts';
import type { ProcedureFeesResponse } from '../../src/shared/contracts/fees.ts';
import type { AppError } from '../../src/shared/errors.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { multipartBody } from '../support/multipart.ts';

const HEADER = 'procedure_code,valid_from,fee,online_fee,currency';
const CATALOGUE = [
  'code,name,field,level,statutory_days,fee_required,online_level',
  '2.000815,Cấp giấy phép xây dựng,Xây dựng,Cấp tỉnh,15,có,full',
  '1.001234,Đăng ký khai sinh,Hộ tịch,Cấp xã,1,không,full',
  '1.004227,Cấp giấy chứng nhận quyền sử dụng đất,Đất đai,Cấp huyện,30,có,partial',
].join('\n');

/** The dated fees of procedures (issue 17): import by HTTP and service, reading, permissions, audit, and the hook that re-derives dossiers. */
describeOnEachEngine('procedure fees', (engine) => {
  let h: Harness;
  let admin: Session;
  let officer: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
    officer = await signIn(h.app, 'commune');
    const body = multipartBody({}, [{ name: 'procedures.csv', content: CATALOGUE }]);
    expect((await h.app.inject({ method: 'POST', url: '/api/procedures/import', payload: body.payload, headers: { ...as(admin), ...body.headers } })).json()).toEqual({ created: 3, updated: 0 });
  });
  afterAll(() => h.close());

  const upload = (s: Session, lines: string[], name = 'fees.csv') => {
    const body = multipartBody({}, [{ name, content: `${lines.join('\n')}\n` }]);
    return h.app.inject({ method: 'POST', url: '/api/procedures/fees/import', payload: body.payload, headers: { ...as(s), ...body.headers } });
  };
  const feesOf = async (s: Session, code: string) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/procedures/${code}/fees`, headers: as(s) });
    expect(res.statusCode).toBe(200);
    return res.json<ProcedureFeesResponse>();
  };
  const audits = async () => (await h.services.audit.page(SYSTEM_ACTOR, { limit: 100, entity: 'procedure_fee' })).entries;
  /** The fees service with a hook that records what it is told (the composition root wires the dossiers' re-derivation). */
  const withHook = (hook: (tx: Db, change: FeesChange) => Promise<void>) => createProcedureFees({ db: h.services.database.db, onFeesChanged: hook });
  const rowsOf = async (lines: string[]) => readTable(Buffer.from(`${lines.join('\n')}\n`), 'csv');

  it('refuses a file with bad rows, naming each by line and field, and stores none of its rows', async () => {
    const res = await upload(admin, [
      HEADER,
      '2.000815,2025-01-01,150000,75000,VND',
      '9.999999,2025-01-01,1000,,VND',
      '1.004227,2025-02-30,1000,,VND',
      '1.004227,2025-01-01,-5,,VND',
      '1.004227,2026-01-01,1.500.000,,VND',
      '1.004227,2027-01-01,100000,120000,VND',
      '1.004227,2028-01-01,100000,,vnd',
      '2.000815,2025-01-01,150000,75000,VND',
      '1.001234,2025-01-01,,,VND',
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.json().details.errors).toEqual([
      { line: 3, field: 'procedure_code', code: 'unknown_procedure', value: '9.999999' },
      { line: 4, field: 'valid_from', code: 'invalid_date', value: '2025-02-30' },
      { line: 5, field: 'fee', code: 'not_an_amount', value: '-5' },
      { line: 6, field: 'fee', code: 'not_an_amount', value: '1.500.000' },
      { line: 7, field: 'online_fee', code: 'online_fee_above_fee', value: '120000' },
      { line: 8, field: 'currency', code: 'invalid_currency', value: 'vnd' },
      { line: 9, field: 'valid_from', code: 'duplicate_fee', value: '2025-01-01' },
      { line: 10, field: 'fee', code: 'required', value: '' },
    ]);
    expect(await feesOf(admin, '2.000815')).toEqual({ code: '2.000815', fees: [] });
    const missing = await upload(admin, ['procedure_code,valid_from,fee,currency', '2.000815,2025-01-01,150000,VND']);
    expect(missing.json().details.errors).toEqual([{ line: 1, field: 'online_fee', code: 'missing_column', value: null }]);
  });

  it('imports dated fees, read by every signed-in reader earliest first; the same file again changes nothing and records nothing', async () => {
    const file = [HEADER, '2.000815,2026-07-01,100000,50000,VND', '2.000815,2023-01-01,150000,,VND', '2.000815,2025-01-01,150000,75000.50,VND', '1.001234,2020-01-01,0,,VND'];
    const before = (await audits()).length;
    const first = await upload(admin, file);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ created: 4, changed: 0, unchanged: 0 });
    expect(await feesOf(officer, '2.000815')).toEqual({
      code: '2.000815',
      fees: [
        { procedureCode: '2.000815', validFrom: '2023-01-01', fee: 150000, onlineFee: null, currency: 'VND' },
        { procedureCode: '2.000815', validFrom: '2025-01-01', fee: 150000, onlineFee: 75000.5, currency: 'VND' },
        { procedureCode: '2.000815', validFrom: '2026-07-01', fee: 100000, onlineFee: 50000, currency: 'VND' },
      ],
    });
    expect(await feesOf(officer, '1.001234')).toEqual({ code: '1.001234', fees: [{ procedureCode: '1.001234', validFrom: '2020-01-01', fee: 0, onlineFee: null, currency: 'VND' }] });
    const recorded = await audits();
    expect(recorded.length).toBe(before + 1);
    expect(recorded[0]).toMatchObject({ action: 'procedure_fees.import', after: { source: 'POST /api/procedures/fees/import', rows: 4, created: 4, changed: 0, unchanged: 0, procedureCodes: ['1.001234', '2.000815'], fromDay: '2020-01-01' } });

    // Written as 150000.00 and 75000.5: the same amounts, so the same fees.
    expect((await upload(admin, [HEADER, '2.000815,2025-01-01,150000.00,75000.5,VND', '2.000815,2023-01-01,150000,,VND'])).json()).toEqual({ created: 0, changed: 0, unchanged: 2 });
    expect((await upload(admin, file)).json()).toEqual({ created: 0, changed: 0, unchanged: 4 });
    expect((await audits()).length).toBe(before + 1);
  });

  it('records a changed fee with what it was, and keeps the rows a file leaves out', async () => {
    const res = await upload(admin, [HEADER, '2.000815,2025-01-01,150000,70000,VND', '2.000815,2027-01-01,90000,45000,VND']);
    expect(res.json()).toEqual({ created: 1, changed: 1, unchanged: 0 });
    expect((await feesOf(admin, '2.000815')).fees.map((f) => `${f.validFrom} ${f.fee} ${f.onlineFee}`)).toEqual(['2023-01-01 150000 null', '2025-01-01 150000 70000', '2026-07-01 100000 50000', '2027-01-01 90000 45000']);
    const [last] = await audits();
    expect(last).toMatchObject({
      before: { changed: [{ procedureCode: '2.000815', validFrom: '2025-01-01', fee: 150000, onlineFee: 75000.5, currency: 'VND' }] },
      after: { created: 1, changed: 1, unchanged: 0, procedureCodes: ['2.000815'], fromDay: '2025-01-01' },
    });
  });

  it('tells the hook, in the import’s transaction, which procedures changed and from which day', async () => {
    const calls: FeesChange[] = [];
    const fees = withHook(async (_tx, change) => void calls.push(change));
    const table = await rowsOf([HEADER, '1.004227,2026-03-01,500000,400000,VND', '2.000815,2027-01-01,90000,45000,VND', '1.004227,2024-06-15,600000,,VND', '1.001234,2020-01-01,0,,VND']);
    expect(await fees.importRows(SYSTEM_ACTOR, table.rows, table.header, 'fees.csv')).toEqual({ created: 2, changed: 0, unchanged: 2 });
    // Only 1.004227's rows are new: 2.000815's and 1.001234's are stored as they are.
    expect(calls).toEqual([{ procedureCodes: ['1.004227'], fromDay: '2024-06-15' }]);
    // A replay calls nothing: nothing changed.
    await fees.importRows(SYSTEM_ACTOR, table.rows, table.header, 'fees.csv');
    expect(calls).toHaveLength(1);

    const changed = await rowsOf([HEADER, '2.000815,2027-01-01,80000,40000,VND', '1.004227,2026-03-01,500000,350000,VND', '1.001234,2019-01-01,0,,VND']);
    expect(await fees.importRows(SYSTEM_ACTOR, changed.rows, changed.header, 'fees.csv')).toEqual({ created: 1, changed: 2, unchanged: 0 });
    expect(calls[1]).toEqual({ procedureCodes: ['1.001234', '1.004227', '2.000815'], fromDay: '2019-01-01' });
  });

  it('writes nothing when the hook fails: the fees and what is derived from them move together', async () => {
    const fees = withHook(async () => {
      throw new Error('re-derivation failed');
    });
    const table = await rowsOf([HEADER, '1.004227,2028-01-01,300000,,VND']);
    await expect(fees.importRows(SYSTEM_ACTOR, table.rows, table.header, 'fees.csv')).rejects.toThrow('re-derivation failed');
    expect((await feesOf(admin, '1.004227')).fees.map((f) => f.validFrom)).toEqual(['2024-06-15', '2026-03-01']);
  });

  it('refuses in the table what the import refuses, whoever writes', async () => {
    /** The database's refusal (drizzle wraps it as the cause of a failed query). */
    const refusal = (fee: string, online: string | null, currency: string) =>
      h.services.database.db
        .execute(sql`insert into procedure_fees (procedure_code, valid_from, fee, online_fee, currency) values ('1.004227', '2030-01-01', ${fee}::numeric, ${online}::numeric, ${currency})`)
        .then(() => 'stored', (e: Error) => (e.cause as Error).message);
    expect(await refusal('-1', null, 'VND')).toBe('new row for relation "procedure_fees" violates check constraint "procedure_fees_amounts"');
    expect(await refusal('100', '100.01', 'VND')).toBe('new row for relation "procedure_fees" violates check constraint "procedure_fees_amounts"');
    expect(await refusal('100', null, 'vnd')).toBe('new row for relation "procedure_fees" violates check constraint "procedure_fees_currency"');
    expect((await feesOf(admin, '1.004227')).fees.map((f) => f.validFrom)).toEqual(['2024-06-15', '2026-03-01']);
  });

  it('lets only a system-wide manager import, and answers not_found for a code the catalogue lacks', async () => {
    expect((await upload(await signIn(h.app, 'secretariat'), [HEADER, '1.004227,2029-01-01,1,,VND'])).statusCode).toBe(403);
    expect((await upload(officer, [HEADER, '1.004227,2029-01-01,1,,VND'])).statusCode).toBe(403);
    const table = await rowsOf([HEADER, '1.004227,2029-01-01,1,,VND']);
    const e = await h.services.procedureFees.importRows({ ...SYSTEM_ACTOR, grants: [] }, table.rows, table.header, 'x').catch((x: unknown) => x);
    expect((e as AppError).code).toBe('forbidden');
    const res = await h.app.inject({ method: 'GET', url: '/api/procedures/9.999999/fees', headers: as(officer) });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', details: { procedure: '9.999999' } });
    expect((await h.app.inject({ method: 'GET', url: '/api/procedures/2.000815/fees' })).statusCode).toBe(401);
  });
});
