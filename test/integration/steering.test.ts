import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { CommitteeDetail, CommitteeSummary, FollowedUnits, KeyUnitList } from '../../src/shared/contracts/steering.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

const YEAR = Number(new Date().toISOString().slice(0, 4));
const names = (vi: string) => ({ vi, en: `${vi} (en)` });

describeOnEachEngine('steering committees and key units', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let leader: Session;
  let science: Session;
  let commune: Session;
  let foreign: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    // Another province with its own PAR secretariat: a foreign unit's officer for the scope tests.
    await h.services.units.create(SYSTEM_ACTOR, { code: 'H98', kind: 'province', names: names('Tỉnh Khác'), parentCode: null, validFrom: '2020-01-01', groups: [] });
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'h98-secretariat', displayName: 'H98', password: 'password-123', grants: [{ role: 'secretariat', unitCode: 'H98' }] });
    [secretariat, leader, science, commune, foreign] = await Promise.all([signIn(h.app, 'secretariat'), signIn(h.app, 'leader'), signIn(h.app, 'science'), signIn(h.app, 'commune'), signIn(h.app, 'h98-secretariat', 'password-123')]);
  });
  afterAll(() => h.close());

  const get = (s: Session, url: string) => h.app.inject({ method: 'GET', url, headers: as(s) });
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: unknown) => h.app.inject({ method, url, headers: as(s), payload: payload as object });
  const committee = async (code: string, s = secretariat) => {
    const res = await get(s, `/api/steering/committees/${code}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CommitteeDetail;
  };
  const keyUnits = async (code: string, year: number, asOf?: string, s = secretariat) => {
    const res = await get(s, `/api/steering/committees/${code}/key-units/${year}${asOf ? `?asOf=${asOf}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as KeyUnitList;
  };
  const seats = (d: { members: { username: string; position: string; validFrom: string; validTo: string | null }[] }) => d.members.map((m) => [m.username, m.position, m.validFrom, m.validTo]);
  const auditActions = async () => ((await get(await signIn(h.app, 'admin'), '/api/audit?entity=steering_committee')).json() as AuditPage).entries.map((e) => `${e.action} ${e.entityId}`);

  describe('the demo province', () => {
    it('has its PAR committee merged on 2025-04-01 with the digital-transformation committee, their members kept as they were', async () => {
      const merged = await committee('BCD-H99');
      expect(merged).toMatchObject({ code: 'BCD-H99', unit: { code: 'H99' }, decisionNumber: '845/QĐ-UBND', decisionDate: '2025-03-28', validFrom: '2025-04-01', validTo: null, mergedInto: null });
      expect(merged.names.vi).toBe('Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Sơn Hà');
      expect(Object.keys(merged.names).sort()).toEqual(['en', 'km', 'lo', 'th', 'vi']);
      expect(seats(merged)).toEqual([
        ['chair', 'chair', '2025-04-01', null],
        ['leader', 'deputy', '2025-04-01', null],
        ['secretariat', 'standing_member', '2025-04-01', null],
        ['science', 'member', '2025-04-01', null],
        ['department', 'member', '2025-04-01', null],
      ]);
      expect(merged.members[0]!.displayName).toBe('Hoàng Đức Thắng (Chủ tịch UBND tỉnh)');
      expect(merged.predecessors.map((p) => [p.code, p.validFrom, p.validTo, p.mergedInto])).toEqual([
        ['BCD-CCHC-H99', '2021-06-15', '2025-03-31', 'BCD-H99'],
        ['BCD-CDS-H99', '2022-08-20', '2025-03-31', 'BCD-H99'],
      ]);
      expect(seats(merged.predecessors[1]!)).toEqual([
        ['leader', 'chair', '2022-08-20', '2025-03-31'],
        ['science', 'standing_member', '2022-08-20', '2025-03-31'],
      ]);
      const list = (await get(leader, '/api/steering/committees?asOf=2024-06-01')).json() as { committees: CommitteeSummary[] };
      expect(list.committees.map((c) => c.code)).toEqual(['BCD-CCHC-H99', 'BCD-CDS-H99']);
    });

    it("selects this year's seven key units, each followed by a member", async () => {
      const list = await keyUnits('BCD-H99', YEAR);
      expect(list.units.map((u) => [u.unit.code, u.supervisors.map((s) => s.username)])).toEqual([
        ['H99.05', ['leader']],
        ['H99.10', ['chair']],
        ['H99.13', ['secretariat']],
        ['H99.19', ['chair']],
        ['H99.21', ['leader']],
        ['H99.X01', ['secretariat', 'department']],
        ['H99.X05', ['science']],
      ]);
      expect(list.assignments.every((a) => a.validFrom === `${YEAR}-01-01` && a.validTo === null)).toBe(true);
      const ids = await h.services.steering.keyUnitIdsOf('BCD-H99', YEAR, `${YEAR}-06-30`);
      expect((await h.services.units.refsOf(ids)).map((u) => u.code).sort()).toEqual(['H99.05', 'H99.10', 'H99.13', 'H99.19', 'H99.21', 'H99.X01', 'H99.X05']);
      expect(await h.services.steering.keyUnitIdsOf('BCD-H99', YEAR - 1, `${YEAR - 1}-06-30`)).toEqual([]);
      expect(await h.services.steering.supervisorsOf(await h.services.units.idOf('H99.X01'), `${YEAR}-03-01`)).toEqual(['department', 'secretariat']);
    });
  });

  describe('scope', () => {
    it("a foreign unit's officer gets 403 and learns nothing; lists leave out what they may not read", async () => {
      for (const s of [commune, foreign]) {
        expect((await get(s, '/api/steering/committees/BCD-H99')).statusCode).toBe(403);
        expect((await get(s, '/api/steering/committees/NO-SUCH-COMMITTEE')).statusCode).toBe(404);
        expect((await get(s, `/api/steering/committees/BCD-H99/key-units/${YEAR}`)).statusCode).toBe(403);
        expect(((await get(s, '/api/steering/committees')).json() as { committees: unknown[] }).committees).toEqual([]);
        // Another member's page: the same 403 whether or not the member exists.
        for (const member of ['leader', 'nobody-at-all']) {
          const res = await get(s, `/api/steering/followed?member=${member}`);
          expect(res.statusCode).toBe(403);
          expect(res.json().details).toEqual({ permission: 'steering.read' });
        }
      }
    });

    it('only the committee unit’s managers write; leaders read but do not manage', async () => {
      const writes: [Session, 'POST' | 'PUT', string, unknown][] = [
        [foreign, 'PUT', '/api/steering/committees/BCD-H99', { names: names('X'), decisionNumber: '1/QĐ', decisionDate: '2025-01-01' }],
        [foreign, 'POST', '/api/steering/committees/BCD-H99/members', { username: 'h98-secretariat', position: 'member' }],
        [foreign, 'PUT', `/api/steering/committees/BCD-H99/key-units/${YEAR}`, { units: [] }],
        [foreign, 'POST', '/api/steering/committees', { code: 'X-1', unitCode: 'H99', names: names('X'), decisionNumber: '1', decisionDate: '2025-01-01', validFrom: '2025-01-01' }],
        [foreign, 'POST', '/api/steering/merges', { fromCodes: ['BCD-H99'], effectiveDate: '2026-01-01', into: { code: 'X-2', unitCode: 'H98', names: names('X'), decisionNumber: '1', decisionDate: '2026-01-01' } }],
        [leader, 'PUT', `/api/steering/committees/BCD-H99/key-units/${YEAR}`, { units: [] }],
      ];
      for (const [s, method, url, payload] of writes) expect((await send(s, method, url, payload)).statusCode, url).toBe(403);
      expect((await keyUnits('BCD-H99', YEAR)).units).toHaveLength(7);
      expect((await committee('BCD-H99')).members).toHaveLength(5);
    });
  });

  describe('writing', () => {
    const base = { unitCode: 'H99', names: names('Ban Chỉ đạo thử'), decisionNumber: '10/QĐ-UBND', decisionDate: '2026-01-05', validFrom: '2026-01-05' };

    it('founds a committee with members; corrects it; seats and ends members, the ended seat kept', async () => {
      const created = await send(secretariat, 'POST', '/api/steering/committees', { ...base, code: 'T-1', members: [{ username: 'leader', position: 'chair' }, { username: 'department', position: 'member' }] });
      expect(created.statusCode, created.body).toBe(200);
      expect(seats(created.json() as CommitteeDetail)).toEqual([
        ['leader', 'chair', '2026-01-05', null],
        ['department', 'member', '2026-01-05', null],
      ]);
      expect((await send(secretariat, 'PUT', '/api/steering/committees/T-1', { names: names('Ban đổi tên'), decisionNumber: '11/QĐ-UBND', decisionDate: '2026-01-06' })).json()).toMatchObject({ names: names('Ban đổi tên'), decisionNumber: '11/QĐ-UBND' });
      const added = await send(secretariat, 'POST', '/api/steering/committees/T-1/members', { username: 'science', position: 'member', validFrom: '2026-02-01' });
      expect(added.statusCode, added.body).toBe(200);
      const ended = await send(secretariat, 'POST', `/api/steering/committees/T-1/members/${(added.json() as { id: number }).id}/end`, { validTo: '2026-05-31' });
      expect(ended.json()).toMatchObject({ username: 'science', validFrom: '2026-02-01', validTo: '2026-05-31' });
      expect(seats(await committee('T-1'))).toContainEqual(['science', 'member', '2026-02-01', '2026-05-31']);
      expect(await auditActions()).toEqual(expect.arrayContaining(['steering.committee.create T-1', 'steering.committee.update T-1', 'steering.member.add T-1', 'steering.member.end T-1']));
    });

    it('refuses bad input with clear codes and writes nothing', async () => {
      const cases: [string, unknown, number, string, unknown][] = [
        ['/api/steering/committees', { ...base, code: 'T-X', unitCode: 'H99.NOPE' }, 404, 'unit_not_found', { code: 'H99.NOPE' }],
        ['/api/steering/committees', { ...base, code: 'T-1' }, 409, 'committee_code_taken', { code: 'T-1' }],
        ['/api/steering/committees', { ...base, code: 'T-X', members: [{ username: 'no-such-person', position: 'member' }] }, 404, 'not_found', { member: 'no-such-person' }],
        ['/api/steering/committees', { ...base, code: 'T-X', members: [{ username: 'leader', position: 'king' }] }, 400, 'validation_failed', undefined],
      ];
      for (const [url, payload, status, code, details] of cases) {
        const res = await send(secretariat, 'POST', url, payload);
        expect([res.statusCode, res.json().code], res.body).toEqual([status, code]);
        if (details) expect(res.json().details).toEqual(details);
      }
      expect((await get(secretariat, '/api/steering/committees/T-X')).statusCode).toBe(404);
    });

    it('seats an account once at a time: an overlapping seat, or an account listed twice, is refused at its field and writes nothing', async () => {
      const founded = await send(secretariat, 'POST', '/api/steering/committees', { ...base, code: 'T-5', members: [{ username: 'science', position: 'member' }] });
      expect(founded.statusCode, founded.body).toBe(200);
      const seatId = (founded.json() as CommitteeDetail).members[0]!.id;
      expect((await send(secretariat, 'POST', `/api/steering/committees/T-5/members/${seatId}/end`, { validTo: '2026-03-31' })).statusCode).toBe(200);
      const refused = (field: string, value: string) => ({ code: 'validation_failed', details: { fields: [{ field, message: 'already_member', value }] } });
      const cases: [string, unknown, string, string][] = [
        // the ended seat's last day is still hers
        ['/api/steering/committees/T-5/members', { username: 'science', position: 'deputy', validFrom: '2026-03-31' }, 'username', 'science'],
        ['/api/steering/committees', { ...base, code: 'T-Y', members: [{ username: 'leader', position: 'chair' }, { username: 'leader', position: 'member' }] }, 'members.1.username', 'leader'],
        ['/api/steering/merges', { fromCodes: ['T-5'], effectiveDate: '2026-06-01', into: { ...base, code: 'T-Z', validFrom: undefined, members: [{ username: 'chair', position: 'chair' }, { username: 'chair', position: 'deputy' }] } }, 'into.members.1.username', 'chair'],
      ];
      for (const [url, payload, field, value] of cases) {
        const res = await send(secretariat, 'POST', url, payload);
        expect([res.statusCode, res.json()], res.body).toMatchObject([400, refused(field, value)]);
      }
      for (const code of ['T-Y', 'T-Z']) expect((await get(secretariat, `/api/steering/committees/${code}`)).statusCode).toBe(404);
      expect((await committee('T-5')).validTo).toBeNull();
      // The day after her seat ended she may sit again, in another position.
      const again = await send(secretariat, 'POST', '/api/steering/committees/T-5/members', { username: 'science', position: 'deputy', validFrom: '2026-04-01' });
      expect(again.statusCode, again.body).toBe(200);
      expect(seats(await committee('T-5'))).toEqual([
        ['science', 'member', '2026-01-05', '2026-03-31'],
        ['science', 'deputy', '2026-04-01', null],
      ]);
      const seatAgain = await send(secretariat, 'POST', '/api/steering/committees/T-5/members', { username: 'science', position: 'member', validFrom: '2026-09-01' });
      expect([seatAgain.statusCode, seatAgain.json()]).toMatchObject([400, refused('username', 'science')]);
    });

    it('keeps who followed what when a selection changes mid-year; replaying it changes nothing', async () => {
      const put = (payload: unknown) => send(secretariat, 'PUT', '/api/steering/committees/T-1/key-units/2026', payload);
      expect((await put({ effectiveDate: '2026-01-05', units: [{ unitCode: 'H99.05', supervisors: ['leader'] }, { unitCode: 'H99.X05', supervisors: ['department'] }] })).statusCode).toBe(200);
      const change = { effectiveDate: '2026-07-01', units: [{ unitCode: 'H99.05', supervisors: ['department'] }] };
      expect((await put(change)).statusCode).toBe(200);
      expect((await put(change)).statusCode).toBe(200);
      const list = await keyUnits('T-1', 2026, '2026-03-01');
      expect(list.assignments.map((a) => [a.unit.code, a.username, a.validFrom, a.validTo])).toEqual([
        ['H99.05', 'leader', '2026-01-05', '2026-06-30'],
        ['H99.X05', 'department', '2026-01-05', '2026-06-30'],
        ['H99.05', 'department', '2026-07-01', null],
      ]);
      expect(list.units.map((u) => [u.unit.code, u.supervisors.map((s) => s.username)])).toEqual([['H99.05', ['leader']], ['H99.X05', ['department']]]);
      expect((await keyUnits('T-1', 2026, '2026-08-01')).units.map((u) => [u.unit.code, u.supervisors.map((s) => s.username)])).toEqual([['H99.05', ['department']]]);
      const finance = await h.services.units.idOf('H99.05');
      expect(await h.services.steering.keyUnitIdsOf('T-1', 2026, '2026-03-01')).toHaveLength(2);
      expect(await h.services.steering.keyUnitIdsOf('T-1', 2026, '2026-08-01')).toEqual([finance]);
    });

    it('refuses a key unit outside the scope, an unknown unit and a supervisor who is not a member, changing nothing', async () => {
      const put = (units: unknown) => send(secretariat, 'PUT', '/api/steering/committees/T-1/key-units/2026', { effectiveDate: '2026-09-01', units });
      const before = await keyUnits('T-1', 2026);
      const cases: [unknown, number, string, unknown][] = [
        [[{ unitCode: 'H98', supervisors: ['leader'] }], 422, 'key_unit_out_of_scope', { unit: 'H98', committee: 'T-1' }],
        [[{ unitCode: 'H99.NOPE', supervisors: ['leader'] }], 404, 'unit_not_found', { code: 'H99.NOPE' }],
        [[{ unitCode: 'H99.10', supervisors: ['science'] }], 422, 'supervisor_not_member', { username: 'science', committee: 'T-1', date: '2026-09-01' }],
        [[{ unitCode: 'H99.10', supervisors: ['chair'] }], 422, 'supervisor_not_member', { username: 'chair', committee: 'T-1', date: '2026-09-01' }],
      ];
      for (const [units, status, code, details] of cases) {
        const res = await put(units);
        expect([res.statusCode, res.json().code, res.json().details]).toEqual([status, code, details]);
      }
      const outside = await send(secretariat, 'PUT', '/api/steering/committees/T-1/key-units/2026', { effectiveDate: '2027-01-01', units: [] });
      expect(outside.json().details).toEqual({ fields: [{ field: 'effectiveDate', message: 'outside_year', value: '2027-01-01' }] });
      expect(await keyUnits('T-1', 2026)).toEqual(before);
    });

    it('merges committees: the old ones end the day before with their seats and assignments, the new one lists them; a closed one cannot merge again', async () => {
      await send(secretariat, 'POST', '/api/steering/committees', { ...base, code: 'T-2', members: [{ username: 'secretariat', position: 'chair' }] });
      const into = { code: 'T-3', unitCode: 'H99', names: names('Ban hợp nhất'), decisionNumber: '20/QĐ-UBND', decisionDate: '2026-09-20', members: [{ username: 'leader', position: 'chair' }] };
      const res = await send(secretariat, 'POST', '/api/steering/merges', { fromCodes: ['T-1', 'T-2'], effectiveDate: '2026-10-01', into });
      expect(res.statusCode, res.body).toBe(200);
      const merged = res.json() as CommitteeDetail;
      expect(merged.predecessors.map((p) => [p.code, p.validTo, p.mergedInto])).toEqual([
        ['T-1', '2026-09-30', 'T-3'],
        ['T-2', '2026-09-30', 'T-3'],
      ]);
      expect(seats(merged.predecessors[0]!)).toEqual([
        ['leader', 'chair', '2026-01-05', '2026-09-30'],
        ['department', 'member', '2026-01-05', '2026-09-30'],
        ['science', 'member', '2026-02-01', '2026-05-31'],
      ]);
      // T-1's key unit was followed until the merger; its history stays readable.
      expect((await keyUnits('T-1', 2026)).assignments.map((a) => [a.unit.code, a.username, a.validFrom, a.validTo]).at(-1)).toEqual(['H99.05', 'department', '2026-07-01', '2026-09-30']);
      const again = await send(secretariat, 'POST', '/api/steering/merges', { fromCodes: ['T-1'], effectiveDate: '2026-11-01', into: { ...into, code: 'T-4' } });
      expect([again.statusCode, again.json()]).toMatchObject([409, { code: 'committee_closed', details: { committee: 'T-1', validTo: '2026-09-30' } }]);
      expect((await get(secretariat, '/api/steering/committees/T-4')).statusCode).toBe(404);
      const closedEdit = await send(secretariat, 'PUT', '/api/steering/committees/T-1', { names: names('X'), decisionNumber: '1', decisionDate: '2026-01-01' });
      expect(closedEdit.json().code).toBe('committee_closed');
      expect(await auditActions()).toEqual(expect.arrayContaining(['steering.committee.merge T-3', 'steering.key_units.select T-1']));
    });
  });

  describe('the units a member follows', () => {
    it('shows a member their own units with their key tasks, overdue items and service index', async () => {
      const res = await get(leader, `/api/steering/followed?asOf=${YEAR}-12-31`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json() as FollowedUnits;
      expect(page.member).toBe('leader');
      expect(page.units.map((u) => [u.committee.code, u.unit.code, u.since, u.until, u.keyTasks.total])).toEqual([
        ['BCD-H99', 'H99.05', `${YEAR}-01-01`, null, 1],
        ['BCD-H99', 'H99.21', `${YEAR}-01-01`, null, 1],
      ]);
      const finance = page.units[0]!;
      expect(finance.serviceIndex?.total).toBe((await h.services.dossiers.serviceIndex.compute(SYSTEM_ACTOR, 'H99.05', String(YEAR))).total);
      expect(finance.serviceIndex?.trend.map((m) => m.period)).toEqual(Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`));
    });

    it('lets a director who cannot read the committee see the units they follow', async () => {
      expect((await get(science, '/api/steering/committees/BCD-H99')).statusCode).toBe(403);
      const page = (await get(science, '/api/steering/followed')).json() as FollowedUnits;
      expect(page.units.map((u) => u.unit.code)).toEqual(['H99.X05']);
      // Its key task (CT02-07, due 15 days ago) is overdue today, and was not the day it was due.
      const [unit] = page.units;
      expect(unit!.overdue.map((t) => t.code)).toEqual(['CT02-07']);
      expect(unit!.keyTasks.notCompleted).toEqual({ total: 1, inTime: 0, overdue: 1 });
      const due = unit!.overdue[0]!.deadline;
      const then = (await get(science, `/api/steering/followed?asOf=${due}`)).json() as FollowedUnits;
      expect([then.units[0]!.overdue, then.units[0]!.keyTasks.notCompleted]).toEqual([[], { total: 1, inTime: 1, overdue: 0 }]);
    });

    it("lets the secretariat and leaders see any member's units in their scope", async () => {
      const page = (await get(secretariat, '/api/steering/followed?member=science')).json() as FollowedUnits;
      expect([page.member, page.units.map((u) => u.unit.code)]).toEqual(['science', ['H99.X05']]);
      const chair = (await get(leader, '/api/steering/followed?member=chair')).json() as FollowedUnits;
      expect(chair.units.map((u) => u.unit.code)).toEqual(['H99.10', 'H99.19']);
    });
  });
});
