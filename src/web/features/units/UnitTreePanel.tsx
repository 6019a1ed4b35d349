import { useMemo, useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UnitKind, UnitSummary } from '../../../shared/contracts/units.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { paths } from '../../app/router/routes.ts';
import { UnitTree, type UnitTreeNode } from '../../ui/UnitTree.tsx';
import { buildForest, filterForest, searchIndex, searchKey } from './tree.ts';

interface Props {
  units: UnitSummary[];
  kinds: UnitKind[];
  asOf: string;
  query: string;
}

function allCodesWithChildren(roots: UnitTreeNode[]): Set<string> {
  const codes = new Set<string>();
  const visit = (node: UnitTreeNode) => {
    if (node.children.length > 0) codes.add(node.code);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return codes;
}

/** The tree with its expand state; a search shows the matches and the way down to them. */
export function UnitTreePanel({ units, kinds, asOf, query }: Props) {
  const locale = useLocale();
  const forest = useMemo(() => buildForest(units, kinds, locale), [units, kinds, locale]);
  const index = useMemo(() => searchIndex(units), [units]);
  // Top-level units start open: the reader sees the first level of each root at once.
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(forest.map((n) => n.code)));

  const needle = searchKey(query.trim());
  const filtered = useMemo(
    () => (needle ? filterForest(forest, (code) => index.get(code)?.includes(needle) ?? false) : null),
    [forest, index, needle],
  );

  const toggle = (code: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (!next.delete(code)) next.add(code);
      return next;
    });

  const roots = filtered?.roots ?? forest;
  const open = filtered ? new Set([...filtered.expand, ...expanded]) : expanded;
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {filtered ? (
            <FormattedMessage id="units.search.matches" values={{ count: filtered.count }} />
          ) : (
            <FormattedMessage id="units.count" values={{ count: units.length }} />
          )}
        </Text>
        <Group gap="xs">
          <Button size="compact-xs" variant="subtle" onClick={() => setExpanded(allCodesWithChildren(forest))}>
            <FormattedMessage id="units.tree.expandAll" />
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => setExpanded(new Set())}>
            <FormattedMessage id="units.tree.collapseAll" />
          </Button>
        </Group>
      </Group>
      {roots.length === 0 ? (
        <Text c="dimmed">
          <FormattedMessage id={filtered ? 'units.search.none' : 'units.empty'} />
        </Text>
      ) : (
        <UnitTree roots={roots} expanded={open} onToggle={toggle} hrefFor={(code) => paths.unit(code, asOf)} />
      )}
    </>
  );
}
