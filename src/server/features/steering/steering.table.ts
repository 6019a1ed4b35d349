import { date, index, integer, jsonb, pgTable, serial, text } from 'drizzle-orm/pg-core';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * A steering committee of a unit (units.id, no FK across features: ADR 0002), valid over an
 * inclusive date range. A merge closes the merged committees the day before the new one
 * starts and points them at it (`merged_into_id`): their rows are never rewritten otherwise.
 */
export const steeringCommittees = pgTable('steering_committees', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  unitId: integer('unit_id').notNull(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  decisionNumber: text('decision_number').notNull(),
  decisionDate: date('decision_date', { mode: 'string' }).notNull(),
  validFrom: date('valid_from', { mode: 'string' }).notNull(),
  validTo: date('valid_to', { mode: 'string' }),
  mergedIntoId: integer('merged_into_id'),
});

/** A member's seat on a committee (users.id), dated: a change of position is a new row. */
export const steeringMembers = pgTable(
  'steering_members',
  {
    id: serial('id').primaryKey(),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => steeringCommittees.id),
    userId: integer('user_id').notNull(),
    position: text('position').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('steering_members_committee').on(t.committeeId), index('steering_members_user').on(t.userId)],
);

/**
 * A key unit of a committee's year, followed by one member from `valid_from` to `valid_to`:
 * a unit with two supervisors has two rows; a change mid-year closes a row and opens another.
 */
export const steeringKeyUnits = pgTable(
  'steering_key_units',
  {
    id: serial('id').primaryKey(),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => steeringCommittees.id),
    year: integer('year').notNull(),
    unitId: integer('unit_id').notNull(),
    userId: integer('user_id').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('steering_key_units_committee_year').on(t.committeeId, t.year), index('steering_key_units_unit').on(t.unitId), index('steering_key_units_user').on(t.userId)],
);
