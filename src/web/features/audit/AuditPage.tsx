import { useState } from 'react';
import { Button, Code, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../../app/api/session.ts';
import { useFormatTimestamp } from '../../app/i18n/format.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { JsonDiff } from '../../ui/JsonDiff.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useAuditLog } from './api.ts';
import { VerifyChain } from './VerifyChain.tsx';

const COLUMNS = ['audit.time', 'audit.actor', 'audit.action', 'audit.entity', 'audit.change'];

/** /admin/audit: every change, who made it and what it changed; the hash chain can be verified. */
export function AuditPage() {
  const intl = useIntl();
  const allowed = useCan('audit.read');
  const [entity, setEntity] = useState('');
  const [debouncedEntity] = useDebouncedValue(entity.trim(), 400);
  const log = useAuditLog(debouncedEntity, allowed);
  const formatTimestamp = useFormatTimestamp();
  if (!allowed) return <NotFound messageId="errors.forbidden" />;
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];

  return (
    <Stack gap="md">
      <Title order={2}>
        <FormattedMessage id="audit.title" />
      </Title>
      <Group justify="space-between" align="flex-end">
        <TextInput label={intl.formatMessage({ id: 'audit.filterEntity' })} value={entity} onChange={(e) => setEntity(e.currentTarget.value)} w={240} />
        <VerifyChain />
      </Group>
      {log.isPending ? (
        <Loader />
      ) : log.isError ? (
        <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={760} isEmpty={entries.length === 0} emptyId="audit.empty" verticalSpacing={6} data-testid="audit-table">
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-audit-id={entry.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatTimestamp(entry.at)}</Table.Td>
              <Table.Td>{entry.actor}</Table.Td>
              <Table.Td>
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                {entry.entity}
                {entry.entityId ? <Text span c="dimmed" ff="monospace" size="xs">{` ${entry.entityId}`}</Text> : null}
              </Table.Td>
              <Table.Td maw={420}>
                <JsonDiff before={entry.before} after={entry.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {log.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            <FormattedMessage id="audit.loadMore" />
          </Button>
        </Group>
      )}
    </Stack>
  );
}
