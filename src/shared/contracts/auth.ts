import { z } from 'zod';
import { localeSchema, localizedNames } from './common.ts';

export const ROLES = ['administrator', 'secretariat', 'leader', 'unit_officer', 'appraiser', 'viewer'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

/** What an actor may do. Roles are bundles of these; API tokens carry a subset. */
export const PERMISSIONS = ['units.read', 'units.manage', 'audit.read', 'users.manage', 'tokens.manage', 'tasks.read', 'tasks.report', 'tasks.manage', 'dossiers.read', 'dossiers.manage', 'assessments.read', 'assessments.manage', 'assessments.self_assess', 'assessments.appraise', 'steering.read', 'steering.manage', 'reporting.read', 'reporting.submit', 'reporting.manage', 'followups.read', 'followups.raise', 'followups.manage', 'dossiers.officials', 'positions.edit', 'positions.review', 'calendar.manage', 'targets.manage', 'jobs.manage', 'surveys.read', 'surveys.manage', 'surveys.enter', 'standings.targets', 'publication.manage'] as const;
export const permission = z.enum(PERMISSIONS);
export type Permission = z.infer<typeof permission>;

export const grant = z.object({
  role,
  unitCode: z.string().nullable().describe('the root of the subtree; null = the whole system'),
  unitNames: localizedNames.nullable(),
});
export type Grant = z.infer<typeof grant>;

export const NUMERAL_SYSTEMS = ['latn', 'native'] as const;
export const CALENDARS = ['gregory', 'buddhist'] as const;

export const preferences = z.object({
  locale: localeSchema,
  numerals: z.enum(NUMERAL_SYSTEMS).describe('native digits are offered for lo, km and th'),
  calendar: z.enum(CALENDARS).describe('Buddhist-era years; the default for Thai'),
});
export type Preferences = z.infer<typeof preferences>;

export const me = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  preferences,
  grants: z.array(grant),
  permissions: z.array(permission).describe('everything the user may do somewhere'),
});
export type Me = z.infer<typeof me>;

export const signInRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(500),
  locale: localeSchema.optional().describe('the language chosen on the sign-in page, saved to the account; without it the account keeps its own'),
});
export type SignInRequest = z.infer<typeof signInRequest>;
export const sessionResponse = z.object({ user: me.nullable(), csrfToken: z.string().nullable() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const preferencesPatch = preferences.partial();

/** An account as administrators see it (never its password hash). */
export const userAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  disabled: z.boolean(),
  /** set while too many wrong passwords keep the account from signing in (ISO time); an administrator can unlock it */
  lockedUntil: z.string().nullable(),
  grants: z.array(grant),
});
export type UserAccount = z.infer<typeof userAccount>;

export const grantRequest = z.object({ role, unitCode: z.string().trim().min(1).nullable() });
export const password = z.string().min(10, 'at least 10 characters').max(500);

export const createUserRequest = z.object({
  username: z.string().trim().min(2).max(100).regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits and . _ @ - only'),
  displayName: z.string().trim().min(1).max(200),
  email: z.email().nullable().default(null).describe('for reminders by e-mail'),
  password,
  grants: z.array(grantRequest).min(1),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const updateUserRequest = z.object({
  displayName: z.string().trim().min(1).max(200).optional(),
  email: z.email().nullable().optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
  grants: z.array(grantRequest).min(1).optional(),
  /** lift a lock left by wrong passwords before it ends by itself */
  unlock: z.literal(true).optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;
export const userIdParams = z.object({ id: z.coerce.number().int() });
export const userList = z.object({ users: z.array(userAccount) });
