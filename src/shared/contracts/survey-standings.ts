import { z } from 'zod';
import { OVERALL_RULES } from '../domain/survey-results.ts';

/**
 * A unit's published standing recorded from a survey wave (issue 19): the wave's overall index
 * for the unit with its subtree, by the questionnaire's rule, becomes the unit's value on an
 * external index (SIPAS by default) for a year — no rank, being one unit's figure.
 */
export const recordStandingRequest = z.object({
  unitCode: z.string().trim().min(1).max(64),
  indexCode: z.string().trim().min(1).max(40).default('SIPAS'),
  year: z.number().int().min(1900).max(2200).describe("a year the wave's period falls in"),
  replace: z.boolean().default(false).describe('overwrite a standing of that index and year from another source (a published list, another wave)'),
});
export type RecordStandingRequest = z.infer<typeof recordStandingRequest>;

export const recordStandingResponse = z.object({
  unitCode: z.string(),
  indexCode: z.string(),
  year: z.number().int(),
  /** the overall index in percent, two decimals */
  value: z.number(),
  /** how the index was made from the elements (the official rule is not verified) */
  rule: z.enum(OVERALL_RULES),
  responses: z.number().int(),
  /** what the standing's source says: the wave, the questionnaire version, the rule and the responses */
  source: z.string(),
  /** the standing it replaced, if any */
  replaced: z.object({ value: z.number(), source: z.string() }).nullable(),
});
export type RecordStandingResponse = z.infer<typeof recordStandingResponse>;
