import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness } from '../support/harness.ts';

/** The Lao demo (issue 16) on a database without the Lao tree: it brings the units it needs, its departments and its accounts. */
describeOnEachEngine('the Lao demo', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { laos: true });
  });
  afterAll(() => h.close());

  it('creates the departments of four ministries, Vientiane Capital and Luang Prabang under the fixed codes, Lao first', async () => {
    const { units } = await h.services.units.list(SYSTEM_ACTOR, { kind: 'department' });
    expect(units.map((u) => [u.code, u.kind, u.parentCode])).toEqual([
      ['LA-LP.D01', 'la_provincial_department', 'LA-LP'],
      ['LA-LP.D02', 'la_provincial_department', 'LA-LP'],
      ['LA-MAF.D01', 'la_department', 'LA-MAF'],
      ['LA-MAF.D02', 'la_department', 'LA-MAF'],
      ['LA-MAF.D03', 'la_department', 'LA-MAF'],
      ['LA-MOES.D01', 'la_department', 'LA-MOES'],
      ['LA-MOES.D02', 'la_department', 'LA-MOES'],
      ['LA-MOES.D03', 'la_department', 'LA-MOES'],
      ['LA-MOES.D04', 'la_department', 'LA-MOES'],
      ['LA-MOF.D01', 'la_department', 'LA-MOF'],
      ['LA-MOF.D02', 'la_department', 'LA-MOF'],
      ['LA-MOH.D01', 'la_department', 'LA-MOH'],
      ['LA-MOH.D02', 'la_department', 'LA-MOH'],
      ['LA-VT.D01', 'la_provincial_department', 'LA-VT'],
      ['LA-VT.D02', 'la_provincial_department', 'LA-VT'],
    ]);
    const higherEducation = units.find((u) => u.code === 'LA-MOES.D02')!;
    expect(higherEducation.names).toEqual({ lo: 'ກົມການສຶກສາຊັ້ນສູງ', en: 'Department of Higher Education', vi: 'Cục Giáo dục đại học', th: 'กรมการศึกษาชั้นสูง', km: 'នាយកដ្ឋានឧត្តមសិក្សា' });
    const { units: ministries } = await h.services.units.list(SYSTEM_ACTOR, { parent: 'LA' });
    expect(ministries.map((u) => u.code)).toEqual(['LA-LP', 'LA-MAF', 'LA-MOES', 'LA-MOF', 'LA-MOH', 'LA-MOHA', 'LA-VT']);
  });

  it('gives la-reviewer, la-sector and la-department their grants, reading in Lao', async () => {
    for (const [username, role, unitCode] of [
      ['la-reviewer', 'secretariat', 'LA'],
      ['la-sector', 'unit_officer', 'LA-MOES'],
      ['la-department', 'unit_officer', 'LA-MOES.D02'],
    ] as const) {
      const me = (await h.app.inject({ method: 'GET', url: '/api/session', headers: as(await signIn(h.app, username)) })).json() as { user: { preferences: { locale: string }; grants: { role: string; unitCode: string | null }[] } };
      expect([username, me.user.preferences.locale, me.user.grants.map((g) => [g.role, g.unitCode])]).toEqual([username, 'lo', [[role, unitCode]]]);
    }
  });

  it('loads once: seeding it again changes nothing', async () => {
    expect(await seed(h.services, 'demo-laos', true)).toMatchObject({ loaded: false, operations: 0, accounts: 0 });
  });
});
