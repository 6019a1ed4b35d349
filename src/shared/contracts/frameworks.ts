import { z } from 'zod';
import { localeSchema, localizedNames } from './common.ts';

/**
 * An index framework (issue 5) as a file: a tree of areas → criteria → sub-criteria (any
 * depth), each node with a stable key (the same across yearly versions, so years compare),
 * names and guidance per language, a maximum, and how it is scored. The same shape is the
 * JSON import/export format and the shipped templates.
 */
export const SCORING_METHODS = ['self', 'self_with_evidence', 'survey', 'computed'] as const;
export const COMPUTED_MEASURES = ['task_completion_rate', 'dossier_on_time_rate', 'dossier_online_rate', 'service_index_total'] as const;

/** points from a percentage measured in PAR Monitor: the highest threshold reached gives its points. */
export const computedFormula = z.object({
  measure: z.enum(COMPUTED_MEASURES),
  thresholds: z.array(z.object({ minPercent: z.number().min(0).max(100), points: z.number().min(0) })).min(1),
});
export type ComputedFormula = z.infer<typeof computedFormula>;

export interface FrameworkNodeFile {
  key: string;
  code: string;
  names: Record<string, string>;
  guidance?: Record<string, string>;
  max: number;
  /** false: the maximum is not confirmed from the official text; the administrator must confirm it */
  maxVerified: boolean;
  method?: (typeof SCORING_METHODS)[number];
  formula?: ComputedFormula;
  children?: FrameworkNodeFile[];
}

/**
 * Recursive (children are nodes), so it is registered with an id: OpenAPI can only describe a
 * cycle by a named component (components/schemas/FrameworkNode and its request form
 * FrameworkNodeInput); unnamed, the document referred to a component that was never written.
 */
export const frameworkNode: z.ZodType<FrameworkNodeFile> = z.lazy(() =>
  z.object({
    key: z.string().trim().regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits and . _ -').max(100),
    code: z.string().trim().min(1).max(32).describe('the number shown, e.g. 1, 1.2, 1.2.3'),
    names: localizedNames,
    guidance: localizedNames.optional(),
    max: z.number().min(0).max(1000),
    maxVerified: z.boolean(),
    method: z.enum(SCORING_METHODS).optional().describe('leaves only'),
    formula: computedFormula.optional().describe("with method 'computed'"),
    children: z.array(frameworkNode).optional(),
  }),
).meta({ id: 'FrameworkNode' });

export const frameworkFile = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9._-]+$/).max(64),
  names: localizedNames,
  /** who is assessed with it */
  subject: z.enum(['province', 'ministry', 'department', 'district', 'commune']),
  year: z.number().int().min(2000).max(2100),
  /** the basis, e.g. Decision 876/QĐ-BNV (2022) */
  basis: z.string().max(500),
  /** an example to adapt (the internal index templates), not an official framework */
  example: z.boolean().default(false),
  total: z.number().min(0).max(1000),
  areas: z.array(frameworkNode).min(1),
});
export type FrameworkFile = z.infer<typeof frameworkFile>;

export const frameworkSummary = z.object({
  code: z.string(),
  version: z.number().int(),
  names: localizedNames,
  subject: z.string(),
  year: z.number().int(),
  example: z.boolean(),
  total: z.number(),
  /** used by an assessment round: it can no longer change */
  frozen: z.boolean(),
  /** the unit whose managers edit it (a province's internal index); null: shared, changed by system-wide managers */
  owner: z.object({ code: z.string(), names: localizedNames }).nullable(),
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;
export const frameworkVersion = z.object({ version: z.number().int(), frozen: z.boolean(), owner: frameworkSummary.shape.owner, framework: frameworkFile });
/** Where a framework saved or imported for the first time belongs: a unit code, or omitted for a shared one. */
export const frameworkOwnerQuery = z.object({ owner: z.string().trim().min(1).max(64).optional().describe('the owning unit of a new framework (its managers edit it); omitted: shared, system-wide managers only') });
export type FrameworkVersion = z.infer<typeof frameworkVersion>;

/** A band of a round: the lowest percentage that reaches it (group A ≥ 90 %, B ≥ 80 %…). */
export const band = z.object({ code: z.string().min(1).max(20), minPercent: z.number().min(0).max(100) });

/** An assessment round (issue 5). */
export const createRoundRequest = z.object({
  code: z.string().trim().regex(/^[A-Za-z0-9._-]+$/).max(64),
  year: z.number().int().min(2000).max(2100),
  frameworkCode: z.string().trim().min(1),
  frameworkVersion: z.number().int().min(1).optional().describe('default: the latest'),
  groupCode: z.string().trim().min(1).describe('the unit group ranked together, e.g. departments'),
  unitCodes: z.array(z.string().trim().min(1)).min(1),
  selfAssessmentDeadline: z.iso.date().nullable().default(null),
  appraisalDeadline: z.iso.date().nullable().default(null),
  cutoffDate: z.iso.date(),
  previousRoundCode: z.string().trim().nullable().default(null),
  bands: z.array(band).default([{ code: 'A', minPercent: 90 }, { code: 'B', minPercent: 80 }]),
});
export type CreateRoundRequest = z.infer<typeof createRoundRequest>;

export const scoreRequest = z.object({ points: z.number().min(0).max(1000), explanation: z.string().max(4000).default('') });
export const appraisalRequest = z.object({ points: z.number().min(0).max(1000), reason: z.string().trim().min(1).max(4000) });
export const reopenRequest = z.object({ reason: z.string().trim().min(1).max(4000) });

export const unitResult = z.object({
  unit: z.string(),
  points: z.number(),
  percent: z.number(),
  rank: z.number().int(),
  of: z.number().int(),
  /** places gained (+) or lost (−); 'new'; 'not_comparable' when the previous ranking had another N */
  rankChange: z.union([z.number().int(), z.literal('new'), z.literal('not_comparable')]),
  pointChange: z.number().nullable(),
  band: z.string().nullable(),
  areas: z.array(z.object({ key: z.string(), points: z.number(), max: z.number(), percent: z.number() })),
  /** the standing compared with: the unit's own, or the best-placed predecessor's it merged from */
  previous: z.object({ unit: z.string(), rank: z.number().int(), of: z.number().int(), points: z.number() }).nullable(),
});
export const roundResultsResponse = z.object({
  round: z.string(),
  finalized: z.boolean(),
  units: z.array(unitResult),
  /** the round's bands, as configured (a legend needs them even where no unit reached one) */
  bands: z.array(band),
  /** each ranked unit's names (a published ranking names its units for every reader, whatever their area) */
  unitNames: z.record(z.string(), localizedNames),
});
export type RoundResultsResponse = z.infer<typeof roundResultsResponse>;

export const leafScore = z.object({
  key: z.string(),
  code: z.string(),
  max: z.number(),
  method: z.enum(SCORING_METHODS),
  self: z.number().nullable(),
  explanation: z.string(),
  evidence: z.array(z.object({ sha256: z.string(), fileName: z.string(), contentType: z.string(), size: z.number().int() })),
  appraised: z.number().nullable(),
  appraisalReason: z.string().nullable(),
  survey: z.number().nullable(),
  computed: z.number().nullable(),
  /** what counts: the appraised score if any, else the self, survey or computed one */
  points: z.number(),
});
export const unitScoresResponse = z.object({ round: z.string(), unit: z.string(), submitted: z.boolean(), finalized: z.boolean(), leaves: z.array(leafScore) });
export type UnitScoresResponse = z.infer<typeof unitScoresResponse>;

export const roundSummary = z.object({
  code: z.string(),
  year: z.number().int(),
  frameworkCode: z.string(),
  frameworkVersion: z.number().int(),
  groupCode: z.string(),
  previousRoundCode: z.string().nullable(),
  selfAssessmentDeadline: z.string().nullable(),
  appraisalDeadline: z.string().nullable(),
  cutoffDate: z.string(),
  finalized: z.boolean(),
  units: z.number().int(),
  /** the reader's own units (those they self-assess) taking part in the round */
  ownUnits: z.array(z.string()),
});
export type RoundSummary = z.infer<typeof roundSummary>;

// The assessment routes' parameters, queries and small answers (the routes declare none of their own).
export const frameworkParams = z.object({ code: z.string().trim().min(1).max(64) });
export const frameworkVersionQuery = z.object({ version: z.coerce.number().int().min(1).optional() });
export const frameworkList = z.object({ frameworks: z.array(frameworkSummary) });
export const nextVersionRequest = z.object({ year: z.number().int().min(2000).max(2100) });
export const roundParams = z.object({ code: z.string().trim().min(1) });
export const roundUnitParams = roundParams.extend({ unit: z.string().trim().min(1) });
export const roundLeafParams = roundUnitParams.extend({ key: z.string().trim().min(1) });
export const roundEvidenceParams = roundUnitParams.extend({ sha256: z.string().regex(/^[0-9a-f]{64}$/) });
export const roundList = z.object({ rounds: z.array(roundSummary) });
export const roundCreated = z.object({ code: z.string() });
export const roundExportQuery = z.object({ format: z.enum(['xlsx', 'docx']).default('xlsx'), locale: localeSchema.optional().describe("default: the account's language") });
export const savedCount = z.object({ saved: z.number().int() });
export const computedCount = z.object({ computed: z.number().int() });

/** A survey criterion's points from a survey wave (issue 19): the overall index, or one element's rate (`element`). */
export const surveyFromWaveRequest = z.object({
  nodeKey: z.string().trim().min(1).max(100),
  waveCode: z.string().trim().min(1).max(64),
  element: z.string().trim().min(1).max(64).nullable().default(null).describe("an element's key; null: the wave's overall index"),
});
export type SurveyFromWaveRequest = z.infer<typeof surveyFromWaveRequest>;
/** What was written: points = rate × max ÷ 100 per unit, and the units of the round with no answers in the wave. */
export const surveyFromWaveResponse = z.object({
  saved: z.number().int(),
  max: z.number(),
  points: z.array(z.object({ unit: z.string(), rate: z.number(), points: z.number() })),
  skipped: z.array(z.string()),
});
export type SurveyFromWaveResponse = z.infer<typeof surveyFromWaveResponse>;
