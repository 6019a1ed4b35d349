import { useState } from 'react';
import { Alert, TextInput } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { updateUserRequest, type UpdateUserRequest, type UserAccount } from '../../../shared/contracts/auth.ts';
import { serverFieldErrors } from '../../app/forms/server-errors.ts';
import { validate, type FieldErrors } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useUpdateUser } from './api.ts';
import { GrantsEditor } from './GrantsEditor.tsx';
import { sameGrants, toDrafts, type GrantDraft } from './grants.ts';

interface Props {
  user: UserAccount;
  /** The server refuses changes to one's own roles: they are shown but not editable. */
  isSelf: boolean;
  onClose: () => void;
}

/** Display name and roles. Only what changed is sent: the roles, if sent, replace all of them. */
export function EditUserModal({ user, isSelf, onClose }: Props) {
  const intl = useIntl();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [grants, setGrants] = useState<GrantDraft[]>(() => toDrafts(user.grants));
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateUser(user.id);
  const all = { ...serverFieldErrors(update.error), ...errors };
  const t = (key: string) => (all[key] ? intl.formatMessage({ id: all[key] }) : undefined);

  const submit = () => {
    const grantsChanged = !isSelf && !sameGrants(grants, toDrafts(user.grants));
    if (displayName === user.displayName && !grantsChanged) return onClose();
    // The name is always sent: the server answers 500 to a PATCH that carries grants alone
    // (its account update then has no column to set).
    const request: UpdateUserRequest = grantsChanged ? { displayName, grants } : { displayName };
    const checked = validate(updateUserRequest, request);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    update.mutate(checked.data, { onSuccess: onClose });
  };

  return (
    <FormModal opened onClose={onClose} titleId="users.editTitle" titleValues={{ name: user.username }} onSubmit={submit} pending={update.isPending} error={update.error} testId="user-edit-form">
      <TextInput
        label={intl.formatMessage({ id: 'users.displayName' })}
        value={displayName}
        onChange={(e) => setDisplayName(e.currentTarget.value)}
        withAsterisk
        error={t('displayName')}
        autoComplete="off"
        data-testid="user-display-name"
      />
      {isSelf ? (
        <Alert color="blue" data-testid="own-grants-note">
          <FormattedMessage id="users.ownAccount" />
        </Alert>
      ) : (
        <GrantsEditor value={grants} onChange={setGrants} errors={all} />
      )}
    </FormModal>
  );
}
