import { z } from 'zod';
import { localizedNames } from './common.ts';

/**
 * One-time tokens of invitations and drawn samples of dossiers (issue 19): requests and answers
 * of their routes. The waves themselves are contracts/surveys.ts.
 */
const unitCode = z.string().trim().min(1).max(64);
const unitRef = z.object({ code: z.string(), names: localizedNames });

/** The most tokens given out in one request (a print run of slips, a batch of SMS). */
export const MAX_TOKENS_PER_REQUEST = 5000;

export const issueTokensRequest = z.object({
  unitCode: unitCode.describe("a unit of the wave: the tokens work on its link only"),
  count: z.number().int().min(1).max(MAX_TOKENS_PER_REQUEST),
});
export type IssueTokensRequest = z.infer<typeof issueTokensRequest>;

/** The tokens, shown this once (only their keyed hashes are kept), each with its form's address path. */
export const issuedTokens = z.object({
  wave: z.string(),
  unit: unitRef,
  link: z.string(),
  /** tokens given out for the unit's link so far, these included */
  issued: z.number().int(),
  tokens: z.array(z.object({ token: z.string(), url: z.string().describe('the public form with the token: /s/{link}?t={token}') })),
});
export type IssuedTokens = z.infer<typeof issuedTokens>;

export const sampleQuery = z.object({ unit: unitCode.describe('the unit whose drawn dossiers to list (its officers only)') });

/** A unit's drawn dossiers, by code only, in the order drawn (per procedure when the target was shared among them). */
export const drawnSample = z.object({
  wave: z.string(),
  unit: unitRef,
  seed: z.number().int(),
  dossiers: z.array(z.object({ order: z.number().int(), procedure: z.string().nullable(), code: z.string() })),
});
export type DrawnSample = z.infer<typeof drawnSample>;
