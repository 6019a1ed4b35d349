import { useState } from 'react';
import { Button, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DocumentSettings } from '../../../../shared/contracts/documents.ts';
import { pickName } from '../../../../shared/locales.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useDocumentSettings } from './api.ts';
import { DocumentSettingsModal } from './DocumentSettingsModal.tsx';

/** The parts of a letterhead shown, in the order a document prints them. */
const NAMED = ['superior', 'issuer', 'place', 'signerAuthority', 'signerTitle'] as const;

/**
 * What the unit's official documents carry above and below their text (exports such as the
 * round summary print it), in the reader's language; its managers edit it.
 */
export function DocumentSettingsSection({ code, canManage }: { code: string; canManage: boolean }) {
  const intl = useIntl();
  const locale = useLocale();
  const query = useDocumentSettings(code);
  const [editing, setEditing] = useState(false);
  const rows = (s: DocumentSettings): [string, string][] => [
    ...NAMED.map((part): [string, string] => [part, pickName(s[part], locale)]),
    ['issuerAbbreviation', s.issuerAbbreviation],
    ['signerName', s.signerName],
    ['recipients', pickName(s.recipients, locale)],
  ];
  return (
    <Card withBorder data-testid="document-settings">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h4">
            <FormattedMessage id="units.documents.title" />
          </Title>
          {canManage && query.data && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="document-settings-edit">
              <FormattedMessage id="units.documents.edit" />
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="units.documents.hint" />
        </Text>
        {query.isPending ? (
          <Loader size="sm" />
        ) : query.isError ? (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table variant="vertical" layout="fixed" withTableBorder>
            <Table.Tbody>
              {rows(query.data.settings).map(([part, value]) => (
                <Table.Tr key={part}>
                  <Table.Th w="40%">{intl.formatMessage({ id: `units.documents.field.${part}` })}</Table.Th>
                  <Table.Td style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                    {value || (
                      <Text span size="sm" c="dimmed">
                        <FormattedMessage id="units.documents.blank" />
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {editing && query.data && <DocumentSettingsModal code={code} settings={query.data.settings} onClose={() => setEditing(false)} />}
    </Card>
  );
}
