import type { Role } from '../../../shared/contracts/auth.ts';
import type { Locale } from '../../../shared/locales.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/actor.ts';
import { DEMO_ACCOUNT_UNITS, DEMO_PROVINCE_CODE } from '../units/index.ts';
import type { UsersService } from './users.service.ts';

/**
 * The demo accounts listed in README. Created only on the embedded database in demo mode
 * (never on a PostgreSQL server): their passwords are public.
 */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; unitCode: string | null; locale: Locale }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'administrator', unitCode: null, locale: 'vi' },
  { username: 'secretariat', displayName: 'Nguyễn Thị Lan (Sở Nội vụ)', role: 'secretariat', unitCode: DEMO_PROVINCE_CODE, locale: 'vi' },
  { username: 'leader', displayName: 'Trần Văn Minh (Phó Chủ tịch UBND tỉnh)', role: 'leader', unitCode: DEMO_PROVINCE_CODE, locale: 'vi' },
  { username: 'department', displayName: 'Lê Hoàng Nam (Sở Nội vụ)', role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.department, locale: 'vi' },
  { username: 'commune', displayName: 'Phạm Thu Hà (UBND xã)', role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.commune, locale: 'vi' },
  // Members of the province's steering committee (features/steering/seeds): its chair, and a director who follows a key unit.
  { username: 'chair', displayName: 'Hoàng Đức Thắng (Chủ tịch UBND tỉnh)', role: 'leader', unitCode: DEMO_PROVINCE_CODE, locale: 'vi' },
  { username: 'science', displayName: 'Đỗ Quang Huy (Giám đốc Sở Khoa học và Công nghệ)', role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.science, locale: 'vi' },
];

export async function createDemoAccounts(users: UsersService): Promise<number> {
  let created = 0;
  for (const a of DEMO_ACCOUNTS) {
    try {
      await users.createUser(SYSTEM_ACTOR, { username: a.username, displayName: a.displayName, password: DEMO_PASSWORD, grants: [{ role: a.role, unitCode: a.unitCode }], preferences: { locale: a.locale } });
      created++;
    } catch (error) {
      if ((error as { code?: string }).code !== 'username_taken') throw error;
    }
  }
  return created;
}
