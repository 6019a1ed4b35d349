import { useState } from 'react';
import { Badge, Button, Code, Group, Loader, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ApiToken } from '../../../shared/contracts/tokens.ts';
import { useCan } from '../../app/api/session.ts';
import { useFormatTimestamp } from '../../app/i18n/format.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useRevokeToken, useTokens } from './api.ts';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { permissionMessageId } from './permission-label.ts';
import { SecretModal } from './SecretModal.tsx';

const COLUMNS = ['tokens.name', 'tokens.unitCode', 'tokens.permissions', 'tokens.createdAt', 'tokens.lastUsedAt', 'tokens.status', 'tokens.actions'];

function RevokeModal({ token, onClose }: { token: ApiToken; onClose: () => void }) {
  const intl = useIntl();
  const revoke = useRevokeToken();
  return (
    <Modal opened onClose={onClose} title={intl.formatMessage({ id: 'tokens.revokeTitle' }, { name: token.name })} closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <Stack gap="sm">
        <Text size="sm">
          <FormattedMessage id="tokens.revokeWarning" />
        </Text>
        {revoke.isError && <ErrorAlert error={revoke.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            <FormattedMessage id="app.cancel" />
          </Button>
          <Button color="red" loading={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSuccess: onClose })}>
            <FormattedMessage id="tokens.revoke" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** /admin/tokens: API tokens for other systems; the secret is shown once, at creation. */
export function TokensPage() {
  const intl = useIntl();
  const allowed = useCan('tokens.manage');
  const tokens = useTokens(allowed);
  const formatTimestamp = useFormatTimestamp();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  if (!allowed) return <NotFound messageId="errors.forbidden" />;

  return (
    <Stack gap="md">
      <Title order={2}>
        <FormattedMessage id="tokens.title" />
      </Title>
      <CreateTokenForm onCreated={(token, secret) => setCreated({ name: token.name, secret })} />
      {tokens.isPending ? (
        <Loader />
      ) : tokens.isError ? (
        <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={760} isEmpty={tokens.data.length === 0} emptyId="tokens.empty" data-testid="tokens-table">
          {tokens.data.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td>{token.name}</Table.Td>
              <Table.Td>{token.unitCode ? <Code>{token.unitCode}</Code> : intl.formatMessage({ id: 'tokens.wholeScope' })}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {token.permissions.map((p) => (
                    <Badge key={p} size="xs" variant="light">
                      {intl.formatMessage({ id: permissionMessageId(p) })}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{formatTimestamp(token.createdAt)}</Table.Td>
              <Table.Td>{token.lastUsedAt ? formatTimestamp(token.lastUsedAt) : '—'}</Table.Td>
              <Table.Td>
                <Badge color={token.revokedAt ? 'gray' : 'green'} variant="light">
                  <FormattedMessage id={token.revokedAt ? 'tokens.revoked' : 'tokens.active'} />
                </Badge>
              </Table.Td>
              <Table.Td>
                {!token.revokedAt && (
                  <Button size="xs" variant="light" color="red" onClick={() => setRevoking(token)} aria-label={intl.formatMessage({ id: 'tokens.revokeNamed' }, { name: token.name })}>
                    <FormattedMessage id="tokens.revoke" />
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {created && <SecretModal name={created.name} secret={created.secret} onClose={() => setCreated(null)} />}
      {revoking && <RevokeModal token={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}
