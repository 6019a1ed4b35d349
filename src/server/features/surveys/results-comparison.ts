import type { QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { SurveyUnitComparison } from '../../../shared/contracts/survey-analysis.ts';
import { responseRate } from '../../../shared/domain/survey-results.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import * as questionnaires from './questionnaires.repository.ts';
import { talliesByUnit } from './results-analysis.repository.ts';
import { elementHeads, groupCounts, sliceFigures } from './results-figures.ts';
import type { ResultsService } from './results.service.ts';
import * as repo from './waves.repository.ts';
import type { SurveysDeps } from './waves.service.ts';

export type ComparisonRow = SurveyUnitComparison['rows'][number];

/**
 * The wave's units side by side: each unit of the wave at or under a unit, with its own
 * responses only (a district's row does not repeat its communes'), ordered by unit code. Read
 * by whoever reads that unit's results: a commune's officer, asking for their commune, gets
 * their commune's row and nobody else's.
 */
export function createResultsComparison(deps: Pick<SurveysDeps, 'db' | 'units'>, results: ResultsService) {
  const { db, units } = deps;

  /** The rows of the wave's units among `unitIds`, counted in these months when given (the export's period). */
  async function rowsOf(wave: repo.WaveRow, file: QuestionnaireFile, unitIds: readonly number[], months?: { from: string; to: string }): Promise<ComparisonRow[]> {
    const within = new Set(unitIds);
    const asked = (await repo.waveUnits(db, wave.id)).filter((u) => within.has(u.unitId));
    if (!asked.length) return [];
    const refs = new Map((await units.refsOf(asked.map((u) => u.unitId))).map((r) => [r.id, { code: r.code, names: r.names }]));
    const byUnit = groupCounts(await talliesByUnit(db, wave.id, asked.map((u) => u.unitId), months), (r) => r.unitId);
    const rows = asked.map((u): ComparisonRow => {
      const f = sliceFigures(file, byUnit.get(u.unitId) ?? []);
      return { unit: refs.get(u.unitId) ?? { code: '', names: {} }, population: u.population, target: u.target, responses: f.responses, responseRate: responseRate(f.responses, u.target), elements: f.elements, overall: f.overall };
    });
    // by code point, as the codes are written (H99.02 before H99.X05): the same order on every engine and locale
    return rows.sort((a, b) => (a.unit.code < b.unit.code ? -1 : a.unit.code > b.unit.code ? 1 : 0));
  }

  return {
    rowsOf,

    async unitComparison(actor: Actor, waveCode: string, q: { unit?: string }): Promise<SurveyUnitComparison> {
      const { wave, unitId, unitIds } = await results.scope(actor, waveCode, { unit: q.unit, descendants: true });
      const file = (await questionnaires.byId(db, wave.questionnaireId))!.file;
      const [ref] = await units.refsOf([unitId]);
      return {
        wave: wave.code,
        unit: { code: ref?.code ?? '', names: ref?.names ?? {} },
        elements: elementHeads([file]),
        rows: await rowsOf(wave, file, unitIds),
      };
    },
  };
}

export type ResultsComparison = ReturnType<typeof createResultsComparison>;
