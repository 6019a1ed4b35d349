import { MONO_INPUT } from '../../ui/mono-input.ts';
import { useState } from 'react';
import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { createTokenRequest, type ApiToken } from '../../../shared/contracts/tokens.ts';
import type { Permission } from '../../../shared/contracts/auth.ts';
import { useMe } from '../../app/api/session.ts';
import { validate, type FieldErrors } from '../../app/forms/validate.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useCreateToken } from './api.ts';
import { permissionMessageId } from './permission-label.ts';

/** Name, the unit whose subtree it may reach (blank: the user's whole scope), and what it may do. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: ApiToken, secret: string) => void }) {
  const intl = useIntl();
  const me = useMe();
  const [name, setName] = useState('');
  const [unitCode, setUnitCode] = useState('');
  const [permissions, setPermissions] = useState<Permission[]>(['units.read']);
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateToken();
  const t = (key: string) => (errors[key] ? intl.formatMessage({ id: errors[key] }) : undefined);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = validate(createTokenRequest, { name, unitCode: unitCode.trim() || null, permissions });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    create.mutate(checked.data, {
      onSuccess: ({ token, secret }) => {
        setName('');
        setUnitCode('');
        onCreated(token, secret);
      },
    });
  };

  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3}>
            <FormattedMessage id="tokens.create" />
          </Title>
          <Group grow align="flex-start" wrap="wrap">
            <TextInput label={intl.formatMessage({ id: 'tokens.name' })} value={name} onChange={(e) => setName(e.currentTarget.value)} withAsterisk error={t('name')} miw={200} />
            <TextInput label={intl.formatMessage({ id: 'tokens.unitCode' })} description={intl.formatMessage({ id: 'tokens.unitCodeHint' })} value={unitCode} onChange={(e) => setUnitCode(e.currentTarget.value)} error={t('unitCode')} styles={MONO_INPUT} miw={200} />
          </Group>
          <Checkbox.Group label={intl.formatMessage({ id: 'tokens.permissions' })} value={permissions} onChange={(v) => setPermissions(v as Permission[])} error={t('permissions')} withAsterisk>
            <Group gap="md" mt={4}>
              {me.permissions.map((p) => (
                <Checkbox key={p} value={p} label={intl.formatMessage({ id: permissionMessageId(p) })} />
              ))}
            </Group>
          </Checkbox.Group>
          {create.isError && <ErrorAlert error={create.error} />}
          <Group>
            <Button type="submit" loading={create.isPending}>
              <FormattedMessage id="tokens.createSubmit" />
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
