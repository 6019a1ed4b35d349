import { boolean, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ComputedFormula } from '../../../shared/contracts/frameworks.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * One version of an index framework. A version is frozen once an assessment round uses it;
 * the next year's is a copy with changes (version + 1), its nodes keeping their keys.
 */
export const frameworks = pgTable(
  'frameworks',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    subject: text('subject').notNull(),
    year: integer('year').notNull(),
    basis: text('basis').notNull(),
    example: boolean('example').notNull().default(false),
    /**
     * The unit whose managers edit it (a province's internal index); null: shared reference
     * data (the national frameworks, the templates) that only system-wide managers change.
     * By id, as everywhere outside the units feature; kept across versions.
     */
    ownerUnitId: integer('owner_unit_id'),
    /** maxima in hundredths of a point: totals and ties stay exact */
    totalCents: integer('total_cents').notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('frameworks_code_version').on(t.code, t.version)],
);

/** The nodes of a version as rows: parent by key, order by position. */
export const frameworkNodes = pgTable(
  'framework_nodes',
  {
    id: serial('id').primaryKey(),
    frameworkId: integer('framework_id')
      .notNull()
      .references(() => frameworks.id),
    key: text('key').notNull(),
    parentKey: text('parent_key'),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    guidance: jsonb('guidance').$type<LocalizedNames>(),
    maxCents: integer('max_cents').notNull(),
    maxVerified: boolean('max_verified').notNull(),
    method: text('method'),
    formula: jsonb('formula').$type<ComputedFormula>(),
  },
  (t) => [uniqueIndex('framework_nodes_key').on(t.frameworkId, t.key)],
);
