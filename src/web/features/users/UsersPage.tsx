import { useState } from 'react';
import { Button, Group, Loader, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UserAccount } from '../../../shared/contracts/auth.ts';
import { useCan, useMe } from '../../app/api/session.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useUsers } from './api.ts';
import { CreateUserModal } from './CreateUserModal.tsx';
import { DisableModal } from './DisableModal.tsx';
import { EditUserModal } from './EditUserModal.tsx';
import { PasswordModal } from './PasswordModal.tsx';
import { UsersTable, type UserAction } from './UsersTable.tsx';

type Open = { action: 'create' } | { action: UserAction; user: UserAccount } | null;

/** /admin/users: accounts within the caller's `users.manage` scope, their roles and status. */
export function UsersPage() {
  const me = useMe();
  const allowed = useCan('users.manage');
  const users = useUsers(allowed);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  if (!allowed) return <NotFound messageId="errors.forbidden" />;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="users.title" />
        </Title>
        <Button size="sm" onClick={() => setOpen({ action: 'create' })} data-testid="user-create">
          <FormattedMessage id="users.create" />
        </Button>
      </Group>
      {users.isPending ? (
        <Loader />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <UsersTable users={users.data} selfId={me.id} onAction={(action, user) => setOpen({ action, user })} />
      )}
      {open?.action === 'create' && <CreateUserModal onClose={close} />}
      {open?.action === 'edit' && <EditUserModal user={open.user} isSelf={open.user.id === me.id} onClose={close} />}
      {open?.action === 'password' && <PasswordModal user={open.user} onClose={close} />}
      {open?.action === 'disable' && <DisableModal user={open.user} onClose={close} />}
    </Stack>
  );
}
