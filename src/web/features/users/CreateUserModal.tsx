import { useState } from 'react';
import { PasswordInput, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { createUserRequest } from '../../../shared/contracts/auth.ts';
import { serverFieldErrors } from '../../app/forms/server-errors.ts';
import { validate, type FieldErrors } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useCreateUser } from './api.ts';
import { GrantsEditor } from './GrantsEditor.tsx';
import { NEW_GRANT, type GrantDraft } from './grants.ts';

const USERNAME_FORMAT = { username: 'users.usernameFormat' };

/** A new account: its username, name, first password and at least one role. */
export function CreateUserModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [grants, setGrants] = useState<GrantDraft[]>([NEW_GRANT]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateUser();
  const all = { ...serverFieldErrors(create.error), ...errors };
  const t = (key: string) => (all[key] ? intl.formatMessage({ id: all[key] }) : undefined);

  const submit = () => {
    const checked = validate(createUserRequest, { username, displayName, password, grants }, USERNAME_FORMAT);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="users.create" submitId="users.createSubmit" onSubmit={submit} pending={create.isPending} error={create.error} testId="user-create-form">
      <TextInput
        label={intl.formatMessage({ id: 'users.username' })}
        description={intl.formatMessage({ id: 'users.usernameHint' })}
        value={username}
        onChange={(e) => setUsername(e.currentTarget.value)}
        withAsterisk
        error={t('username')}
        autoComplete="off"
        data-testid="user-username"
      />
      <TextInput
        label={intl.formatMessage({ id: 'users.displayName' })}
        value={displayName}
        onChange={(e) => setDisplayName(e.currentTarget.value)}
        withAsterisk
        error={t('displayName')}
        autoComplete="off"
        data-testid="user-display-name"
      />
      <PasswordInput
        label={intl.formatMessage({ id: 'users.password' })}
        description={intl.formatMessage({ id: 'users.passwordHint' })}
        value={password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        withAsterisk
        error={t('password')}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'auth.toggleVisibility' }) }}
        data-testid="user-password"
      />
      <GrantsEditor value={grants} onChange={setGrants} errors={all} />
    </FormModal>
  );
}
