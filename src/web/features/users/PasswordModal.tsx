import { useState } from 'react';
import { PasswordInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { updateUserRequest, type UserAccount } from '../../../shared/contracts/auth.ts';
import { serverFieldErrors } from '../../app/forms/server-errors.ts';
import { validate, type FieldErrors } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useUpdateUser } from './api.ts';

/** Sets a new password; the server then ends every session of the account. */
export function PasswordModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  const intl = useIntl();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateUser(user.id);
  const all = { ...serverFieldErrors(update.error), ...errors };

  const submit = () => {
    const checked = validate(updateUserRequest.required({ password: true }), { password });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    update.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="users.passwordTitle" titleValues={{ name: user.username }} submitId="users.passwordSubmit" onSubmit={submit} pending={update.isPending} error={update.error} size="md" testId="user-password-form">
      <PasswordInput
        label={intl.formatMessage({ id: 'users.newPassword' })}
        description={intl.formatMessage({ id: 'users.passwordResetHint' })}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        withAsterisk
        error={all.password ? intl.formatMessage({ id: all.password }) : undefined}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'auth.toggleVisibility' }) }}
        data-testid="user-new-password"
        data-autofocus
      />
    </FormModal>
  );
}
