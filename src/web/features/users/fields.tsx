import { PasswordInput, TextInput } from '@mantine/core';
import { useIntl } from 'react-intl';

interface FieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** The account's display name, as typed when creating and when editing it. */
export function DisplayNameField({ value, onChange, error }: FieldProps) {
  const intl = useIntl();
  return (
    <TextInput
      label={intl.formatMessage({ id: 'users.displayName' })}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      withAsterisk
      error={error}
      autoComplete="off"
      data-testid="user-display-name"
    />
  );
}

interface PasswordProps extends FieldProps {
  labelId: string;
  descriptionId: string;
  testId: string;
  autoFocus?: boolean;
}

/** A password an administrator sets for someone else: the browser must not fill in its own. */
export function NewPasswordField({ labelId, descriptionId, value, onChange, error, testId, autoFocus }: PasswordProps) {
  const intl = useIntl();
  return (
    <PasswordInput
      label={intl.formatMessage({ id: labelId })}
      description={intl.formatMessage({ id: descriptionId })}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      withAsterisk
      error={error}
      autoComplete="new-password"
      visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'auth.toggleVisibility' }) }}
      data-testid={testId}
      data-autofocus={autoFocus}
    />
  );
}
