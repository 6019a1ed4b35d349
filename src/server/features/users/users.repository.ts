import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Permission, Preferences, Role } from '../../../shared/contracts/auth.ts';
import type { Db } from '../../platform/db/database.ts';
import { apiTokens, roleGrants, sessions, users } from './users.table.ts';

export type UserRow = typeof users.$inferSelect;
export type TokenRow = typeof apiTokens.$inferSelect;

export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, normaliseUsername(username)));
  return row;
}

/** Usernames are case-insensitive: "Admin" and "admin" are one account. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

export async function findUser(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

export async function insertUser(db: Db, u: { username: string; displayName: string; email?: string | null; passwordHash: string; preferences?: Partial<Preferences> }): Promise<number> {
  const [row] = await db.insert(users).values({ ...u, username: normaliseUsername(u.username), preferences: u.preferences ?? {} }).returning({ id: users.id });
  return row!.id;
}

export async function updatePreferences(db: Db, id: number, preferences: Partial<Preferences>): Promise<void> {
  await db.update(users).set({ preferences }).where(eq(users.id, id));
}

export async function grantsOf(db: Db, userId: number): Promise<{ role: Role; unitId: number | null }[]> {
  const rows = await db.select({ role: roleGrants.role, unitId: roleGrants.unitId }).from(roleGrants).where(eq(roleGrants.userId, userId)).orderBy(asc(roleGrants.id));
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unitId }));
}

export async function insertGrant(db: Db, g: { userId: number; role: Role; unitId: number | null }): Promise<void> {
  await db.insert(roleGrants).values(g);
}

export async function insertSession(db: Db, s: { id: string; userId: number; csrfToken: string; expiresAt: Date }): Promise<void> {
  await db.insert(sessions).values(s);
}

export async function findLiveSession(db: Db, id: string, now: Date) {
  const [row] = await db.select().from(sessions).where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function insertToken(db: Db, t: { name: string; tokenHash: string; unitId: number | null; permissions: Permission[]; createdByUserId: number | null }): Promise<TokenRow> {
  const [row] = await db.insert(apiTokens).values(t).returning();
  return row!;
}

export async function findLiveToken(db: Db, tokenHash: string): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row;
}

export async function touchToken(db: Db, id: number, at: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

export const listTokens = (db: Db) => db.select().from(apiTokens).orderBy(asc(apiTokens.id));

export async function findToken(db: Db, id: number): Promise<TokenRow | undefined> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row;
}

export async function revokeToken(db: Db, id: number, at: Date): Promise<void> {
  await db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id));
}

export const listUsers = (db: Db) => db.select().from(users).orderBy(asc(users.username));

export async function allGrants(db: Db): Promise<{ userId: number; role: Role; unitId: number | null }[]> {
  const rows = await db.select({ userId: roleGrants.userId, role: roleGrants.role, unitId: roleGrants.unitId }).from(roleGrants).orderBy(asc(roleGrants.id));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function replaceGrants(db: Db, userId: number, grants: { role: Role; unitId: number | null }[]): Promise<void> {
  await db.delete(roleGrants).where(eq(roleGrants.userId, userId));
  if (grants.length) await db.insert(roleGrants).values(grants.map((g) => ({ ...g, userId })));
}

export async function updateUser(db: Db, id: number, patch: { displayName?: string; email?: string | null; passwordHash?: string; disabledAt?: Date | null }): Promise<void> {
  const set = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return;
  await db.update(users).set(set).where(eq(users.id, id));
}

/** Signing a user out everywhere: after a password change or when the account is disabled. */
export async function deleteSessionsOf(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
