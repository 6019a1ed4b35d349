import { ActionIcon, Anchor, Badge, Box, Group, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { linkProps } from '../app/router/router.ts';
import { ChevronDown, ChevronRight } from './icons.tsx';
import classes from './UnitTree.module.css';

export interface UnitTreeNode {
  code: string;
  name: string;
  kindName: string;
  children: UnitTreeNode[];
}

interface Props {
  roots: UnitTreeNode[];
  expanded: ReadonlySet<string>;
  onToggle: (code: string) => void;
  hrefFor: (code: string) => string;
}

interface ItemProps extends Omit<Props, 'roots'> {
  node: UnitTreeNode;
  level: number;
}

function TreeItem({ node, level, expanded, onToggle, hrefFor }: ItemProps) {
  const intl = useIntl();
  const hasChildren = node.children.length > 0;
  const open = hasChildren && expanded.has(node.code);
  return (
    <li role="treeitem" aria-level={level} aria-expanded={hasChildren ? open : undefined} data-code={node.code}>
      <Group gap={6} wrap="nowrap" className={classes.row}>
        {hasChildren ? (
          <ActionIcon
            variant="subtle"
            size="sm"
            color="gray"
            style={{ flexShrink: 0 }}
            aria-label={intl.formatMessage({ id: open ? 'units.tree.collapse' : 'units.tree.expand' }, { name: node.name })}
            onClick={() => onToggle(node.code)}
          >
            {open ? <ChevronDown /> : <ChevronRight />}
          </ActionIcon>
        ) : (
          <Box w={22} style={{ flexShrink: 0 }} />
        )}
        <Group gap={6} wrap="wrap" className={classes.label}>
          <Anchor {...linkProps(hrefFor(node.code))} className={classes.name}>
            {node.name}
          </Anchor>
          <Text span size="xs" c="dimmed" ff="monospace">
            {node.code}
          </Text>
          <Badge size="sm" variant="light">
            {node.kindName}
          </Badge>
        </Group>
      </Group>
      {open && (
        <ul role="group" className={classes.list}>
          {node.children.map((child) => (
            <TreeItem key={child.code} node={child} level={level + 1} expanded={expanded} onToggle={onToggle} hrefFor={hrefFor} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The organisation as a nested list; only expanded branches are rendered. */
export function UnitTree({ roots, ...rest }: Props) {
  const intl = useIntl();
  return (
    <ul role="tree" data-testid="unit-tree" aria-label={intl.formatMessage({ id: 'units.tree.label' })} className={classes.tree}>
      {roots.map((node) => (
        <TreeItem key={node.code} node={node} level={1} {...rest} />
      ))}
    </ul>
  );
}
