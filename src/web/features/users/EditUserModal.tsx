import { useState } from 'react';
import { Alert } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { updateUserRequest, type UpdateUserRequest, type UserAccount } from '../../../shared/contracts/auth.ts';
import { useFieldErrors } from '../../app/forms/use-field-errors.ts';
import { validate } from '../../app/forms/validate.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { useUpdateUser } from './api.ts';
import { DisplayNameField } from './fields.tsx';
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
  const [displayName, setDisplayName] = useState(user.displayName);
  const [grants, setGrants] = useState<GrantDraft[]>(() => toDrafts(user.grants));
  const update = useUpdateUser(user.id);
  const { all, t, setErrors } = useFieldErrors(update.error);

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
      <DisplayNameField value={displayName} onChange={setDisplayName} error={t('displayName')} />
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
