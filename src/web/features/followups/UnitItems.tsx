import { Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useFollowUps, useFollowUpsOfTask } from './api.ts';
import { ItemsTable } from './ItemsTable.tsx';

/**
 * The open follow-up items of a unit (raised by, addressed to or assigned to it): on the
 * dashboard ("my unit's items") and on a steering member's page of the units they follow.
 * Composed into those pages in app/App.tsx.
 */
export function UnitItems({ unit, titleId }: { unit: string; titleId: string }) {
  const query = new URLSearchParams({ unit, descendants: 'false' }).toString();
  const items = useFollowUps(query);
  const open = (items.data ?? []).filter((i) => i.status !== 'resolved' && i.status !== 'declined');
  return (
    <Paper withBorder p="md" data-testid={`unit-follow-ups-${unit}`}>
      <Stack gap="xs">
        <Text fw={500} size="sm">
          <FormattedMessage id={titleId} />
        </Text>
        {items.isPending ? <Loader size="sm" /> : items.isError ? <ErrorAlert error={items.error} /> : <ItemsTable items={open} compact />}
        <Anchor size="xs" {...linkProps(paths.followUps())}>
          <FormattedMessage id="followUps.register" />
        </Anchor>
      </Stack>
    </Paper>
  );
}

/** The follow-up item a task was created from, on the task's page. */
export function TaskFollowUps({ taskId }: { taskId: number }) {
  const items = useFollowUpsOfTask(taskId);
  if (!items.data || items.data.length === 0) return null;
  return (
    <Stack gap={4} data-testid="task-follow-ups">
      {items.data.map((i) => (
        <Anchor key={i.code} size="sm" {...linkProps(paths.followUp(i.code))}>
          <FormattedMessage id="followUps.linkedItem" values={{ code: i.code }} />
        </Anchor>
      ))}
    </Stack>
  );
}
