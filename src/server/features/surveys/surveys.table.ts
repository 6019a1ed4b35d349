import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import type { Answers, QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { SampleDesign } from '../../../shared/domain/survey-sampling.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * One version of a questionnaire (issue 19), kept whole as its file: the form, the checks and
 * the results all read it as one tree. Frozen once a wave uses it; the next version keeps the
 * question keys (shared/domain/questionnaire.ts), as the index frameworks' versions do.
 */
export const questionnaires = pgTable(
  'questionnaires',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull(),
    version: integer('version').notNull(),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    purpose: text('purpose').notNull(),
    example: boolean('example').notNull(),
    /** the unit whose survey managers edit it; null: shared (the templates), system-wide managers only */
    ownerUnitId: integer('owner_unit_id'),
    file: jsonb('file').$type<QuestionnaireFile>().notNull(),
    frozenAt: timestamp('frozen_at', { withTimezone: true, mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('questionnaires_code_version').on(t.code, t.version)],
);

/** A wave: one questionnaire version asked over a unit's subtree in a period, with its sample design. */
export const surveyWaves = pgTable('survey_waves', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  names: jsonb('names').$type<LocalizedNames>().notNull(),
  questionnaireId: integer('questionnaire_id')
    .notNull()
    .references(() => questionnaires.id),
  /** the scope: the unit whose survey managers run the wave */
  unitId: integer('unit_id').notNull(),
  from: date('from', { mode: 'string' }).notNull(),
  to: date('to', { mode: 'string' }).notNull(),
  design: text('design').$type<SampleDesign>().notNull(),
  /** the margin of error in millionths (0.05 → 50,000): exact, as sampleSize takes it */
  marginMillionths: integer('margin_millionths').notNull(),
  /** responses on the public form need a one-time token from an invitation */
  tokenRequired: boolean('token_required').notNull().default(false),
  /** the seed of the drawn sample of dossiers (survey-extras.table.ts), null when none was drawn */
  sampleSeed: integer('sample_seed'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** The units a wave asks, each with its population, its target and the public form's link. */
export const surveyWaveUnits = pgTable(
  'survey_wave_units',
  {
    waveId: integer('wave_id')
      .notNull()
      .references(() => surveyWaves.id),
    unitId: integer('unit_id').notNull(),
    population: integer('population').notNull(),
    /** 'typed' by the secretariat, or 'dossiers': resolved in the wave's period */
    populationSource: text('population_source').$type<'typed' | 'dossiers'>().notNull(),
    target: integer('target').notNull(),
    /** the public form's link for this unit and wave (random, unguessable; printed as a QR code at the counter) */
    link: text('link').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.unitId] }), uniqueIndex('survey_wave_units_link').on(t.link)],
);

/**
 * A response: its answers and where it came from, nothing about who gave it — no IP address,
 * no user agent, no name (issue 19: respondents are anonymous). `clientKey` makes a retried
 * submission (the form's own key) or a re-imported row (the file's response id) land once.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    waveId: integer('wave_id').notNull(),
    unitId: integer('unit_id').notNull(),
    channel: text('channel').$type<'public' | 'paper' | 'import'>().notNull(),
    /** the day answered, in the configured time zone (results by period count by it) */
    answeredOn: date('answered_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    clientKey: text('client_key').notNull(),
    /** the same answers already came through this unit's link that day: kept and shown, not counted in the results */
    duplicateOf: bigint('duplicate_of', { mode: 'number' }),
    /** the officer who typed a paper form in (null for the public form and files) */
    enteredBy: integer('entered_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_client_key').on(t.waveId, t.clientKey),
    index('survey_responses_unit_day').on(t.waveId, t.unitId, t.answeredOn),
    // A new response looks for the same answers among its unit's counted ones of that day (a
    // duplicate): by their digest, so a busy link's day is one probe, not a scan of its answers.
    index('survey_responses_same_answers')
      .on(t.waveId, t.unitId, t.answeredOn, sql`md5(${t.answers}::text)`)
      .where(sql`${t.duplicateOf} is null`),
    // Results count the duplicates shown beside them: a few among a million, found without reading the rest.
    index('survey_responses_duplicates').on(t.waveId, t.unitId, t.answeredOn).where(sql`${t.duplicateOf} is not null`),
  ],
);

/**
 * Counted answers, kept in the response's transaction, so that results for a wave of a million
 * responses read counts, whose number grows with the units, months and answers given, not with
 * the responses (33 units over 12 months: some 360,000 rows). Per wave, unit, month answered,
 * item and answer, spread over `shard`s so that concurrent submissions to one unit seldom wait on the same row:
 * - item = a question key, answer = '0'…'5' (scale; 0 "no answer") or a choice key;
 * - item = '*': answer 'responses' (responses counted) and 'respondents' (responses giving a level on some scale question);
 * - item = 'element:<key>', answer 'respondents': responses giving a level to one of its questions.
 */
export const surveyTallies = pgTable(
  'survey_tallies',
  {
    waveId: integer('wave_id').notNull(),
    unitId: integer('unit_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    item: text('item').notNull(),
    answer: text('answer').notNull(),
    shard: smallint('shard').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.waveId, t.unitId, t.month, t.item, t.answer, t.shard] })],
);

/**
 * Submissions to the public form counted per window, per link and per address, so that every
 * app process applies the same limits. The address is kept only as a keyed hash, never beside
 * a response, and windows older than a day are deleted.
 */
export const surveySubmissionCounts = pgTable(
  'survey_submission_counts',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'string' }).notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
