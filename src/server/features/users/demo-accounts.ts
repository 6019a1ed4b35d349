import type { Role } from '../../../shared/contracts/auth.ts';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import type { Locale } from '../../../shared/locales.ts';
import { SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts';
import { DEMO_ACCOUNT_UNITS, DEMO_PROVINCE_CODE, LAOS_DEMO_ACCOUNT_UNITS, type UnitsService } from '../units/index.ts';
import type { UsersService } from './users.service.ts';

/**
 * The demo accounts listed in README. Created only on the embedded database in demo mode
 * (never on a PostgreSQL server): their passwords are public.
 */
export const DEMO_PASSWORD = 'demo1234';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
  locale: Locale;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'administrator', unitCode: null, locale: 'vi' },
  { username: 'secretariat', displayName: 'Nguyễn Thị Lan (Sở Nội vụ)', role: 'secretariat', unitCode: DEMO_PROVINCE_CODE, locale: 'vi' },
  { username: 'leader', displayName: 'Trần Văn Minh (Phó Chủ tịch UBND tỉnh)', role: 'leader', unitCode: DEMO_PROVINCE_CODE, locale: 'vi' },
  { username: 'department', displayName: 'Lê Hoàng Nam (Sở Nội vụ)', role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.department, locale: 'vi' },
  { username: 'commune', displayName: 'Phạm Thu Hà (UBND xã)', role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.commune, locale: 'vi' },
  // Members of the province's steering committee (features/steering/seeds): its chair, and a director who follows a key unit.
  { username: 'chair', displayName: 'Hoàng Đức Thắng (Chủ tịch UBND tỉnh)', role: 'leader', unitCode: DEMO_PROVINCE_CODE, locale: 'vi' },
  { username: 'science', displayName: 'Đỗ Quang Huy (Giám đốc Sở Khoa học và Công nghệ)', role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.science, locale: 'vi' },
];

/**
 * The Lao demo's accounts (issue 16), reading in Lao: the Ministry of Home Affairs' reviewers of
 * job-position lists (the secretariat over the whole country), the Ministry of Education and
 * Sports' organisation office, and one of its departments. Their units are the Lao demo's.
 */
export const LAOS_DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'la-reviewer', displayName: 'ສົມພອນ ວົງສະຫວັນ (ກະຊວງພາຍໃນ)', role: 'secretariat', unitCode: LAOS_DEMO_ACCOUNT_UNITS.reviewer, locale: 'lo' },
  { username: 'la-sector', displayName: 'ບຸນມີ ພົມມະຈັນ (ກົມຈັດຕັ້ງ ແລະ ພະນັກງານ, ກະຊວງສຶກສາທິການ ແລະ ກິລາ)', role: 'unit_officer', unitCode: LAOS_DEMO_ACCOUNT_UNITS.sector, locale: 'lo' },
  { username: 'la-department', displayName: 'ຄຳແພງ ສີສຸວັນ (ກົມການສຶກສາຊັ້ນສູງ)', role: 'unit_officer', unitCode: LAOS_DEMO_ACCOUNT_UNITS.department, locale: 'lo' },
];

/**
 * A demo account as the actor its signed-in user would be, for the demo's steps taken in its
 * name (a comment signed by the ministry's reviewer); null when the account was not created.
 */
export async function demoActor(users: UsersService, units: UnitsService, account: DemoAccount): Promise<Actor | null> {
  const id = await users.idOfUsername(account.username).catch(() => null);
  if (id === null) return null;
  const unitId = account.unitCode ? await units.idOf(account.unitCode) : null;
  return { kind: 'user', id, label: `user:${account.username}`, grants: [{ role: account.role, permissions: ROLE_PERMISSIONS[account.role], unitId }] };
}

export async function createDemoAccounts(users: UsersService, accounts: readonly DemoAccount[] = DEMO_ACCOUNTS): Promise<number> {
  let created = 0;
  for (const a of accounts) {
    try {
      await users.createUser(SYSTEM_ACTOR, { username: a.username, displayName: a.displayName, password: DEMO_PASSWORD, grants: [{ role: a.role, unitCode: a.unitCode }], preferences: { locale: a.locale } });
      created++;
    } catch (error) {
      if ((error as { code?: string }).code !== 'username_taken') throw error;
    }
  }
  return created;
}
