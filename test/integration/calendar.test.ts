import { afterAll, beforeAll, expect, it } from 'vitest';
import type { CalendarDay } from '../../src/shared/contracts/calendar.ts';
import { isWorkingDay, workingDaysBetween } from '../../src/shared/domain/working-days.ts';
import { ensureShippedHolidays } from '../../src/server/features/calendar/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { readTable } from '../../src/server/platform/files/tables.ts';
import { AppError } from '../../src/shared/errors.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** The calendar of working days as stored (issue 17): the shipped days, the administrator's edits, the import. */
describeOnEachEngine('calendar of working days', (engine) => {
  let h: Harness;
  let admin: Session;
  let officer: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
    officer = await signIn(h.app, 'commune');
  });
  afterAll(() => h.close());

  const days = async (s: Session, country: string, year: number) => {
    const res = await h.app.inject({ method: 'GET', url: `/api/calendar/${country}/days?year=${year}`, headers: as(s) });
    expect(res.statusCode).toBe(200);
    return res.json<CalendarDay[]>();
  };
  const kinds = (list: CalendarDay[], from: string, to: string) => list.filter((d) => d.date >= from && d.date <= to).map((d) => `${d.date} ${d.kind}`);
  const count = async (from: string, to: string) => workingDaysBetween(await h.services.calendar.calendarOf('VN'), from, to);
  const put = (s: Session, country: string, date: string, body: object) => h.app.inject({ method: 'PUT', url: `/api/calendar/${country}/days/${date}`, headers: as(s), payload: body });
  const remove = (s: Session, country: string, date: string) => h.app.inject({ method: 'DELETE', url: `/api/calendar/${country}/days/${date}`, headers: as(s) });
  const importCsv = async (lines: string[]) => {
    const table = await readTable(Buffer.from(`${lines.join('\n')}\n`), 'csv');
    return h.services.holidaysImport.importRows(SYSTEM_ACTOR, table.rows, table.header, 'holidays.csv');
  };

  it('holds the shipped days after start, for every signed-in reader', async () => {
    const vn = await days(officer, 'VN', 2024);
    expect(kinds(vn, '2024-02-07', '2024-02-15')).toEqual([
      '2024-02-08 holiday', '2024-02-09 holiday', '2024-02-10 holiday', '2024-02-11 holiday', '2024-02-12 holiday', '2024-02-13 compensatory', '2024-02-14 compensatory',
    ]);
    expect(kinds(vn, '2024-04-29', '2024-05-04')).toEqual(['2024-04-29 bridge', '2024-04-30 holiday', '2024-05-01 holiday', '2024-05-04 working']);
    expect(vn.find((d) => d.date === '2024-02-08')).toMatchObject({ names: { vi: 'Tết Nguyên đán', lo: 'ບຸນເຕັດ (ປີໃໝ່ຕາມຈັນທະຄະຕິ)' }, womenOnly: false });
    expect(vn.find((d) => d.date === '2024-02-08')!.source).toContain('MOLISA notice');
    const la = await days(officer, 'LA', 2023);
    expect(kinds(la, '2023-04-13', '2023-04-18')).toEqual(['2023-04-14 holiday', '2023-04-15 holiday', '2023-04-16 holiday', '2023-04-17 compensatory', '2023-04-18 compensatory']);
    expect(la.find((d) => d.date === '2023-03-08')).toMatchObject({ kind: 'holiday', womenOnly: true });
  });

  it('counts working days from the stored days', async () => {
    // Wednesday 7 to Thursday 15 February 2024: Tết 8–14, so only the 15th is worked.
    expect(await count('2024-02-07', '2024-02-15')).toBe(1);
    // Saturday 4 May 2024 was worked: Friday 3 to Monday 6 counts it.
    expect(await count('2024-05-03', '2024-05-06')).toBe(2);
    // Laos' 8 March is a day off for women only: the office is open.
    expect(isWorkingDay(await h.services.calendar.calendarOf('LA'), '2023-03-08')).toBe(true);
  });

  it('follows a holiday the administrator adds or removes, with no other step', async () => {
    // Monday 4 to Friday 8 March 2024: four working days after the 4th.
    expect(await count('2024-03-04', '2024-03-08')).toBe(4);
    const res = await put(admin, 'VN', '2024-03-05', { kind: 'holiday', names: { vi: 'Ngày nghỉ thử', en: 'Test day off' }, source: 'test notice 1/TB' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ country: 'VN', date: '2024-03-05', kind: 'holiday', names: { vi: 'Ngày nghỉ thử', en: 'Test day off' }, source: 'test notice 1/TB', womenOnly: false });
    expect(await count('2024-03-04', '2024-03-08')).toBe(3);
    expect((await remove(admin, 'VN', '2024-03-05')).statusCode).toBe(200);
    expect(await count('2024-03-04', '2024-03-08')).toBe(4);
    expect((await remove(admin, 'VN', '2024-03-05')).statusCode).toBe(404);
    const audited = (await h.services.audit.page(SYSTEM_ACTOR, { limit: 50, entity: 'calendar_day' })).entries.map((e) => `${e.action} ${e.entityId}`);
    expect(audited).toEqual(expect.arrayContaining(['calendar.save_day VN/2024-03-05', 'calendar.remove_day VN/2024-03-05']));
  });

  it('refuses a worked day that is not a Saturday or Sunday', async () => {
    const res = await put(admin, 'VN', '2024-03-06', { kind: 'working', names: { vi: 'Làm bù' } });
    expect(res.statusCode).toBe(400);
    expect(await count('2024-03-04', '2024-03-08')).toBe(4);
  });

  it('lets no one but an administrator change the calendar', async () => {
    expect((await put(officer, 'VN', '2024-03-05', { kind: 'holiday', names: { vi: 'X' } })).statusCode).toBe(403);
    expect((await remove(officer, 'VN', '2024-02-08')).statusCode).toBe(403);
    await expect(h.services.calendar.saveDay({ ...SYSTEM_ACTOR, label: 'province secretariat', grants: [{ role: 'secretariat', permissions: ['units.manage'], unitId: null }] }, 'VN', '2024-03-05', { kind: 'holiday', names: { vi: 'X' }, womenOnly: false })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await count('2024-03-04', '2024-03-08')).toBe(4);
    expect(await count('2024-02-07', '2024-02-15')).toBe(1);
  });

  it('keeps an edited or removed shipped day when the shipped list is ensured again', async () => {
    expect((await put(admin, 'VN', '2024-01-01', { kind: 'holiday', names: { vi: 'Tết Dương lịch (sửa)' } })).statusCode).toBe(200);
    expect((await remove(admin, 'LA', '2023-04-18')).statusCode).toBe(200);
    await ensureShippedHolidays(h.services.database.db);
    expect((await days(officer, 'VN', 2024)).find((d) => d.date === '2024-01-01')?.names).toEqual({ vi: 'Tết Dương lịch (sửa)' });
    expect((await days(officer, 'LA', 2023)).some((d) => d.date === '2023-04-18')).toBe(false);
    expect(isWorkingDay(await h.services.calendar.calendarOf('LA'), '2023-04-18')).toBe(true);
    // Put back, the removed day is a day off again.
    expect((await put(admin, 'LA', '2023-04-18', { kind: 'compensatory', names: { lo: 'ວັນພັກຊົດເຊີຍ' } })).statusCode).toBe(200);
    expect(kinds(await days(officer, 'LA', 2023), '2023-04-18', '2023-04-18')).toEqual(['2023-04-18 compensatory']);
    expect(isWorkingDay(await h.services.calendar.calendarOf('LA'), '2023-04-18')).toBe(false);
  });

  it('imports a file of days: all rows or none, by line and field; the same file again changes nothing', async () => {
    const before = await days(officer, 'VN', 2026);
    const bad = [
      'country,date,name,working',
      'VN,2026-11-24,Ngày Văn hóa Việt Nam,',
      'XX,2026-01-05,x,',
      'VN,2026-02-30,x,',
      'VN,2026-03-09,Làm bù,1',
      'LA,2026-05-05,,',
      'VN,2026-11-24,Trùng,',
      'VN,2026-06-06,x,maybe',
    ];
    const error = await importCsv(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toEqual({
      errors: [
        { line: 3, field: 'country', code: 'unknown_country', value: 'XX' },
        { line: 4, field: 'date', code: 'invalid_date', value: '2026-02-30' },
        { line: 5, field: 'working', code: 'working_not_weekend', value: '1' },
        { line: 6, field: 'name', code: 'required', value: '' },
        { line: 7, field: 'date', code: 'duplicate_day', value: '2026-11-24' },
        { line: 8, field: 'working', code: 'not_true_or_false', value: 'maybe' },
      ],
    });
    expect(await days(officer, 'VN', 2026)).toEqual(before);

    const good = [
      'country,date,name,working,name_en',
      'VN,2026-11-24,Ngày Văn hóa Việt Nam,,Vietnam Culture Day',
      'VN,2026-03-07,Làm bù thử,true,',
      'LA,2026-04-17,ບຸນປີໃໝ່ລາວ,0,',
      'VN,2024-02-08,Tết Nguyên đán,,',
    ];
    expect(await count('2026-11-23', '2026-11-25')).toBe(2);
    expect(await importCsv(good)).toEqual({ created: 3, changed: 0, unchanged: 1 });
    expect(await count('2026-11-23', '2026-11-25')).toBe(1);
    expect(isWorkingDay(await h.services.calendar.calendarOf('VN'), '2026-03-07')).toBe(true);
    expect(isWorkingDay(await h.services.calendar.calendarOf('LA'), '2026-04-17')).toBe(false);
    expect((await days(officer, 'LA', 2026)).find((d) => d.date === '2026-04-17')).toEqual({ country: 'LA', date: '2026-04-17', kind: 'holiday', names: { lo: 'ບຸນປີໃໝ່ລາວ' }, source: 'holidays.csv', womenOnly: false });
    expect((await days(officer, 'VN', 2026)).find((d) => d.date === '2026-11-24')?.names).toEqual({ vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' });

    const after = await days(officer, 'VN', 2026);
    const audits = (await h.services.audit.page(SYSTEM_ACTOR, { limit: 200, entity: 'calendar_day' })).entries.length;
    expect(await importCsv(good)).toEqual({ created: 0, changed: 0, unchanged: 4 });
    expect(await days(officer, 'VN', 2026)).toEqual(after);
    expect((await h.services.audit.page(SYSTEM_ACTOR, { limit: 200, entity: 'calendar_day' })).entries.length).toBe(audits);
  });
});
