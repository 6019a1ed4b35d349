import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { UserAccount } from '../../../shared/contracts/auth.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useUpdateUser } from './api.ts';

/** Disables (the account is signed out at once, its history kept) or enables an account. */
export function DisableModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  const update = useUpdateUser(user.id);
  const disable = !user.disabled;
  return (
    <FormModal
      opened
      onClose={onClose}
      titleId={disable ? 'users.disableTitle' : 'users.enableTitle'}
      titleValues={{ name: user.username }}
      submitId={disable ? 'users.disable' : 'users.enable'}
      danger={disable}
      size="md"
      onSubmit={() => update.mutate({ disabled: disable }, { onSuccess: onClose })}
      pending={update.isPending}
      error={update.error}
      testId="user-disable-form"
    >
      <Text size="sm">
        <FormattedMessage id={disable ? 'users.disableWarning' : 'users.enableWarning'} values={{ name: user.displayName }} />
      </Text>
    </FormModal>
  );
}
