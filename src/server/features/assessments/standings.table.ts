import { doublePrecision, integer, jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
import type { LocalizedNames } from '../../../shared/locales.ts';

/** Indices a unit is ranked on but PAR Monitor does not compute (PAR INDEX, SIPAS, PCI, PAPI…). */
export const externalIndices = pgTable('external_indices', {
  code: text('code').primaryKey(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  /** what a value is out of, e.g. "100 (%)", "80 (PAPI: 8 dimensions × 10)" */
  scale: text('scale').notNull(),
});

/** A unit's published standing on one index for one year, with the size of that year's ranking. */
export const externalStandings = pgTable(
  'external_standings',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    indexCode: text('index_code')
      .notNull()
      .references(() => externalIndices.code),
    year: integer('year').notNull(),
    value: doublePrecision('value').notNull(),
    rank: integer('rank'),
    of: integer('of'),
    band: text('band'),
    source: text('source').notNull(),
  },
  (t) => [uniqueIndex('external_standings_unit_index_year').on(t.unitId, t.indexCode, t.year)],
);
