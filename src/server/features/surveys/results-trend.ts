import type { SurveyTrend } from '../../../shared/contracts/survey-analysis.ts';
import { monthsOf } from '../../../shared/domain/periods.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import * as questionnaires from './questionnaires.repository.ts';
import { talliesByMonth } from './results-analysis.repository.ts';
import { elementHeads, groupCounts, sliceFigures } from './results-figures.ts';
import type { ResultsService } from './results.service.ts';
import type { SurveysDeps } from './waves.service.ts';

/**
 * A wave month by month for a unit (with its subtree by default), read by whoever reads its
 * results (results.service.ts `scope`). Every calendar month from the wave's first day to its
 * last — or today, while it runs — is given, those without responses too: a chart's gaps are
 * months nobody answered, not months left out.
 */
export function createResultsTrend(deps: Pick<SurveysDeps, 'db' | 'units' | 'today'>, results: ResultsService) {
  const { db, units, today } = deps;
  return {
    async trend(actor: Actor, waveCode: string, q: { unit?: string; descendants: boolean }): Promise<SurveyTrend> {
      const { wave, unitId, unitIds } = await results.scope(actor, waveCode, q);
      const file = (await questionnaires.byId(db, wave.questionnaireId))!.file;
      const last = wave.to < today() ? wave.to : today();
      const months = last < wave.from ? [] : monthsOf({ from: wave.from, to: last, label: '' });
      const byMonth = groupCounts(await talliesByMonth(db, wave.id, unitIds), (r) => r.month);
      const [ref] = await units.refsOf([unitId]);
      return {
        wave: wave.code,
        unit: { code: ref?.code ?? '', names: ref?.names ?? {} },
        descendants: q.descendants,
        elements: elementHeads([file]),
        months: months.map((month) => ({ month, ...sliceFigures(file, byMonth.get(month) ?? []) })),
      };
    },
  };
}
