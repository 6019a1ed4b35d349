import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { ErrorAlert } from './ErrorAlert.tsx';

export interface RegisterPageProps {
  titleId: string;
  introId: string;
  /** shown instead of the list when it has nothing in it */
  emptyId: string;
  /** the button that opens the form recording a new entry; null for readers who may not */
  create: { labelId: string; testId: string; onClick: () => void } | null;
  /** the list's query, as TanStack Query gives it */
  state: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  /** read only once the list has come */
  isEmpty: () => boolean;
  /** the list itself, drawn once it has come */
  list: () => ReactNode;
  /** what follows the list whatever its state (a report, an open form) */
  after?: ReactNode;
}

/**
 * The page of a register (reporting rounds, meetings, inspections): its title and what it
 * holds, a button recording a new entry for those who may, and the list with its loading,
 * error and empty states — one layout, so every register reads the same.
 */
export function RegisterPage({ titleId, introId, emptyId, create, state, isEmpty, list, after }: RegisterPageProps) {
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id={titleId} />
        </Title>
        {create && (
          <Button size="xs" onClick={create.onClick} data-testid={create.testId}>
            <FormattedMessage id={create.labelId} />
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        <FormattedMessage id={introId} />
      </Text>
      {state.isPending ? (
        <Loader />
      ) : state.isError ? (
        <ErrorAlert error={state.error} onRetry={() => void state.refetch()} />
      ) : isEmpty() ? (
        <Text c="dimmed">
          <FormattedMessage id={emptyId} />
        </Text>
      ) : (
        list()
      )}
      {after}
    </Stack>
  );
}
