import { z } from 'zod';
import { unitCode } from './common.ts';
import { permission } from './auth.ts';

export const apiToken = z.object({
  id: z.number().int(),
  name: z.string(),
  unitCode: z.string().nullable(),
  permissions: z.array(permission),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const createTokenRequest = z.object({
  name: z.string().trim().min(1).max(200),
  unitCode: unitCode.nullable(),
  permissions: z.array(permission).min(1),
});
export type CreateTokenRequest = z.infer<typeof createTokenRequest>;

/** The secret is in this response only; the server keeps its hash. */
export const createdToken = z.object({ token: apiToken, secret: z.string() });
export const tokenList = z.object({ tokens: z.array(apiToken) });
export const tokenIdParams = z.object({ id: z.coerce.number().int() });
