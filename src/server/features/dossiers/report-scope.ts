import type { Permission } from '../../../shared/contracts/auth.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { DossiersDeps } from './dossiers-deps.ts';

export interface UnitScope {
  unit: { id: number; code: string; names: LocalizedNames };
  /** every unit counted, each once (closed predecessors included) */
  unitIds: number[];
  /** the reported unit's children on the tree date, with the units counted under each */
  children: { id: number; code: string; names: LocalizedNames; unitIds: number[] }[];
}

export type ReportScope = (actor: Actor, code: string, treeDate: string, descendants: boolean) => Promise<UnitScope>;

/**
 * Which units a report counts: the unit's subtree on the tree date, each unit with its
 * predecessors that are closed by then, so a merged department's history stays in the
 * province's totals and in its successor's row. A unit reached twice (a split) counts
 * once, with the first claimant. The one-stop report and the service index count the same
 * units; reading the unit needs `dossiers.read` on it (the handling officials' report,
 * `dossiers.officials`).
 */
export function createReportScope(deps: Pick<DossiersDeps, 'units'>, permission: Permission = 'dossiers.read'): ReportScope {
  return async function reportScope(actor: Actor, code: string, treeDate: string, descendants: boolean): Promise<UnitScope> {
    const rootId = await deps.units.authorizeCode(actor, permission, code);
    const nodes = await deps.units.treeUnder(rootId, treeDate);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const kids = new Map<number, number[]>();
    for (const n of nodes) if (n.parentId !== null) kids.set(n.parentId, [...(kids.get(n.parentId) ?? []), n.id]);
    const subtree: number[] = [];
    for (const queue = [rootId]; queue.length; ) {
      const id = queue.shift()!;
      subtree.push(id);
      if (descendants) queue.push(...(kids.get(id) ?? []));
    }
    const predecessors = await deps.units.predecessorsOf(subtree);
    // A predecessor still open on the tree date (one that split, or moved out) is counted where it is then.
    const stillOpen = await deps.units.openOn([...new Set([...predecessors.values()].flat().filter((p) => !byId.has(p)))], treeDate);
    const closed = (p: number) => !byId.has(p) && !stillOpen.has(p);
    const claimed = new Set<number>();
    const gather = (id: number, deep: boolean): number[] => {
      const out: number[] = [];
      const visit = (u: number) => {
        for (const x of [u, ...(predecessors.get(u) ?? []).filter(closed)]) {
          if (claimed.has(x)) continue;
          claimed.add(x);
          out.push(x);
        }
        if (deep) for (const k of kids.get(u) ?? []) visit(k);
      };
      visit(id);
      return out;
    };
    const [ref] = await deps.units.refsOf([rootId]);
    const own = gather(rootId, false);
    const children = descendants
      ? (kids.get(rootId) ?? []).map((id) => ({ id, code: byId.get(id)!.code, names: byId.get(id)!.names, unitIds: gather(id, true) })).sort((a, b) => a.code.localeCompare(b.code))
      : [];
    return { unit: { id: rootId, code, names: byId.get(rootId)?.names ?? ref?.names ?? {} }, unitIds: [...own, ...children.flatMap((c) => c.unitIds)], children };
  };
}
