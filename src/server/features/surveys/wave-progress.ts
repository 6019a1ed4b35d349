import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { expectedBy, isBehind } from '../../../shared/domain/survey-progress.ts';
import type { Db } from '../../platform/db/database.ts';
import * as extras from './survey-extras.repository.ts';

type UnitExtras = Pick<WaveView['units'][number], 'expected' | 'behind' | 'tokens' | 'procedures' | 'sampled'>;

/**
 * What a wave's page shows of each unit beyond its target and responses: its pace (expected by
 * today and whether it is behind, while the wave is open — the rule of survey-progress.ts), its
 * tokens, its target by procedure and its drawn dossiers. Three small reads per wave; each field
 * is left out where it does not apply.
 */
export async function unitExtrasOf(db: Db, wave: { id: number; from: string; to: string }, today: string | null): Promise<(u: { unitId: number; target: number; responses: number }) => UnitExtras> {
  const tokens = await extras.tokenCounts(db, wave.id);
  const procedures = await extras.proceduresOf(db, wave.id);
  const sampled = await extras.sampledPerUnit(db, wave.id);
  return (u) => {
    const pace = { from: wave.from, to: wave.to, target: u.target };
    const own = procedures.filter((p) => p.unitId === u.unitId);
    return {
      ...(today === null ? {} : { expected: expectedBy(pace, today), behind: isBehind(pace, u.responses, today) }),
      ...(tokens.has(u.unitId) ? { tokens: tokens.get(u.unitId)! } : {}),
      ...(own.length ? { procedures: own.map((p) => ({ code: p.procedureCode, population: p.population, target: p.target })) } : {}),
      ...(sampled.has(u.unitId) ? { sampled: sampled.get(u.unitId)! } : {}),
    };
  };
}
