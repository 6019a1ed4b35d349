import { date, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { ConsolidatedFigures, ConsolidatedNarrative } from '../../../shared/contracts/consolidated.ts';

/**
 * The narratives the secretariat is writing for a report not yet issued: one draft per unit,
 * period and round ('' when not for a round).
 */
export const consolidatedDrafts = pgTable(
  'consolidated_drafts',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    period: text('period').notNull(),
    round: text('round').notNull().default(''),
    narrative: jsonb('narrative').$type<ConsolidatedNarrative>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consolidated_drafts_unit_period_round').on(t.unitId, t.period, t.round)],
);

/**
 * Issued reports, frozen: the figures exactly as computed when the report was signed (a JSON
 * snapshot), its narratives, number and date. Never updated; a correction is a new report.
 */
export const consolidatedReports = pgTable(
  'consolidated_reports',
  {
    id: serial('id').primaryKey(),
    unitId: integer('unit_id').notNull(),
    period: text('period').notNull(),
    round: text('round'),
    number: text('number').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    figures: jsonb('figures').$type<ConsolidatedFigures>().notNull(),
    narrative: jsonb('narrative').$type<ConsolidatedNarrative>().notNull(),
    issuedBy: text('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consolidated_reports_unit_number').on(t.unitId, t.number)],
);
