import type { FrameworkFile, FrameworkNodeFile, RoundResultsResponse } from '../../../shared/contracts/frameworks.ts';
import { roundResults, type PreviousStanding } from '../../../shared/domain/assessment-results.ts';
import { flattenFramework } from '../../../shared/domain/framework-tree.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import * as frameworksRepo from './frameworks.repository.ts';
import * as repo from './rounds.repository.ts';

/** A round with its framework version, read once per request. */
export interface LoadedRound {
  row: repo.RoundRow;
  framework: FrameworkFile;
  leaves: Map<string, FrameworkNodeFile>;
  /** node key → the key of its area (top-level node) */
  areaOf: Map<string, string>;
}

export async function loadRound(db: Db, code: string): Promise<LoadedRound> {
  const row = await repo.findRound(db, code);
  if (!row) throw new AppError('not_found', { round: code });
  const version = (await frameworksRepo.listVersions(db)).find((v) => v.id === row.frameworkId)!;
  const framework = await frameworksRepo.fileOf(db, version);
  const flat = flattenFramework(framework);
  const areaOf = new Map<string, string>();
  for (const { node, parentKey } of flat) areaOf.set(node.key, parentKey === null ? node.key : areaOf.get(parentKey)!);
  const leaves = new Map(flat.filter(({ node }) => !node.children?.length).map(({ node }) => [node.key, node]));
  return { row, framework, leaves, areaOf };
}

/** The score that counts, in hundredths: the appraiser's, else the unit's own, else the survey's or PAR Monitor's. */
export const effectiveCents = (s: repo.ScoreRow) => s.appraisedCents ?? s.selfCents ?? s.surveyCents ?? s.computedCents ?? 0;

/**
 * The round's ranking, each unit compared with its standing in the previous round — or, for a
 * unit formed by a merger, with its best-placed predecessor's (pure maths in
 * shared/domain/assessment-results.ts). No visibility check: callers decide who may see it.
 */
export async function rankedResults(db: Db, units: UnitsService, r: LoadedRound): Promise<RoundResultsResponse['units']> {
  const members = await repo.roundUnitsOf(db, r.row.id);
  const refs = new Map((await units.refsOf(members.map((m) => m.unitId))).map((u) => [u.id, u.code]));
  const scores = await repo.scoresOf(db, r.row.id);
  const unitPoints = members.map((m) => {
    const areas: Record<string, number> = {};
    for (const s of scores.filter((x) => x.unitId === m.unitId && r.leaves.has(x.nodeKey))) {
      const area = r.areaOf.get(s.nodeKey)!;
      areas[area] = (areas[area] ?? 0) + effectiveCents(s) / 100;
    }
    return { unit: refs.get(m.unitId) ?? String(m.unitId), areas };
  });
  let previous: Map<string, PreviousStanding> | undefined;
  let predecessors = new Map<string, string[]>();
  const before = r.row.previousRoundId === null ? undefined : await repo.findRoundById(db, r.row.previousRoundId);
  if (before) {
    previous = new Map((await rankedResults(db, units, await loadRound(db, before.code))).map((u) => [u.unit, { rank: u.rank, of: u.of, points: u.points }]));
    const ids = await units.predecessorsOf(members.map((m) => m.unitId));
    const codes = new Map((await units.refsOf([...new Set([...ids.values()].flat())])).map((u) => [u.id, u.code]));
    predecessors = new Map(members.map((m) => [refs.get(m.unitId)!, (ids.get(m.unitId) ?? []).map((id) => codes.get(id)!).filter(Boolean)]));
  }
  const areas = r.framework.areas.map((a) => ({ key: a.key, max: a.max }));
  return roundResults(areas, unitPoints, { bands: r.row.bands, previous, predecessorsOf: (u) => predecessors.get(u) ?? [] });
}
