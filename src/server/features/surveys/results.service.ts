import type { SurveyResults } from '../../../shared/contracts/questionnaires.ts';
import { surveyFigures } from '../../../shared/domain/survey-report.ts';
import { responseRate } from '../../../shared/domain/survey-results.ts';
import { ALL, countsByItem, RESPONSES } from '../../../shared/domain/survey-tally.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { parsePeriod } from '../../../shared/domain/periods.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import * as questionnaires from './questionnaires.repository.ts';
import * as repo from './waves.repository.ts';
import { READ, type SurveysDeps, type WavesService } from './waves.service.ts';

/**
 * The first days of the first and last months of a period of whole calendar months: the counts
 * are kept by month, so a period cutting a month (an official window from the 15th) is refused.
 */
function monthsOfPeriod(text: string): { from: string; to: string } {
  const p = parsePeriod(text);
  const wholeMonths = p && p.from.endsWith('-01') && addDays(p.to, 1).endsWith('-01');
  if (!p || !wholeMonths) throw new AppError('invalid_period', { period: text });
  return { from: p.from, to: `${p.to.slice(0, 7)}-01` };
}

/**
 * A wave's results for a unit with (or without) its subtree, from the counted answers: read by
 * whoever reads surveys on that unit — an officer of a commune sees their commune's results
 * without a grant on the province running the wave.
 */
export function createResultsService(deps: SurveysDeps, waves: WavesService) {
  const { db, units } = deps;
  const subtreeOf = async (unitId: number) => units.subtreeIdsOf((await units.refsOf([unitId]))[0]!.code);

  /** The wave and the units counted, if the reader may read them (else not found: a wave's code tells outsiders nothing). */
  async function scopeOf(actor: Actor, waveCode: string, q: { unit?: string; descendants: boolean }): Promise<{ wave: repo.WaveRow; unitId: number; unitIds: number[] }> {
    if (!q.unit) {
      const wave = await waves.readable(actor, waveCode);
      return { wave, unitId: wave.unitId, unitIds: q.descendants ? await subtreeOf(wave.unitId) : [wave.unitId] };
    }
    const unitId = await units.authorizeCode(actor, READ, q.unit);
    const wave = await repo.waveByCode(db, waveCode);
    const scope = wave ? await subtreeOf(wave.unitId) : [];
    if (!wave || !scope.includes(unitId)) throw new AppError('not_found', { wave: waveCode, unit: q.unit });
    return { wave, unitId, unitIds: q.descendants ? await units.subtreeIdsOf(q.unit) : [unitId] };
  }

  return {
    /** The wave and units a reader may count (the analysis views and exports use the same rule). */
    scope: scopeOf,

    async results(actor: Actor, waveCode: string, q: { unit?: string; descendants: boolean; period?: string }): Promise<SurveyResults> {
      const months = q.period === undefined ? undefined : monthsOfPeriod(q.period);
      const { wave, unitId, unitIds } = await scopeOf(actor, waveCode, q);
      const questionnaire = (await questionnaires.byId(db, wave.questionnaireId))!.file;
      const counts = await repo.talliesOf(db, wave.id, unitIds, months);
      const counted = new Set(unitIds);
      const target = (await repo.waveUnits(db, wave.id)).filter((u) => counted.has(u.unitId)).reduce((s, u) => s + u.target, 0);
      const responses = countsByItem(counts).get(ALL)?.get(RESPONSES) ?? 0;
      const [ref] = await units.refsOf([unitId]);
      return {
        wave: wave.code,
        unit: { code: ref?.code ?? '', names: ref?.names ?? {} },
        descendants: q.descendants,
        period: q.period ?? null,
        responses,
        duplicates: await repo.duplicatesAmong(db, wave.id, unitIds, months),
        target,
        responseRate: responseRate(responses, target),
        overallRule: questionnaire.overallRule,
        ...surveyFigures(questionnaire, counts),
      };
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
