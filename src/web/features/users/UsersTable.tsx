import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, FormattedTime, useIntl } from 'react-intl';
import type { UserAccount } from '../../../shared/contracts/auth.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useGrantScope } from './grants.ts';
import { UnlockButton } from './UnlockButton.tsx';

export type UserAction = 'edit' | 'password' | 'disable';

const COLUMNS = ['users.username', 'users.displayName', 'users.grants', 'users.status', 'users.actions'];

interface Props {
  users: UserAccount[];
  /** The caller's own id: their row has no disable action (the server refuses it). */
  selfId: number;
  onAction: (action: UserAction, user: UserAccount) => void;
}

function Grants({ user }: { user: UserAccount }) {
  const intl = useIntl();
  const scopeOf = useGrantScope();
  return (
    <Stack gap={2}>
      {user.grants.map((g) => (
        <Text key={`${g.role}:${g.unitCode ?? ''}`} size="sm">
          <FormattedMessage id="users.grant" values={{ role: <b>{intl.formatMessage({ id: `roles.${g.role}` })}</b>, scope: scopeOf(g) }} />
        </Text>
      ))}
    </Stack>
  );
}

function Actions({ user, isSelf, onAction }: { user: UserAccount; isSelf: boolean; onAction: Props['onAction'] }) {
  const intl = useIntl();
  const label = (id: string) => intl.formatMessage({ id }, { name: user.username });
  return (
    <Group gap={4} wrap="wrap">
      <Button size="compact-xs" variant="light" onClick={() => onAction('edit', user)} aria-label={label('users.editNamed')} data-testid="user-edit">
        <FormattedMessage id="users.edit" />
      </Button>
      <Button size="compact-xs" variant="light" onClick={() => onAction('password', user)} aria-label={label('users.passwordNamed')} data-testid="user-password-reset">
        <FormattedMessage id="users.resetPassword" />
      </Button>
      {user.lockedUntil && <UnlockButton user={user} />}
      {!isSelf && (
        <Button
          size="compact-xs"
          variant="light"
          color={user.disabled ? 'green' : 'red'}
          onClick={() => onAction('disable', user)}
          aria-label={label(user.disabled ? 'users.enableNamed' : 'users.disableNamed')}
          data-testid="user-toggle-disabled"
        >
          <FormattedMessage id={user.disabled ? 'users.enable' : 'users.disable'} />
        </Button>
      )}
    </Group>
  );
}

/** The accounts the caller manages, one row each: `user-row-<username>`. */
export function UsersTable({ users, selfId, onAction }: Props) {
  return (
    <DataTable columns={COLUMNS} minWidth={760} isEmpty={users.length === 0} emptyId="users.empty" data-testid="users-table" verticalSpacing="xs">
      {users.map((user) => (
        <Table.Tr key={user.id} data-testid={`user-row-${user.username}`} c={user.disabled ? 'dimmed' : undefined}>
          <Table.Td>
            {/* In the first column, which stays in view on a phone while the table scrolls sideways. */}
            {user.lockedUntil && (
              <Text size="xs" c="orange.9" fw={600} mb={2} data-testid="user-locked">
                <FormattedMessage id="users.lockedUntil" values={{ time: <FormattedTime value={user.lockedUntil} /> }} />
              </Text>
            )}
            <Group gap={6} wrap="nowrap">
              <Code>{user.username}</Code>
              {user.id === selfId && (
                <Badge size="xs" variant="outline">
                  <FormattedMessage id="users.you" />
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td>{user.displayName}</Table.Td>
          <Table.Td>
            <Grants user={user} />
          </Table.Td>
          <Table.Td>
            <Badge color={user.disabled ? 'gray' : 'green'} variant="light" data-testid="user-status">
              <FormattedMessage id={user.disabled ? 'users.disabled' : 'users.active'} />
            </Badge>
          </Table.Td>
          <Table.Td>
            <Actions user={user} isSelf={user.id === selfId} onAction={onAction} />
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
