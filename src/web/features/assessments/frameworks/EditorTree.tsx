import { ActionIcon, Box, Group, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { FrameworkNodeFile } from '../../../../shared/contracts/frameworks.ts';
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon, TrashIcon } from '../../../ui/icons.tsx';
import { useNameOf } from '../../units/index.ts';
import { MethodBadge, ToConfirmMark } from '../badges.tsx';
import { useAssessmentFormat } from '../format.ts';

/** What the editor does to a node, by key. */
export interface TreeActions {
  edit: (node: FrameworkNodeFile) => void;
  addChild: (key: string) => void;
  move: (key: string, step: -1 | 1) => void;
  remove: (node: FrameworkNodeFile) => void;
}

function Action({ labelId, onClick, disabled, color, testId, children }: { labelId: string; onClick: () => void; disabled?: boolean; color?: string; testId: string; children: React.ReactNode }) {
  const intl = useIntl();
  const label = intl.formatMessage({ id: labelId });
  return (
    <ActionIcon variant="subtle" size="sm" color={color} onClick={onClick} disabled={disabled} aria-label={label} title={label} data-testid={testId}>
      {children}
    </ActionIcon>
  );
}

function EditorNode({ node, depth, first, last, actions }: { node: FrameworkNodeFile; depth: number; first: boolean; last: boolean; actions: TreeActions }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const leaf = !node.children?.length;
  return (
    <Box style={{ borderInlineStart: depth > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined }} ps={depth > 0 ? 'sm' : 0} data-testid={`edit-node-${node.key}`}>
      <Group justify="space-between" wrap="nowrap" gap="xs" py={4} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text size="sm" fw={depth === 0 ? 700 : leaf ? 400 : 600}>
            <Text span ff="monospace" c="dimmed" me={6}>
              {node.code}
            </Text>
            {nameOf(node.names) || node.key}
          </Text>
          <Group gap={4}>
            <Text size="xs" fw={700}>
              {format.points(node.max)}
            </Text>
            {node.method && <MethodBadge method={node.method} />}
            {!node.maxVerified && <ToConfirmMark />}
          </Group>
        </Stack>
        <Group gap={0} wrap="nowrap">
          <Action labelId="assessments.editor.edit" onClick={() => actions.edit(node)} testId={`edit-${node.key}`}>
            <PencilIcon />
          </Action>
          <Action labelId="assessments.editor.addChild" onClick={() => actions.addChild(node.key)} testId={`add-under-${node.key}`}>
            <PlusIcon />
          </Action>
          <Action labelId="assessments.editor.moveUp" onClick={() => actions.move(node.key, -1)} disabled={first} testId={`up-${node.key}`}>
            <ArrowUpIcon />
          </Action>
          <Action labelId="assessments.editor.moveDown" onClick={() => actions.move(node.key, 1)} disabled={last} testId={`down-${node.key}`}>
            <ArrowDownIcon />
          </Action>
          <Action labelId="assessments.editor.remove" onClick={() => actions.remove(node)} color="red" testId={`remove-${node.key}`}>
            <TrashIcon />
          </Action>
        </Group>
      </Group>
      {node.children?.map((child, i, all) => (
        <EditorNode key={child.key} node={child} depth={depth + 1} first={i === 0} last={i === all.length - 1} actions={actions} />
      ))}
    </Box>
  );
}

/** The whole tree with each node's actions: edit, add a criterion under it, move among its siblings, remove. */
export function EditorTree({ areas, actions }: { areas: FrameworkNodeFile[]; actions: TreeActions }) {
  return (
    <Stack gap="md" data-testid="editor-tree">
      {areas.map((area, i) => (
        <EditorNode key={area.key} node={area} depth={0} first={i === 0} last={i === areas.length - 1} actions={actions} />
      ))}
    </Stack>
  );
}
