import type { DrawnSample } from '../../../shared/contracts/survey-extras.ts';
import { csvText } from '../../../shared/domain/csv.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import * as extras from './survey-extras.repository.ts';
import * as repo from './waves.repository.ts';
import { ENTER, type SurveysDeps, type WavesService } from './waves.service.ts';

/**
 * A unit's drawn dossiers, for the unit's officers who go and ask those applicants
 * (`surveys.enter` on the unit): codes only, never shown beyond the unit's scope.
 */
export function createSurveySamples(deps: SurveysDeps, waves: WavesService) {
  const { db, units } = deps;

  async function sample(actor: Actor, waveCode: string, unitCode: string): Promise<DrawnSample> {
    // The unit first: a unit out of scope is forbidden whatever the wave, which tells nothing of the wave.
    const unitId = await units.authorizeCode(actor, ENTER, unitCode);
    const { wave } = await waves.visible(actor, waveCode, ENTER);
    if (!(await repo.waveUnits(db, wave.id)).some((u) => u.unitId === unitId)) throw new AppError('not_found', { wave: waveCode, unit: unitCode });
    if (wave.sampleSeed === null) throw new AppError('not_found', { wave: waveCode, sample: 'none' });
    const [ref] = await units.refsOf([unitId]);
    const rows = await extras.sampleOf(db, wave.id, unitId);
    return { wave: wave.code, unit: { code: ref?.code ?? unitCode, names: ref?.names ?? {} }, seed: wave.sampleSeed, dossiers: rows.map((r) => ({ order: r.position, procedure: r.procedureCode, code: r.dossierCode })) };
  }

  return {
    sample,
    /** The same list as a CSV file (formula-safe, shared/domain/csv.ts). */
    async sampleCsv(actor: Actor, waveCode: string, unitCode: string): Promise<string> {
      const s = await sample(actor, waveCode, unitCode);
      return csvText(['order', 'procedure_code', 'dossier_code'], s.dossiers.map((d) => ({ order: d.order, procedure_code: d.procedure, dossier_code: d.code })));
    },
  };
}
export type SurveySamples = ReturnType<typeof createSurveySamples>;
