import { afterAll, beforeAll, expect, it } from 'vitest';
import { seed } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { LAOS_PROVINCE_CODES } from '../../src/server/features/units/index.ts';
import { LOCALES } from '../../src/shared/locales.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const LAO_KINDS = {
  la_ministry: 'ministry',
  la_ministry_level: 'ministry',
  la_capital: 'province',
  la_province: 'province',
  la_department: 'department',
  la_provincial_department: 'department',
  la_division: 'division',
  la_district: 'district',
  la_village: 'commune',
};

describeOnEachEngine('the Lao seed', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    // Viet Nam first, then Laos: the two trees share one database.
    h = await startHarness(engine, { demo: false, vietnam: true });
  });
  afterAll(() => h.close());

  const childrenOf = async (code: string, asOf: string) => (await h.services.units.list(SYSTEM_ACTOR, { asOf, parent: code })).units;

  it('loads the Lao PDR with its 17 ministries, 3 ministry-level organisations and 18 provincial units, beside Viet Nam', async () => {
    const loaded = await seed(h.services, 'laos');
    expect(loaded).toMatchObject({ loaded: true, operations: 39 });
    const roots = (await h.services.units.list(SYSTEM_ACTOR, { asOf: '2026-01-01' })).units.filter((u) => u.parentCode === null);
    expect(roots.map((u) => [u.code, u.kind]).sort()).toEqual([
      ['LA', 'country'],
      ['VN', 'country'],
    ]);
    const la = await childrenOf('LA', '2026-01-01');
    const byKind = (kind: string) => la.filter((u) => u.kind === kind).map((u) => u.code);
    expect(byKind('la_capital')).toEqual(['LA-VT']);
    expect(byKind('la_province')).toHaveLength(17);
    expect([...byKind('la_capital'), ...byKind('la_province')].sort()).toEqual([...LAOS_PROVINCE_CODES].sort());
    expect(byKind('la_ministry')).toHaveLength(17);
    expect(byKind('la_ministry')).toEqual(expect.arrayContaining(['LA-MOHA', 'LA-MOF', 'LA-MOES', 'LA-MOH', 'LA-MAF']));
    expect(byKind('la_ministry_level').sort()).toEqual(['LA-BOL', 'LA-PMO', 'LA-SIA']);
    expect(la).toHaveLength(38);
    // Viet Nam is untouched: 34 provincial units after 1 July 2025.
    expect(await childrenOf('VN', '2026-01-01')).toHaveLength(34);
    // Names in Lao and English on every unit, and the two Vientianes told apart.
    expect(la.every((u) => u.names.lo && u.names.en)).toBe(true);
    expect(la.find((u) => u.code === 'LA-MOHA')!.names).toMatchObject({ lo: 'ກະຊວງພາຍໃນ', en: 'Ministry of Home Affairs', vi: 'Bộ Nội vụ' });
    expect(la.find((u) => u.code === 'LA-VT')!.names.lo).not.toBe(la.find((u) => u.code === 'LA-VI')!.names.lo);
  });

  it('starts the modelled period on 24 March 2021: nothing under LA the day before', async () => {
    expect(await childrenOf('LA', '2021-03-23')).toHaveLength(0);
    expect(await childrenOf('LA', '2021-03-24')).toHaveLength(38);
  });

  it('ships the Lao unit kinds, at their tiers, named in the five languages', async () => {
    const kinds = await h.services.units.listKinds();
    const lao = Object.fromEntries(kinds.filter((k) => k.code.startsWith('la_')).map((k) => [k.code, k.tier]));
    expect(lao).toEqual(LAO_KINDS);
    for (const k of kinds.filter((x) => x.code.startsWith('la_'))) for (const l of LOCALES) expect(k.names[l], `${k.code} ${l}`).toBeTruthy();
    expect(kinds.find((k) => k.code === 'la_department')!.names.lo).toBe('ກົມ');
    expect(kinds.find((k) => k.code === 'la_district')!.names.lo).toBe('ເມືອງ');
    expect(kinds.find((k) => k.code === 'la_village')!.names.lo).toBe('ບ້ານ');
  });

  it('does nothing when loaded a second time', async () => {
    expect(await seed(h.services, 'laos')).toMatchObject({ loaded: false, operations: 0 });
    expect(await childrenOf('LA', '2026-01-01')).toHaveLength(38);
  });
});
