import { randomInt } from 'node:crypto';
import type { Answers, QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { PaperEntry, PublicForm } from '../../../shared/contracts/surveys.ts';
import { answerProblems } from '../../../shared/domain/questionnaire.ts';
import { tallyItems } from '../../../shared/domain/survey-tally.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { createPublicLimits } from './public-limits.ts';
import { spendToken, tokenRequired } from './tokens.service.ts';
import * as questionnaires from './questionnaires.repository.ts';
import * as repo from './waves.repository.ts';
import { ENTER, statusOn, type SurveysDeps, type WavesService } from './waves.service.ts';

/** One response to store: where from, for which unit and day, under which key. */
export interface NewResponse {
  wave: repo.WaveRow;
  unitId: number;
  channel: 'public' | 'paper' | 'import';
  answeredOn: string;
  clientKey: string;
  answers: Answers;
  enteredBy: number | null;
}

/** The first day of the date's month: the counts' grain. */
const monthOf = (date: string) => `${date.slice(0, 7)}-01`;

/** Refused unless every answer keeps the questionnaire's rules (the same check the form runs). */
export function checkAnswers(q: QuestionnaireFile, answers: Answers): void {
  const problems = answerProblems(q, answers);
  if (problems.length) throw new AppError('response_invalid', { problems });
}

/**
 * Store one checked response in the caller's transaction, with its counts: once per key (a
 * retry or a re-imported row finds it stored), and as a duplicate — kept, not counted — when
 * the same answers already came for the unit that day. Returns whether it is a duplicate.
 */
export async function storeResponse(tx: Db, q: QuestionnaireFile, r: NewResponse): Promise<{ duplicate: boolean; stored: boolean }> {
  const had = await repo.responseByKey(tx, r.wave.id, r.clientKey);
  if (had) return { duplicate: had.duplicateOf !== null, stored: false };
  const duplicateOf = (await repo.sameAnswers(tx, { waveId: r.wave.id, unitId: r.unitId, answeredOn: r.answeredOn, answers: r.answers })) ?? null;
  const id = await repo.insertResponse(tx, { waveId: r.wave.id, unitId: r.unitId, channel: r.channel, answeredOn: r.answeredOn, answers: r.answers, clientKey: r.clientKey, enteredBy: r.enteredBy, duplicateOf });
  if (id === undefined) return { duplicate: false, stored: false };
  if (duplicateOf === null) await repo.addTallies(tx, { waveId: r.wave.id, unitId: r.unitId, month: monthOf(r.answeredOn), shard: randomInt(repo.SHARDS) }, tallyItems(q, r.answers));
  return { duplicate: duplicateOf !== null, stored: true };
}

/**
 * Responses known to be new, and distinct from each other and from what is stored (the demo's
 * are drawn so): one insert for them all and one addition to the counts per month, where
 * storeResponse takes four statements each. The same rows and counts, written in bulk; any
 * response that may be a retry or a duplicate goes through storeResponse.
 */
export async function storeNewResponses(tx: Db, q: QuestionnaireFile, wave: NewResponse['wave'], unitId: number, rows: readonly Pick<NewResponse, 'channel' | 'answeredOn' | 'clientKey' | 'answers'>[]): Promise<void> {
  if (!rows.length) return;
  await repo.insertResponses(tx, rows.map((r) => ({ waveId: wave.id, unitId, channel: r.channel, answeredOn: r.answeredOn, answers: r.answers, clientKey: r.clientKey, enteredBy: null, duplicateOf: null })));
  const byMonth = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) byMonth.set(monthOf(r.answeredOn), [...(byMonth.get(monthOf(r.answeredOn)) ?? []), r]);
  for (const [month, ofMonth] of byMonth) await repo.addTallies(tx, { waveId: wave.id, unitId, month, shard: randomInt(repo.SHARDS) }, ofMonth.flatMap((r) => tallyItems(q, r.answers)));
}

/**
 * Responses: the public form (no account; anonymous — nothing about the respondent is kept),
 * paper forms typed in by the unit's officers (`surveys.enter`), and files (import.service.ts).
 */
export function createResponsesService(deps: SurveysDeps, waves: WavesService) {
  const { db, units, today } = deps;
  const admit = createPublicLimits(db, deps.secret, deps.publicLimits);

  async function byLink(link: string) {
    const found = await repo.waveUnitByLink(db, link);
    if (!found) throw new AppError('not_found', { link });
    const q = await questionnaires.byId(db, found.wave.questionnaireId);
    if (!q) throw new AppError('not_found', { link });
    return { ...found, questionnaire: q.file };
  }

  return {
    /** What the public form shows for a link: the wave, the unit and the questionnaire. */
    async form(link: string): Promise<PublicForm> {
      const { wave, unit, questionnaire } = await byLink(link);
      const [ref] = await units.refsOf([unit.unitId]);
      return {
        wave: { code: wave.code, names: wave.names, from: wave.from, to: wave.to, status: statusOn(wave, today()) },
        unit: { code: ref?.code ?? '', names: ref?.names ?? {} },
        questionnaire,
        tokenRequired: await tokenRequired(db, wave, unit.unitId),
      };
    },

    /**
     * A respondent's submission, within the public form's limits (by its link and the caller's
     * address, counted apart from the responses). Not audited: a response is no official's act, and it is
     * itself the append-only record (who may not be known: respondents are anonymous).
     */
    async submit(link: string, submission: { clientKey: string; answers: Answers; token?: string }, address: string): Promise<{ stored: true; duplicate: boolean }> {
      const { wave, unit, questionnaire } = await byLink(link);
      await admit(link, address);
      const day = today();
      if (statusOn(wave, day) !== 'open') throw new AppError('survey_wave_closed', { wave: wave.code, from: wave.from, to: wave.to });
      checkAnswers(questionnaire, submission.answers);
      const needsToken = await tokenRequired(db, wave, unit.unitId);
      const { duplicate } = await inTransaction(db, async (tx) => {
        // The token is spent with the response stored, or neither (tokens.service.ts).
        if (needsToken) await spendToken(tx, deps.secret, { waveId: wave.id, unitId: unit.unitId, clientKey: submission.clientKey, token: submission.token });
        return storeResponse(tx, questionnaire, { wave, unitId: unit.unitId, channel: 'public', answeredOn: day, clientKey: submission.clientKey, answers: submission.answers, enteredBy: null });
      });
      return { stored: true, duplicate };
    },

    /** A paper form typed in by an officer of the unit, answered within the wave's period. */
    async enterPaper(actor: Actor, waveCode: string, entry: PaperEntry): Promise<{ stored: true; duplicate: boolean }> {
      const { wave } = await waves.visible(actor, waveCode, ENTER);
      const unitId = await units.authorizeCode(actor, ENTER, entry.unitCode);
      if (!(await repo.waveUnits(db, wave.id)).some((u) => u.unitId === unitId)) throw new AppError('not_found', { wave: waveCode, unit: entry.unitCode });
      if (entry.answeredOn < wave.from || entry.answeredOn > wave.to || entry.answeredOn > today()) throw new AppError('survey_wave_closed', { wave: wave.code, from: wave.from, to: wave.to });
      const q = await questionnaires.byId(db, wave.questionnaireId);
      checkAnswers(q!.file, entry.answers);
      return inTransaction(db, async (tx) => {
        const { duplicate, stored } = await storeResponse(tx, q!.file, { wave, unitId, channel: 'paper', answeredOn: entry.answeredOn, clientKey: entry.clientKey, answers: entry.answers, enteredBy: actor.kind === 'user' ? actor.id : null });
        if (stored) await appendAudit(tx, actor, { action: 'survey_response.enter', entity: 'survey_response', entityId: `${wave.code}/${entry.clientKey}`, unitId, before: null, after: { answeredOn: entry.answeredOn, duplicate } });
        return { stored: true as const, duplicate };
      });
    },
  };
}

export type ResponsesService = ReturnType<typeof createResponsesService>;
