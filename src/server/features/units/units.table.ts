import { date, index, integer, jsonb, pgTable, primaryKey, real, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { LocalizedNames } from '../../../shared/locales.ts';

/** The configurable list of unit kinds; `tier` groups them (a centrally-run city is a province-tier kind). */
export const unitKinds = pgTable('unit_kinds', {
  code: text('code').primaryKey(),
  tier: text('tier').notNull(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Named sets of units ranked separately later: provincial departments, districts, communes… */
export const unitGroups = pgTable('unit_groups', {
  code: text('code').primaryKey(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
});

/** A unit's identity: never changes, never deleted. What it looked like lives in unit_versions. */
export const units = pgTable('units', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * What a unit looked like over an inclusive date range. A change closes the current
 * version (sets valid_to to the day before) and opens the next; nothing else is updated.
 */
export const unitVersions = pgTable(
  'unit_versions',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    parentUnitId: integer('parent_unit_id').references(() => units.id),
    kind: text('kind').notNull().references(() => unitKinds.code),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    groups: jsonb('groups').$type<string[]>().notNull().default([]),
  },
  (t) => [
    uniqueIndex('unit_versions_unit_from').on(t.unitId, t.validFrom),
    index('unit_versions_parent').on(t.parentUnitId),
  ],
);

/** create, rename, move, regroup, reclassify, merge, split, close — with the date it took effect. */
export const lineageEvents = pgTable('lineage_events', {
  id: serial('id').primaryKey(),
  kind: text('kind').notNull(),
  effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
  note: text('note'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/** The units an event took from and gave to; a split may carry the share each successor took. */
export const lineageLinks = pgTable(
  'lineage_links',
  {
    eventId: integer('event_id').notNull().references(() => lineageEvents.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
    side: text('side', { enum: ['from', 'to'] }).notNull(),
    share: real('share'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.unitId, t.side] }), index('lineage_links_unit').on(t.unitId)],
);

/**
 * Every (unit, ancestor) pair that held on any date, the unit itself included. Rebuilt in
 * the transaction of every tree change: changes are rare, scope checks are constant.
 */
export const unitAncestry = pgTable(
  'unit_ancestry',
  {
    unitId: integer('unit_id').notNull().references(() => units.id),
    ancestorId: integer('ancestor_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.ancestorId] }), index('unit_ancestry_ancestor').on(t.ancestorId)],
);
