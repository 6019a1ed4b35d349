import { date, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import type { Band } from '../../../shared/domain/assessment-results.ts';
import { frameworks } from './frameworks.table.ts';

/**
 * An assessment round: a year, a framework version (frozen by the round), the units taking
 * part, deadlines, and the round its ranks are compared with. Finalised rounds lock scores.
 */
export const assessmentRounds = pgTable('assessment_rounds', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  year: integer('year').notNull(),
  frameworkId: integer('framework_id')
    .notNull()
    .references(() => frameworks.id),
  /** the unit group ranked together (departments, districts, communes, provinces) */
  groupCode: text('group_code').notNull(),
  selfAssessmentDeadline: date('self_assessment_deadline', { mode: 'string' }),
  appraisalDeadline: date('appraisal_deadline', { mode: 'string' }),
  /** computed criteria read PAR Monitor's data as of this day */
  cutoffDate: date('cutoff_date', { mode: 'string' }).notNull(),
  previousRoundId: integer('previous_round_id'),
  bands: jsonb('bands').$type<Band[]>().notNull(),
  finalizedAt: timestamp('finalized_at', { withTimezone: true, mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** The units of a round (by id: the units feature owns them) and when each submitted its self-assessment. */
export const roundUnits = pgTable(
  'round_units',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => assessmentRounds.id),
    unitId: integer('unit_id').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/**
 * One unit's score on one leaf, every source kept side by side: the self-score (with its
 * explanation and evidence), the appraiser's (with the reason), the survey's, the computed
 * one. The score that counts is the appraised one when there is one, else the others.
 */
export const assessmentScores = pgTable(
  'assessment_scores',
  {
    roundId: integer('round_id')
      .notNull()
      .references(() => assessmentRounds.id),
    unitId: integer('unit_id').notNull(),
    nodeKey: text('node_key').notNull(),
    selfCents: integer('self_cents'),
    explanation: text('explanation').notNull().default(''),
    /** the evidence files, stored content-addressed (platform/files/blobs) */
    evidence: jsonb('evidence').$type<{ sha256: string; fileName: string; contentType: string; size: number }[]>().notNull().default([]),
    appraisedCents: integer('appraised_cents'),
    appraisalReason: text('appraisal_reason'),
    surveyCents: integer('survey_cents'),
    computedCents: integer('computed_cents'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.nodeKey] })],
);
