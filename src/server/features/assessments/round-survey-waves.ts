import type { SurveyFromWaveRequest, SurveyFromWaveResponse } from '../../../shared/contracts/frameworks.ts';
import { toCents } from '../../../shared/domain/points.ts';
import { pointsFromRate } from '../../../shared/domain/survey-results.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import { loadRound } from './round-results.ts';
import { writeScores, type ScoreWrite } from './round-scores.ts';
import * as repo from './rounds.repository.ts';

/**
 * A survey wave's satisfaction rate for a unit with its subtree: the overall index, or one
 * element's rate; null when the unit has no answers there (or is not in the wave). The surveys
 * feature answers it, wired in app.ts; it fails with not_found for a wave that does not exist.
 */
export type SurveyRateOf = (q: { wave: string; unitCode: string; element: string | null }) => Promise<number | null>;

/**
 * A survey criterion's points from a wave (issue 19): for each unit of the round, the rate
 * × the criterion's maximum ÷ 100, to hundredths, half up — the rule the round's page shows.
 * Units without answers in the wave get no points and are named; each score written is audited.
 */
export function surveyPointsFromWave({ db, units, surveyRate }: { db: Db; units: UnitsService; surveyRate?: SurveyRateOf }) {
  return async (actor: Actor, roundCode: string, req: SurveyFromWaveRequest): Promise<SurveyFromWaveResponse> => {
    const r = await loadRound(db, roundCode);
    if (r.row.finalizedAt) throw new AppError('round_closed', { round: roundCode });
    const leaf = r.leaves.get(req.nodeKey);
    if (!leaf || leaf.method !== 'survey') throw new AppError('score_not_allowed', { node: req.nodeKey, max: leaf?.max ?? null });
    if (!surveyRate) throw new AppError('not_found', { wave: req.waveCode });
    const members = await units.refsOf((await repo.roundUnitsOf(db, r.row.id)).map((m) => m.unitId));
    const writes: ScoreWrite[] = [];
    const points: SurveyFromWaveResponse['points'] = [];
    const skipped: string[] = [];
    for (const u of members.sort((a, b) => a.code.localeCompare(b.code))) {
      await units.authorizeCode(actor, 'assessments.manage', u.code);
      const rate = await surveyRate({ wave: req.waveCode, unitCode: u.code, element: req.element });
      if (rate === null) {
        skipped.push(u.code);
        continue;
      }
      const p = pointsFromRate(rate, leaf.max);
      points.push({ unit: u.code, rate, points: p });
      writes.push({ unitId: u.id, unitCode: u.code, nodeKey: leaf.key, set: { surveyCents: toCents(p) } });
    }
    await writeScores(db, actor, r, writes, 'score.survey_wave');
    return { saved: writes.length, max: leaf.max, points, skipped };
  };
}
