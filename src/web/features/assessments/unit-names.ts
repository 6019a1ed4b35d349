import { useQueries } from '@tanstack/react-query';
import { unitHistory } from '../../../shared/contracts/units.ts';
import { api } from '../../app/api/client.ts';
import { todayLocal, unitKeys, useNameOf, useUnitList } from '../units/index.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * Names of a round's units in the reader's language: the names its results publish
 * (`published`, for every reader), else the units the reader sees today; a unit closed since
 * (e.g. merged in 2025) is named from its history. A unit named nowhere keeps its code.
 */
export function useUnitNames(codes: readonly string[], published: Readonly<Record<string, LocalizedNames>> = {}): (code: string) => string {
  const nameOf = useNameOf();
  const today = useUnitList(todayLocal());
  const known = new Map<string, LocalizedNames>([...(today.data?.units ?? []).map((u) => [u.code, u.names] as const), ...Object.entries(published)]);
  // Only a reader who sees a whole tree (the province, the country) may read closed units'
  // histories; for a unit officer they would all be refused.
  const wholeTree = today.data?.units.some((u) => u.parentCode === null) ?? false;
  const missing = wholeTree ? codes.filter((c) => !known.has(c)) : [];
  const histories = useQueries({
    queries: missing.map((code) => ({
      queryKey: unitKeys.history(code),
      queryFn: () => api(`/api/units/${encodeURIComponent(code)}/history`, unitHistory),
      retry: false,
      staleTime: 10 * 60_000,
    })),
  });
  histories.forEach((h, i) => {
    const last = h.data?.versions.at(-1);
    if (last) known.set(missing[i]!, last.names);
  });
  return (code: string) => {
    const names = known.get(code);
    return names ? nameOf(names) || code : code;
  };
}
