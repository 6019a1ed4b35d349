import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Counts behind the service index that do not come from dossiers — procedure publication
 * (1.1–1.3), synchronisation to the national portal (1.4), procedures connected to the
 * population database (4.5a), petitions (5.2, 5.3) — entered or imported per unit and period
 * ('2026-09', '2026-Q3', '2026'), as the portal itself reports them.
 */
export const serviceIndexCounts = pgTable(
  'service_index_counts',
  {
    unitId: integer('unit_id').notNull(),
    period: text('period').notNull(),
    indicator: text('indicator').notNull(),
    numerator: integer('numerator').notNull(),
    denominator: integer('denominator').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.period, t.indicator] })],
);
