import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { Permission, Preferences } from '../../../shared/contracts/auth.ts';

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** for reminders by e-mail; optional */
  email: text('email'),
  /** argon2id, never the password */
  passwordHash: text('password_hash').notNull(),
  preferences: jsonb('preferences').$type<Partial<Preferences>>().notNull().default({}),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true, mode: 'date' }),
});

/**
 * A role held on a unit's subtree (unit_id null: the whole system). unit_id points at
 * units.id; no foreign key because tables belong to their feature (ADR 0002).
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id),
    role: text('role').notNull(),
    unitId: integer('unit_id'),
  },
  (t) => [index('role_grants_user').on(t.userId)],
);

/** Server-side sessions; the cookie holds a random token, the table its keyed hash. */
export const sessions = pgTable('sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** Tokens for other systems: scoped to a subtree and a set of permissions, stored hashed. */
export const apiTokens = pgTable('api_tokens', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  unitId: integer('unit_id'),
  permissions: jsonb('permissions').$type<Permission[]>().notNull(),
  createdByUserId: integer('created_by_user_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
});

/**
 * Failed sign-ins, for the limits of sign-in-throttle.ts. Kept per username as typed
 * (normalised), whether or not such an account exists, so that the answers do not tell
 * which usernames are real; a success or an administrator's unlock deletes a name's rows.
 */
export const signInFailures = pgTable(
  'sign_in_failures',
  {
    id: serial('id').primaryKey(),
    username: text('username').notNull(),
    address: text('address').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  },
  (t) => [index('sign_in_failures_username').on(t.username, t.at), index('sign_in_failures_address').on(t.address, t.at)],
);
