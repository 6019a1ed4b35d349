import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { Task } from '../../../shared/contracts/tasks.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useNameOf } from '../units/index.ts';
import { KeyBadge, StandingBadge, StateBadge } from './badges.tsx';
import { DeadlineText } from './DeadlineText.tsx';
import { useFormatPercent } from './format.ts';

const COLUMNS = ['tasks.field.code', 'tasks.field.title', 'tasks.field.owner', 'tasks.field.deadline', 'tasks.field.state', 'tasks.field.percent', 'tasks.field.standing'];

interface Props {
  tasks: Task[];
  /** The day the standing is judged on (today, or the dashboard's as-of date). */
  asOf: string;
  /** Show each task's plan code under its own (lists that mix plans). */
  showPlan?: boolean;
  emptyId?: string;
  testId?: string;
}

/** Tasks, one row each (`task-row-<id>`): the title opens the task. */
export function TasksTable({ tasks, asOf, showPlan = false, emptyId = 'tasks.empty', testId = 'tasks-table' }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const formatPercent = useFormatPercent();
  return (
    <DataTable columns={COLUMNS} minWidth={860} isEmpty={tasks.length === 0} emptyId={emptyId} emptySize="sm" data-testid={testId} highlightOnHover verticalSpacing="xs">
      {tasks.map((task) => (
        <Table.Tr key={task.id} data-testid={`task-row-${task.id}`} data-code={task.code}>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <Text size="sm" ff="monospace">
              {task.code}
            </Text>
            {showPlan && (
              <Text size="xs" c="dimmed" ff="monospace">
                {task.planCode}
              </Text>
            )}
          </Table.Td>
          <Table.Td maw={420}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Anchor size="sm" {...linkProps(paths.task(task.id))}>
                {nameOf(task.title) || task.code}
              </Anchor>
              {task.key && <KeyBadge />}
            </Group>
          </Table.Td>
          <Table.Td>{nameOf(task.ownerUnitNames) || task.ownerUnitCode}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            <DeadlineText task={task} />
          </Table.Td>
          <Table.Td>
            <StateBadge state={task.state} />
          </Table.Td>
          <Table.Td miw={90}>
            <Stack gap={2}>
              <Text size="xs">{formatPercent(task.percent)}</Text>
              <Progress value={task.percent} size="sm" aria-label={intl.formatMessage({ id: 'tasks.field.percent' })} />
            </Stack>
          </Table.Td>
          <Table.Td>
            <StandingBadge task={task} asOf={asOf} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
