import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useUnknownProcedures } from './api.ts';

const COLUMNS = ['procedures.code', 'procedures.dossiers'];

/**
 * The procedure codes the unit's dossiers use that the catalogue lacks: their dossiers count
 * under "unknown procedure" until the catalogue has them.
 */
export function UnknownProcedures({ unit }: { unit: string }) {
  const intl = useIntl();
  const list = useUnknownProcedures(unit);
  return (
    <Stack gap="xs" data-testid="unknown-procedures">
      <Title order={3}>
        <FormattedMessage id="procedures.unknownTitle" />
      </Title>
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            <FormattedMessage id={list.data.length ? 'procedures.unknownHelp' : 'procedures.unknownNone'} />
          </Text>
          {list.data.length > 0 && (
            <DataTable columns={COLUMNS} minWidth={320} verticalSpacing={6} maw={480}>
              {list.data.map((p) => (
                <Table.Tr key={p.code} data-testid={`unknown-procedure-${p.code}`}>
                  <Table.Td>
                    {p.code === '?' ? (
                      <Badge color="gray" variant="light">
                        <FormattedMessage id="dossiers.noProcedure" />
                      </Badge>
                    ) : (
                      <Text span inherit ff="monospace">
                        {p.code}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="end">{intl.formatNumber(p.received)}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )}
        </>
      )}
    </Stack>
  );
}
