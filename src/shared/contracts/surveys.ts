import { z } from 'zod';
import { SAMPLE_DESIGNS } from '../domain/survey-sampling.ts';
import { localeSchema, localizedNames } from './common.ts';
import { answers, questionnaireFile } from './questionnaires.ts';

/**
 * Survey waves, responses and results (issue 19): the API's requests and answers. The
 * questionnaire itself is contracts/questionnaires.ts.
 */
const code = z.string().trim().regex(/^[A-Za-z0-9._-]+$/).max(64);
const unitCode = z.string().trim().min(1).max(64);
const unitRef = z.object({ code: z.string(), names: localizedNames });

/** Where a wave's populations come from: typed per unit, or the dossiers each unit resolved in a period (the wave's own by default). */
export const wavePopulation = z.discriminatedUnion('source', [
  z.object({ source: z.literal('typed'), units: z.array(z.object({ unitCode, population: z.number().int().min(0).max(100_000_000) })).min(1).max(5000) }),
  z.object({
    source: z.literal('dossiers'),
    unitCodes: z.array(unitCode).min(1).max(5000),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    byProcedure: z.boolean().optional().describe("share each unit's target among its procedures in proportion to their resolved dossiers (largest remainder)"),
    sample: z
      .object({ seed: z.number().int().min(0).max(2_147_483_647).optional().describe('default: a random one, kept with the wave') })
      .optional()
      .describe("draw each unit's (or procedure's) target of resolved dossiers, by code only: the same seed over the same dossiers draws the same codes"),
  }),
]);

export const createWaveRequest = z
  .object({
    code,
    names: localizedNames,
    questionnaireCode: z.string().trim().min(1).max(64),
    questionnaireVersion: z.number().int().min(1).optional().describe('default: the latest'),
    unitCode: unitCode.describe('the scope: the unit running the wave; the units asked are it or under it'),
    from: z.iso.date(),
    to: z.iso.date(),
    design: z.enum(SAMPLE_DESIGNS).default('per_unit'),
    margin: z.number().gt(0).lt(1).default(0.05),
    tokenRequired: z.boolean().default(false),
    population: wavePopulation,
  })
  .refine((w) => w.from <= w.to, { path: ['to'], message: 'before_from' });
export type CreateWaveRequest = z.infer<typeof createWaveRequest>;

export const WAVE_STATUSES = ['upcoming', 'open', 'closed'] as const;

export const waveUnit = z.object({
  unit: unitRef,
  population: z.number().int(),
  populationSource: z.enum(['typed', 'dossiers']),
  target: z.number().int(),
  responses: z.number().int(),
  /** the public form's link (its last path segment) */
  link: z.string(),
  /** responses expected by today at an even pace (shared/domain/survey-progress.ts); while the wave is open */
  expected: z.number().int().optional(),
  /** fewer responses than expected by today: the unit is reminded weekly */
  behind: z.boolean().optional(),
  /** one-time tokens given out for this unit's link, and how many were used; absent when none */
  tokens: z.object({ issued: z.number().int(), used: z.number().int() }).optional(),
  /** the unit's target shared among its procedures (a wave asked with `byProcedure`) */
  procedures: z.array(z.object({ code: z.string(), population: z.number().int(), target: z.number().int() })).optional(),
  /** dossiers drawn for the unit (a wave asked with `sample`): the list is GET …/sample */
  sampled: z.number().int().optional(),
});
export const waveView = z.object({
  code: z.string(),
  names: localizedNames,
  questionnaire: z.object({ code: z.string(), version: z.number().int(), names: localizedNames }),
  unit: unitRef,
  from: z.string(),
  to: z.string(),
  status: z.enum(WAVE_STATUSES),
  design: z.enum(SAMPLE_DESIGNS),
  margin: z.number(),
  tokenRequired: z.boolean(),
  target: z.number().int(),
  responses: z.number().int(),
  /** the seed of the drawn sample of dossiers, when one was drawn */
  sampleSeed: z.number().int().optional(),
  units: z.array(waveUnit),
});
export type WaveView = z.infer<typeof waveView>;
export const waveList = z.object({ waves: z.array(waveView.omit({ units: true })) });
export const waveParams = z.object({ code: z.string().trim().min(1).max(64) });

/** A respondent's submission on the public form: `clientKey` is made by the form once per response, so a retry lands once. */
export const publicSubmission = z.object({
  clientKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
  answers,
  /** the one-time token of an invitation (a printed slip, an SMS): needed when the form says `tokenRequired` */
  token: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/).optional(),
});
export const publicLinkParams = z.object({ link: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/) });
export const publicForm = z.object({
  wave: z.object({ code: z.string(), names: localizedNames, from: z.string(), to: z.string(), status: z.enum(WAVE_STATUSES) }),
  unit: unitRef,
  questionnaire: questionnaireFile,
  /** a submission needs a one-time token: the wave asks for them, or tokens were given out for this link */
  tokenRequired: z.boolean(),
});
export type PublicForm = z.infer<typeof publicForm>;
/** What a submission got: stored (or stored before, for a retry); `duplicate` when the same answers already came through this link that day. */
export const submissionReceipt = z.object({ stored: z.literal(true), duplicate: z.boolean() });

/** A paper form typed in by an officer of the unit. */
export const paperEntry = z.object({
  unitCode,
  answeredOn: z.iso.date(),
  clientKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).describe("made by the entry form once per paper form: saving twice keeps one"),
  answers,
});
export type PaperEntry = z.infer<typeof paperEntry>;

export const resultsQuery = z.object({
  unit: unitCode.optional().describe("default: the wave's own unit"),
  descendants: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  period: z.string().trim().max(40).optional().describe('whole calendar months the responses were answered in: 2026-09, 2026-Q3, 2026-H1, 2026; default the whole wave'),
  locale: localeSchema.optional(),
});
