import { Button } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UserAccount } from '../../../shared/contracts/auth.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useUpdateUser } from './api.ts';

/** Lifts the lock that wrong passwords put on an account (the server audits it). */
export function UnlockButton({ user }: { user: UserAccount }) {
  const intl = useIntl();
  const update = useUpdateUser(user.id);
  return (
    <>
      <Button
        size="compact-xs"
        variant="light"
        color="orange"
        loading={update.isPending}
        onClick={() => update.mutate({ unlock: true })}
        aria-label={intl.formatMessage({ id: 'users.unlockNamed' }, { name: user.username })}
        data-testid="user-unlock"
      >
        <FormattedMessage id="users.unlock" />
      </Button>
      {update.isError && <ErrorAlert error={update.error} />}
    </>
  );
}
