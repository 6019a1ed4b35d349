import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Task } from '../../../../shared/contracts/tasks.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { useNameOf } from '../../units/index.ts';
import { StandingBadge } from '../badges.tsx';
import { DeadlineText } from '../DeadlineText.tsx';

const COLUMNS = ['tasks.field.task', 'tasks.field.owner', 'tasks.field.deadline', 'tasks.field.standing'];

interface Props {
  titleId: string;
  tasks: Task[];
  asOf: string;
  emptyId: string;
  testId: string;
}

/** A short list of tasks to act on (due soon, overdue, supervised), each opening the task. */
export function WatchList({ titleId, tasks, asOf, emptyId, testId }: Props) {
  const nameOf = useNameOf();
  return (
    <Stack gap="xs" data-testid={testId} data-count={tasks.length}>
      <Title order={3}>
        <FormattedMessage id={titleId} values={{ count: tasks.length }} />
      </Title>
      <DataTable columns={COLUMNS} minWidth={560} isEmpty={tasks.length === 0} emptyId={emptyId} emptySize="sm" verticalSpacing={6}>
        {tasks.map((task) => (
          <Table.Tr key={task.id} data-testid={`watch-row-${task.id}`}>
            <Table.Td maw={360}>
              <Text size="xs" c="dimmed" ff="monospace">
                {task.planCode} · {task.code}
              </Text>
              <Anchor size="sm" {...linkProps(paths.task(task.id))}>
                {nameOf(task.title) || task.code}
              </Anchor>
            </Table.Td>
            <Table.Td>{nameOf(task.ownerUnitNames) || task.ownerUnitCode}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              <DeadlineText task={task} />
            </Table.Td>
            <Table.Td>
              <StandingBadge task={task} asOf={asOf} />
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
