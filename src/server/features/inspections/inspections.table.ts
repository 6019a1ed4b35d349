import { boolean, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Severity } from '../../../shared/domain/inspections.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * The topics an inspection covers (recruitment, contract hiring, …): a configurable list in
 * five languages. `field` is the follow-up field a topic's remedies count under. A topic in
 * use is never deleted, only made inactive.
 */
export const inspectionTopics = pgTable('inspection_topics', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  field: text('field').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/**
 * An inspection of a unit: the inspecting body and its decision, the topics, the period
 * covered and the conclusion document. Its findings' remedies are follow-up items (source
 * `inspection`, source id = the finding's id), kept by the followups feature.
 */
export const inspections = pgTable(
  'inspections',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    /** the inspecting body, as named in its decision */
    body: jsonb('body').$type<LocalizedNames>().notNull(),
    decisionNo: text('decision_no').notNull(),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    inspectedUnitId: integer('inspected_unit_id').notNull(),
    topics: jsonb('topics').$type<string[]>().notNull(),
    coveredFrom: date('covered_from', { mode: 'string' }).notNull(),
    coveredTo: date('covered_to', { mode: 'string' }).notNull(),
    conclusionNo: text('conclusion_no'),
    conclusionDate: date('conclusion_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('inspections_inspected_unit').on(t.inspectedUnitId)],
);

/** A finding of an inspection: its topic, what was found, how serious, what is recommended. */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: serial('id').primaryKey(),
    inspectionId: integer('inspection_id')
      .notNull()
      .references(() => inspections.id),
    code: text('code').notNull(),
    topic: text('topic').notNull(),
    description: jsonb('description').$type<LocalizedNames>().notNull(),
    severity: text('severity').$type<Severity>().notNull(),
    recommendation: jsonb('recommendation').$type<LocalizedNames>().notNull().default({}),
  },
  (t) => [uniqueIndex('inspection_findings_code').on(t.inspectionId, t.code)],
);
