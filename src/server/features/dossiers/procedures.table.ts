import { boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { LocalizedNames } from '../../../shared/locales.ts';

/** The procedure catalogue: national reference data, replaced row by row on import (audited). */
export const procedures = pgTable('procedures', {
  code: text('code').primaryKey(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  /** the field as the catalogue file named it: dossiers are grouped by it */
  field: text('field').notNull().default(''),
  /** the field's name per language, for readers of other languages */
  fieldNames: jsonb('field_names').$type<LocalizedNames>().notNull().default({}),
  level: text('level').notNull().default(''),
  statutoryDays: integer('statutory_days'),
  feeRequired: boolean('fee_required').notNull().default(false),
  onlineLevel: text('online_level').notNull().default('none'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
