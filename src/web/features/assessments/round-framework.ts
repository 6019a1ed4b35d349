import { useQueries } from '@tanstack/react-query';
import type { FrameworkSummary, FrameworkVersion } from '../../../shared/contracts/frameworks.ts';
import { frameworkQuery, useFrameworks } from './api.ts';
import { bestFramework } from './framework-tree.ts';

export interface RoundFramework {
  code: string;
  version: FrameworkVersion;
}

/** The latest version of each framework code. */
function latestOfEach(list: readonly FrameworkSummary[]): FrameworkSummary[] {
  const latest = new Map<string, FrameworkSummary>();
  for (const f of list) if ((latest.get(f.code)?.version ?? 0) < f.version) latest.set(f.code, f);
  return [...latest.values()];
}

/**
 * The framework a round uses, for the names of its areas and criteria. The API does not say
 * it (no `GET /api/rounds/{code}` yet): the framework whose nodes hold the keys the round's
 * results or scores name is taken — keys are stable across versions, so the latest version
 * of that framework names them. `undefined` while loading, null if none matches.
 */
export function useRoundFramework(keys: readonly string[] | undefined): RoundFramework | null | undefined {
  const list = useFrameworks();
  const candidates = latestOfEach(list.data ?? []);
  const trees = useQueries({ queries: candidates.map((f) => ({ ...frameworkQuery(f.code, null), enabled: keys !== undefined })) });
  if (keys === undefined || list.isPending) return undefined;
  if (list.isError) return null;
  if (trees.some((t) => t.isPending)) return undefined;
  const loaded = trees.flatMap((t, i) => (t.data ? [{ code: candidates[i]!.code, version: t.data }] : []));
  const best = bestFramework(
    loaded.map((l) => l.version.framework),
    keys,
  );
  return best === null ? null : (loaded[best] ?? null);
}
