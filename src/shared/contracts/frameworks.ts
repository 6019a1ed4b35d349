import { z } from 'zod';
import { localizedNames } from './common.ts';

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
);

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
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;
export const frameworkVersion = z.object({ version: z.number().int(), frozen: z.boolean(), framework: frameworkFile });
export type FrameworkVersion = z.infer<typeof frameworkVersion>;
