import { createHmac, randomBytes } from 'node:crypto';
import type { IssuedTokens, IssueTokensRequest } from '../../../shared/contracts/survey-extras.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import * as extras from './survey-extras.repository.ts';
import * as repo from './waves.repository.ts';
import { MANAGE, type SurveysDeps, type WavesService } from './waves.service.ts';

/**
 * Tokens are typed from a slip as often as followed from a link, so: 12 characters of Crockford's
 * base32 (no I, L, O, U to misread), 60 random bits — with 5,000 tokens on a link, a guess
 * succeeds once in 2⁴⁷ tries, and the public form's limits allow 600 tries in 10 minutes.
 * Read in any case: "k7m2…" is "K7M2…".
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;
// 32 letters: a byte's low five bits pick one without bias.
const newToken = () => Array.from(randomBytes(LENGTH), (b) => ALPHABET[b & 31]).join('');

/** The keyed hash kept for a token (as public-limits.ts keeps addresses): the table holds no usable token. */
export const tokenHash = (secret: string, token: string) => createHmac('sha256', secret).update(`survey-token\u0000${token.toUpperCase()}`).digest('base64url');

/** Whether a link's form takes only submissions with a token: the wave asks for them, or some were given out for the link. */
export async function tokenRequired(db: Db, wave: repo.WaveRow, unitId: number): Promise<boolean> {
  return wave.tokenRequired || (await extras.hasTokens(db, wave.id, unitId));
}

/**
 * Spend a submission's token, in the transaction that stores it (survey_token_* otherwise, and
 * the transaction is undone: nothing stored). A retry of a submission already stored — its
 * `clientKey` found — spends nothing and lets storeResponse answer "stored", also when the
 * first attempt is still committing: the retry waits on the token's row, then finds its key.
 */
export async function spendToken(tx: Db, secret: string, s: { waveId: number; unitId: number; clientKey: string; token: string | undefined }): Promise<void> {
  const stored = () => repo.responseByKey(tx, s.waveId, s.clientKey);
  if (await stored()) return;
  if (s.token === undefined) throw new AppError('survey_token_required');
  const key = { waveId: s.waveId, unitId: s.unitId, hash: tokenHash(secret, s.token) };
  if (await extras.spendToken(tx, key)) return;
  if (await stored()) return;
  throw new AppError((await extras.tokenOf(tx, key)) ? 'survey_token_used' : 'survey_token_invalid');
}

/**
 * One-time tokens of invitations for a unit's link: given out by a survey manager of the unit
 * (`surveys.manage`), shown once, kept as keyed hashes. Audited with their count, never the tokens.
 */
export function createSurveyTokens(deps: SurveysDeps, waves: WavesService) {
  const { db, units } = deps;
  return {
    async issue(actor: Actor, waveCode: string, req: IssueTokensRequest): Promise<IssuedTokens> {
      // The unit first: a unit out of scope is forbidden whatever the wave, which tells nothing of the wave.
      const unitId = await units.authorizeCode(actor, MANAGE, req.unitCode);
      const { wave } = await waves.visible(actor, waveCode, MANAGE);
      const unit = (await repo.waveUnits(db, wave.id)).find((u) => u.unitId === unitId);
      if (!unit) throw new AppError('not_found', { wave: waveCode, unit: req.unitCode });
      const tokens = Array.from({ length: req.count }, newToken);
      const issued = await inTransaction(db, async (tx) => {
        await extras.insertTokens(tx, wave.id, unitId, tokens.map((t) => tokenHash(deps.secret, t)));
        const total = await extras.tokensIssued(tx, wave.id, unitId);
        await appendAudit(tx, actor, { action: 'survey_tokens.issue', entity: 'survey_wave', entityId: wave.code, unitId, before: null, after: { unit: req.unitCode, count: req.count, issued: total } });
        return total;
      });
      const [ref] = await units.refsOf([unitId]);
      return {
        wave: wave.code,
        unit: { code: ref?.code ?? req.unitCode, names: ref?.names ?? {} },
        link: unit.link,
        issued,
        tokens: tokens.map((token) => ({ token, url: `/s/${unit.link}?t=${token}` })),
      };
    },
  };
}
export type SurveyTokens = ReturnType<typeof createSurveyTokens>;
