import type { UnitKind, UnitSummary } from '../../../shared/contracts/units.ts';
import { LOCALES, type Locale, pickName } from '../../../shared/locales.ts';
import type { UnitTreeNode } from '../../ui/UnitTree.tsx';

/**
 * The forest of the units the user may see. A unit whose parent is not in the list (outside
 * the user's scope) is a root. Siblings are ordered by kind, then by name in the reader's
 * language.
 */
export function buildForest(units: UnitSummary[], kinds: UnitKind[], locale: Locale): UnitTreeNode[] {
  const kindByCode = new Map(kinds.map((k) => [k.code, k]));
  const collator = new Intl.Collator(locale, { numeric: true });
  const nodes = new Map<string, UnitTreeNode & { order: number }>();
  for (const unit of units) {
    const kind = kindByCode.get(unit.kind);
    nodes.set(unit.code, {
      code: unit.code,
      name: pickName(unit.names, locale) || unit.code,
      kindName: (kind && pickName(kind.names, locale)) || unit.kind,
      order: kind?.sortOrder ?? Number.MAX_SAFE_INTEGER,
      children: [],
    });
  }
  const roots: (UnitTreeNode & { order: number })[] = [];
  for (const unit of units) {
    const node = nodes.get(unit.code);
    if (!node) continue;
    const parent = unit.parentCode === null ? undefined : nodes.get(unit.parentCode);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const compare = (a: UnitTreeNode & { order: number }, b: UnitTreeNode & { order: number }) =>
    a.order - b.order || collator.compare(a.name, b.name) || collator.compare(a.code, b.code);
  for (const node of nodes.values()) (node.children as (UnitTreeNode & { order: number })[]).sort(compare);
  return roots.sort(compare);
}

/** Case- and accent-insensitive form for searching ("ha noi" finds "Hà Nội"). */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Every searchable text of each unit: its code and its names in all languages. */
export function searchIndex(units: UnitSummary[]): Map<string, string> {
  return new Map(
    units.map((u) => [u.code, searchKey([u.code, ...LOCALES.map((l) => u.names[l] ?? '')].join('\u0000'))]),
  );
}

/**
 * The nodes that match, with their ancestors (so every match shows where it sits), and the
 * codes to expand so that every match is visible.
 */
export function filterForest(
  roots: UnitTreeNode[],
  matches: (code: string) => boolean,
): { roots: UnitTreeNode[]; expand: Set<string>; count: number } {
  const expand = new Set<string>();
  let count = 0;
  const visit = (node: UnitTreeNode): UnitTreeNode | null => {
    const children = node.children.map(visit).filter((c): c is UnitTreeNode => c !== null);
    const self = matches(node.code);
    if (self) count += 1;
    if (children.length > 0) expand.add(node.code);
    return self || children.length > 0 ? { ...node, children } : null;
  };
  const filtered = roots.map(visit).filter((n): n is UnitTreeNode => n !== null);
  return { roots: filtered, expand, count };
}
