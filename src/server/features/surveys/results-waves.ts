import type { QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { SurveyWaveComparison } from '../../../shared/contracts/survey-analysis.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import * as questionnaires from './questionnaires.repository.ts';
import { wavesOfQuestionnaire } from './results-analysis.repository.ts';
import { elementHeads, sliceFigures } from './results-figures.ts';
import type { ResultsService } from './results.service.ts';
import * as repo from './waves.repository.ts';
import { statusOn, type SurveysDeps, type WavesService } from './waves.service.ts';

/**
 * A unit's figures (with its subtree) across the waves of one questionnaire: every wave the
 * reader may read that asks a version of the same questionnaire of the unit or units under it,
 * by start. Versions keep their element keys (shared/domain/questionnaire.ts), so the waves
 * line up; each wave is counted under its own version and its own overall rule.
 */
export function createResultsWaves(deps: Pick<SurveysDeps, 'db' | 'units' | 'today'>, results: ResultsService, waves: WavesService) {
  const { db, units, today } = deps;

  /** Whether the reader sees the wave at all (waves.service's rule); a wave they may not see is left out, not refused. */
  const readable = (actor: Actor, code: string) =>
    waves.visible(actor, code).then(
      () => true,
      (e: unknown) => {
        if (e instanceof AppError && e.code === 'not_found') return false;
        throw e;
      },
    );

  return {
    async waveComparison(actor: Actor, waveCode: string, q: { unit?: string }): Promise<SurveyWaveComparison> {
      const { wave: anchor, unitId, unitIds } = await results.scope(actor, waveCode, { unit: q.unit, descendants: true });
      const anchorFile = (await questionnaires.byId(db, anchor.questionnaireId))!;
      const within = new Set(unitIds);
      const files = new Map<number, QuestionnaireFile>([[anchor.questionnaireId, anchorFile.file]]);
      const taken: { wave: repo.WaveRow; file: QuestionnaireFile }[] = [];
      for (const wave of await wavesOfQuestionnaire(db, anchorFile.code)) {
        if (!(await repo.waveUnits(db, wave.id)).some((u) => within.has(u.unitId))) continue;
        if (!(await readable(actor, wave.code))) continue;
        if (!files.has(wave.questionnaireId)) files.set(wave.questionnaireId, (await questionnaires.byId(db, wave.questionnaireId))!.file);
        taken.push({ wave, file: files.get(wave.questionnaireId)! });
      }
      // the anchor's version names the columns; elements only other versions have come after
      const heads = elementHeads([anchorFile.file, ...files.values()]);
      const keys = heads.map((h) => h.key);
      const [ref] = await units.refsOf([unitId]);
      return {
        unit: { code: ref?.code ?? '', names: ref?.names ?? {} },
        questionnaire: anchorFile.code,
        elements: heads,
        waves: await Promise.all(
          taken.map(async ({ wave, file }) => ({
            code: wave.code,
            names: wave.names,
            from: wave.from,
            to: wave.to,
            status: statusOn(wave, today()),
            ...sliceFigures(file, await repo.talliesOf(db, wave.id, unitIds), keys),
          })),
        ),
      };
    },
  };
}
