import type { Services } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import type { PositionInput } from '../../src/shared/contracts/positions.ts';
import type { UnitKind } from '../../src/shared/contracts/units.ts';

/** The Lao kinds the tests need, added when the installation does not ship them yet. */
const KINDS: UnitKind[] = [
  { code: 'la_ministry', tier: 'ministry', sortOrder: 110, names: { lo: 'ກະຊວງ', en: 'Ministry (Laos)' } },
  { code: 'la_capital', tier: 'province', sortOrder: 120, names: { lo: 'ນະຄອນຫຼວງ', en: 'Capital (Laos)' } },
  { code: 'la_department', tier: 'department', sortOrder: 130, names: { lo: 'ກົມ', en: 'Department (Laos)' } },
  { code: 'la_provincial_department', tier: 'department', sortOrder: 131, names: { lo: 'ພະແນກ', en: 'Provincial department (Laos)' } },
];

/**
 * A small Lao-like tree from 2020: the country, two ministries with departments
 * (LA-MOES.D01–D03, LA-MOF.D01–D02) and Vientiane Capital with one provincial department; and
 * the accounts of the exercise: the Home Affairs reviewers on LA, the Education ministry's
 * organisation office, a department officer, another ministry's department officer, a viewer.
 */
export async function buildLaoTree(services: Services): Promise<void> {
  const have = new Set((await services.units.listKinds()).map((k) => k.code));
  for (const k of KINDS) if (!have.has(k.code)) await services.units.saveKind(SYSTEM_ACTOR, k);
  const unit = (code: string, kind: string, lo: string, en: string, parentCode: string | null) => services.units.create(SYSTEM_ACTOR, { code, kind, names: { lo, en }, parentCode, validFrom: '2020-01-01', groups: [] });
  await unit('LA', 'country', 'ສປປ ລາວ', 'Lao PDR', null);
  await unit('LA-MOES', 'la_ministry', 'ກະຊວງສຶກສາທິການ ແລະ ກິລາ', 'Ministry of Education and Sports', 'LA');
  await unit('LA-MOF', 'la_ministry', 'ກະຊວງການເງິນ', 'Ministry of Finance', 'LA');
  await unit('LA-VT', 'la_capital', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital', 'LA');
  for (const n of ['01', '02', '03']) await unit(`LA-MOES.D${n}`, 'la_department', `ກົມ ${n} ກະຊວງສຶກສາ`, `Education department ${n}`, 'LA-MOES');
  for (const n of ['01', '02']) await unit(`LA-MOF.D${n}`, 'la_department', `ກົມ ${n} ກະຊວງການເງິນ`, `Finance department ${n}`, 'LA-MOF');
  await unit('LA-VT.D01', 'la_provincial_department', 'ພະແນກພາຍໃນ ນະຄອນຫຼວງ', 'Home Affairs division of the Capital', 'LA-VT');
  const user = (username: string, role: 'secretariat' | 'unit_officer' | 'viewer', unitCode: string) => services.users.createUser(SYSTEM_ACTOR, { username, displayName: username, password: 'password-123', grants: [{ role, unitCode }] });
  await user('t-reviewer', 'secretariat', 'LA');
  await user('t-sector', 'unit_officer', 'LA-MOES');
  await user('t-department', 'unit_officer', 'LA-MOES.D02');
  await user('t-foreign', 'unit_officer', 'LA-MOF.D01');
  await user('t-viewer', 'viewer', 'LA');
}

export const PASSWORD = 'password-123';

/** A position with only what the tests vary. */
export const position = (code: string, category: string, posts: number, title = `ຕຳແໜ່ງ ${code}`): PositionInput => ({ code, title: { lo: title }, category, grade: '', posts, duties: {}, qualifications: {} });

/** A signed decision as the approval form uploads it. */
export const decisionPdf = (text = 'decision') => ({ fileName: 'decision.pdf', contentType: 'application/pdf', content: Buffer.from(`%PDF-1.4 ${text}`) });
