import { randomInt } from 'node:crypto';
import type { CreateWaveRequest } from '../../../shared/contracts/surveys.ts';
import { drawCodes } from '../../../shared/domain/survey-draw.ts';
import { allocate } from '../../../shared/domain/survey-sampling.ts';
import { invalidField } from '../../../shared/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import type { ResolvedDossiersOf } from './survey-deps.ts';
import * as extras from './survey-extras.repository.ts';

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What a wave asked beyond its units' targets: each target shared among procedures, and dossiers drawn. */
export interface SamplePlan {
  byProcedure: boolean;
  seed: number | null;
  procedures: Omit<extras.ProcedureRow, 'waveId'>[];
  dossiers: Omit<extras.SampleRow, 'waveId'>[];
  /** how many were drawn in all (the audit's figure) */
  drawn: number;
}

/**
 * The allocation by procedure and the drawn sample a wave asks for (null when it asks neither;
 * only populations counted from dossiers have them). Each unit's target is shared among the
 * procedures of the dossiers it resolved, in proportion to their numbers (largest remainder,
 * survey-sampling.ts `allocate`); the draw takes each unit's — or each procedure's — share of
 * those dossiers' codes (survey-draw.ts), reproducible from the seed.
 */
export async function planSample(deps: { units: Pick<UnitsService, 'refsOf'>; resolvedDossiersOf?: ResolvedDossiersOf }, req: CreateWaveRequest, strata: readonly { unitId: number }[], targets: ReadonlyMap<string, number>): Promise<SamplePlan | null> {
  const p = req.population;
  if (p.source !== 'dossiers' || (!p.byProcedure && !p.sample)) return null;
  if (!deps.resolvedDossiersOf) throw invalidField('population.source', 'unavailable', 'dossiers');
  const seed = p.sample ? (p.sample.seed ?? randomInt(2_147_483_647)) : null;
  const codes = new Map((await deps.units.refsOf(strata.map((s) => s.unitId))).map((u) => [u.id, u.code]));
  const plan: SamplePlan = { byProcedure: p.byProcedure === true, seed, procedures: [], dossiers: [], drawn: 0 };
  for (const { unitId } of strata) {
    const target = targets.get(String(unitId)) ?? 0;
    const resolved = await deps.resolvedDossiersOf({ unitId, from: p.from ?? req.from, to: p.to ?? req.to });
    const unitCode = codes.get(unitId) ?? String(unitId);
    const drawn: { procedureCode: string | null; dossierCode: string }[] = [];
    if (p.byProcedure) {
      const byProcedure = new Map<string, { code: string }[]>();
      for (const d of resolved) {
        const list = byProcedure.get(d.procedureCode);
        if (list) list.push(d);
        else byProcedure.set(d.procedureCode, [d]);
      }
      const procedures = [...byProcedure.keys()].sort(byCode);
      const shares = allocate(target, procedures.map((c) => byProcedure.get(c)!.length));
      for (const [i, code] of procedures.entries()) {
        const dossiers = byProcedure.get(code)!;
        plan.procedures.push({ unitId, procedureCode: code, population: dossiers.length, target: shares[i]! });
        if (seed !== null) drawn.push(...drawCodes(dossiers.map((d) => d.code), shares[i]!, seed, `${unitCode}/${code}`).map((dossierCode) => ({ procedureCode: code, dossierCode })));
      }
    } else if (seed !== null) {
      drawn.push(...drawCodes(resolved.map((d) => d.code), target, seed, unitCode).map((dossierCode) => ({ procedureCode: null, dossierCode })));
    }
    plan.dossiers.push(...drawn.map((d, i) => ({ unitId, position: i + 1, ...d })));
    plan.drawn += drawn.length;
  }
  return plan;
}

/** Keep a wave's plan, in its creation's transaction. */
export async function storeSample(tx: Db, waveId: number, plan: SamplePlan): Promise<void> {
  await extras.insertProcedures(tx, plan.procedures.map((r) => ({ ...r, waveId })));
  await extras.insertSample(tx, plan.dossiers.map((r) => ({ ...r, waveId })));
}
