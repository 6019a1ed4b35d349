import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed } from '../../src/server/app.ts';
import { addDays } from '../../src/shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { useCli } from '../support/cli.ts';
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
    // The demo hangs from the Lao tree of `seed laos`: 17 ministries, 3 ministry-level organisations, 18 provincial units.
    expect(ministries).toHaveLength(38);
    expect(ministries.map((u) => u.code)).toEqual(expect.arrayContaining(['LA-LP', 'LA-MAF', 'LA-MOES', 'LA-MOF', 'LA-MOH', 'LA-MOHA', 'LA-VT']));
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

  it('takes a department to each stage, step by step on its day, the comments signed by the demo accounts', async () => {
    const lists = await h.services.positions.lists.list(SYSTEM_ACTOR, {});
    expect(lists.map((l) => [l.unit.code, l.version, l.status])).toEqual([
      ['LA-LP.D01', 1, 'draft'],
      ['LA-MAF.D01', 1, 'submitted'],
      ['LA-MAF.D02', 1, 'draft'],
      ['LA-MAF.D03', 1, 'approved'],
      ['LA-MOES.D01', 1, 'approved'],
      ['LA-MOES.D03', 1, 'submitted'],
      ['LA-MOES.D04', 1, 'commented'],
      ['LA-MOF.D01', 1, 'approved'],
      ['LA-MOH.D01', 1, 'in_review'],
      ['LA-MOH.D02', 1, 'returned'],
      ['LA-VT.D01', 1, 'approved'],
      ['LA-VT.D02', 1, 'submitted'],
    ]);
    const today = h.services.tasksDeps.today();
    const resubmitted = await h.services.positions.lists.get(SYSTEM_ACTOR, lists.find((l) => l.unit.code === 'LA-MAF.D01')!.id);
    expect(resubmitted.history.map((e) => [e.status, e.on])).toEqual([
      ['draft', addDays(today, -60)],
      ['submitted', addDays(today, -45)],
      ['commented', addDays(today, -38)],
      // the revision, saved while commented on
      ['commented', addDays(today, -14)],
      ['submitted', addDays(today, -12)],
    ]);
    const commented = await h.services.positions.lists.get(SYSTEM_ACTOR, lists.find((l) => l.unit.code === 'LA-MOES.D04')!.id);
    expect(commented.comments.map((c) => [c.by, c.positionCode, c.parentId === null ? null : commented.comments.findIndex((p) => p.id === c.parentId)])).toEqual([
      ['la-reviewer', null, null],
      ['la-reviewer', 'P05', null],
      ['la-sector', null, 0],
    ]);
    const approved = await h.services.positions.lists.get(SYSTEM_ACTOR, lists.find((l) => l.unit.code === 'LA-MOES.D01')!.id);
    expect([approved.decision?.number, approved.decision?.date, approved.decision?.fileId !== null, approved.items.map((p) => p.incumbents)]).toEqual(['0412/ພນ', addDays(today, -40), true, [1, 2, 4, 3, 16, 2, 2, 1, 2]]);
  });

  it('counts the progress today and fifty days ago, and the late against the ministry’s deadline', async () => {
    const today = h.services.tasksDeps.today();
    const counts = (asOf: string) => h.services.positions.progress.counts(SYSTEM_ACTOR, { asOf });
    expect(await counts(today)).toEqual({
      asOf: today,
      sectors: { total: 6, submitted: 3, approved: 1 },
      departments: { total: 15, notStarted: 3, draft: 2, submitted: 4, commented: 1, approved: 4, returned: 1 },
      positions: 108,
      posts: 447,
    });
    // Fifty days ago four lists had been submitted, three were drafts; Finance, Vientiane and Education had submitted all theirs.
    expect(await counts(addDays(today, -50))).toEqual({
      asOf: addDays(today, -50),
      sectors: { total: 6, submitted: 3, approved: 0 },
      departments: { total: 15, notStarted: 8, draft: 3, submitted: 4, commented: 0, approved: 0, returned: 0 },
      positions: 63,
      posts: 267,
    });
    const progress = await h.services.positions.progress.progress(SYSTEM_ACTOR, { unit: 'LA', asOf: today });
    expect([progress.deadline, progress.late.map((l) => [l.unit.code, l.stage, l.submittedOn])]).toEqual([
      addDays(today, -10),
      [
        ['LA-LP.D01', 'draft', null],
        ['LA-LP.D02', 'notStarted', null],
        ['LA-MAF.D02', 'draft', null],
        ['LA-MOES.D02', 'notStarted', null],
        ['LA-MOF.D02', 'notStarted', null],
        ['LA-VT.D02', 'submitted', addDays(today, -5)],
      ],
    ]);
  });

  it('loads once: seeding it again changes nothing', async () => {
    expect(await seed(h.services, 'demo-laos', true)).toMatchObject({ loaded: false, operations: 0, accounts: 0 });
  });
});

/** `parmon seed demo-laos` as an operator runs it: its fifteen departments, once. */
describeOnEachEngine('parmon seed demo-laos', (engine) => {
  const { parmon } = useCli(engine);

  it('loads the Lao demo, then says it is already loaded', async () => {
    expect((await parmon('seed', 'demo-laos')).stdout).toBe('demo-laos: 15 operations loaded\n');
    expect((await parmon('seed', 'demo-laos')).stdout).toBe('demo-laos: already loaded, nothing done\n');
  });
});
