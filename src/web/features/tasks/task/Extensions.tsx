import { Stack, Table, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Task } from '../../../../shared/contracts/tasks.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { actorName, useFormatDay } from '../format.ts';

const COLUMNS = ['tasks.extensions.changedOn', 'tasks.extensions.change', 'tasks.extensions.reason', 'tasks.extensions.by'];

/** Every deadline change, oldest first: the original deadline stays on record. */
export function Extensions({ task }: { task: Task }) {
  const formatDay = useFormatDay();
  if (task.deadlineChanges.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="tasks.extensions.title" />
      </Title>
      <DataTable columns={COLUMNS} minWidth={560} data-testid="task-extensions">
        {task.deadlineChanges.map((c, index) => (
          <Table.Tr key={`${c.changedOn}-${index}`}>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(c.changedOn)}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {formatDay(c.from)} → {formatDay(c.to)}
            </Table.Td>
            <Table.Td>{c.reason}</Table.Td>
            <Table.Td>{actorName(c.by)}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
