import { useState } from 'react';
import { updateUserRequest, type UserAccount } from '../../../shared/contracts/auth.ts';
import { useFieldErrors } from '../../app/forms/use-field-errors.ts';
import { validate } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useUpdateUser } from './api.ts';
import { NewPasswordField } from './fields.tsx';

/** Sets a new password; the server then ends every session of the account. */
export function PasswordModal({ user, onClose }: { user: UserAccount; onClose: () => void }) {
  const [password, setPassword] = useState('');
  const update = useUpdateUser(user.id);
  const { t, setErrors } = useFieldErrors(update.error);

  const submit = () => {
    const checked = validate(updateUserRequest.required({ password: true }), { password });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    update.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="users.passwordTitle" titleValues={{ name: user.username }} submitId="users.passwordSubmit" onSubmit={submit} pending={update.isPending} error={update.error} size="md" testId="user-password-form">
      <NewPasswordField labelId="users.newPassword" descriptionId="users.passwordResetHint" value={password} onChange={setPassword} error={t('password')} testId="user-new-password" autoFocus />
    </FormModal>
  );
}
