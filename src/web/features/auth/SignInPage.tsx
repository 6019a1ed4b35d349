import { useState } from 'react';
import { Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { signInRequest } from '../../../shared/contracts/auth.ts';
import { useLocaleSettings } from '../../app/i18n/locale-context.ts';
import { chosenLocale } from '../../app/i18n/locale-storage.ts';
import { validate, type FieldErrors } from '../../app/forms/validate.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { useSignIn } from './api.ts';

/** /sign-in: what the app is for, the credentials form, and the language to read it in (saved to the account on sign-in). */
export function SignInPage() {
  const intl = useIntl();
  const { preferences, setLocale } = useLocaleSettings();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const signIn = useSignIn();
  const t = (key: string) => (errors[key] ? intl.formatMessage({ id: errors[key] }) : undefined);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    // Only a language chosen here is sent: the one merely shown may be the previous user's.
    const checked = validate(signInRequest, { username, password, locale: chosenLocale() });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    signIn.mutate(checked.data);
  };

  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end">
          <LanguageSelect value={preferences.locale} onChange={setLocale} testId="language-switcher" w={160} />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  <FormattedMessage id="app.name" />
                </Title>
                <Text c="dimmed" size="sm">
                  <FormattedMessage id="app.purpose" />
                </Text>
              </div>
              <TextInput
                label={intl.formatMessage({ id: 'auth.username' })}
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.currentTarget.value)}
                error={t('username')}
                autoFocus
              />
              <PasswordInput
                label={intl.formatMessage({ id: 'auth.password' })}
                autoComplete="current-password"
                // Mantine's default label is English and contains "password", which would make the field's label ambiguous.
                visibilityToggleButtonProps={{ 'aria-label': intl.formatMessage({ id: 'auth.toggleVisibility' }) }}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={t('password')}
              />
              {signIn.isError && <ErrorAlert error={signIn.error} />}
              <Button type="submit" loading={signIn.isPending} fullWidth>
                <FormattedMessage id="auth.signIn" />
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
