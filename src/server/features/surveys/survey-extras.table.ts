import { boolean, index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { surveyWaves } from './surveys.table.ts';

/**
 * One-time tokens of invitations (a printed slip, an SMS sent by another system) for one unit's
 * link of a wave, kept only as keyed hashes (HMAC with the surveys' secret): the table never
 * holds a token a reader could use. A token is spent by the submission it came with, in that
 * submission's transaction. It records only that it was used — not when, not by which response —
 * so the list of who got which token (the SMS system's) can never be matched to answers.
 */
export const surveyTokens = pgTable(
  'survey_tokens',
  {
    hash: text('hash').primaryKey(),
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id),
    unitId: integer('unit_id').notNull(),
    used: boolean('used').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  // Whether a link asks for tokens, and how many were given out and used, per unit of a wave.
  (t) => [index('survey_tokens_wave_unit').on(t.waveId, t.unitId)],
);

/** A unit's target of a wave shared among its procedures, in proportion to their resolved dossiers. */
export const surveyWaveProcedures = pgTable(
  'survey_wave_procedures',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id),
    unitId: integer('unit_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    population: integer('population').notNull(),
    target: integer('target').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.unitId, t.procedureCode] })],
);

/**
 * The resolved dossiers drawn for a unit of a wave (survey_waves.sample_seed), by code only:
 * nothing about the applicant. `position` is the order drawn within the unit.
 */
export const surveySampleDossiers = pgTable(
  'survey_sample_dossiers',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id),
    unitId: integer('unit_id').notNull(),
    position: integer('position').notNull(),
    /** null when the unit's target was not shared among procedures */
    procedureCode: text('procedure_code'),
    dossierCode: text('dossier_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.unitId, t.position] })],
);
