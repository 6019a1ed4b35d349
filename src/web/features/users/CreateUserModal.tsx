import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';
import { createUserRequest } from '../../../shared/contracts/auth.ts';
import { useFieldErrors } from '../../app/forms/use-field-errors.ts';
import { validate } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useCreateUser } from './api.ts';
import { DisplayNameField, NewPasswordField } from './fields.tsx';
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
  const create = useCreateUser();
  const { all, t, setErrors } = useFieldErrors(create.error);

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
      <DisplayNameField value={displayName} onChange={setDisplayName} error={t('displayName')} />
      <NewPasswordField labelId="users.password" descriptionId="users.passwordHint" value={password} onChange={setPassword} error={t('password')} testId="user-password" />
      <GrantsEditor value={grants} onChange={setGrants} errors={all} />
    </FormModal>
  );
}
