import { doublePrecision, integer, jsonb, pgTable, primaryKey, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { IndexComponent } from '../../../shared/contracts/standings.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/** Indices a unit is ranked on but PAR Monitor does not compute (PAR INDEX, SIPAS, PCI, PAPI…). */
export const externalIndices = pgTable('external_indices', {
  code: text('code').primaryKey(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  /** what a value is out of, e.g. "100 (%)", "80 (PAPI: 8 dimensions × 10)" */
  scale: text('scale').notNull(),
  /** its published components (PAR INDEX's areas, PCI's sub-indices, SIPAS's elements …), by key, in order */
  components: jsonb('components').$type<IndexComponent[]>().notNull().default([]),
});

/**
 * A unit's published standing on one index for one year in one comparison set (the nation,
 * its region, a group, the province's own units), with the size of that ranking.
 */
export const externalStandings = pgTable(
  'external_standings',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    indexCode: text('index_code')
      .notNull()
      .references(() => externalIndices.code),
    year: integer('year').notNull(),
    comparisonSet: text('comparison_set').notNull().default('nation'),
    value: doublePrecision('value').notNull(),
    rank: integer('rank'),
    of: integer('of'),
    band: text('band'),
    source: text('source').notNull(),
  },
  (t) => [uniqueIndex('external_standings_unit_index_year_set').on(t.unitId, t.indexCode, t.year, t.comparisonSet)],
);

/** A standing's component figures as published with it: value, its maximum, rank of N where given. */
export const externalStandingComponents = pgTable(
  'external_standing_components',
  {
    standingId: integer('standing_id')
      .notNull()
      .references(() => externalStandings.id, { onDelete: 'cascade' }),
    component: text('component').notNull(),
    value: doublePrecision('value').notNull(),
    max: doublePrecision('max'),
    rank: integer('rank'),
    of: integer('of'),
  },
  (t) => [primaryKey({ columns: [t.standingId, t.component] })],
);

/** A unit's target on an index for a year in one comparison set: a rank at most, a value at least, or both. */
export const standingTargets = pgTable(
  'standing_targets',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    indexCode: text('index_code')
      .notNull()
      .references(() => externalIndices.code),
    year: integer('year').notNull(),
    comparisonSet: text('comparison_set').notNull().default('nation'),
    rankAtMost: integer('rank_at_most'),
    valueAtLeast: doublePrecision('value_at_least'),
    note: text('note').notNull().default(''),
  },
  (t) => [uniqueIndex('standing_targets_unit_index_year_set').on(t.unitId, t.indexCode, t.year, t.comparisonSet)],
);
