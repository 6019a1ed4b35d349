import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../../app/api/session.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { NotFound } from '../../ui/NotFound.tsx';
import { useProcedures } from '../procedures/index.ts';
import { useNameOf, useReportUnit } from '../units/index.ts';
import { UnknownProcedures } from './UnknownProcedures.tsx';

const COLUMNS = ['procedures.code', 'procedures.name', 'dossiers.column.field', 'procedures.level', 'procedures.statutoryDays', 'procedures.fee', 'procedures.online'];
const ONLINE_COLOR = { none: 'gray', partial: 'blue', full: 'green' } as const;

/**
 * /dossiers/procedures: the codes in the reader's dossiers that the catalogue lacks, then the
 * catalogue the reports and the service index read.
 */
export function ProceduresPage() {
  const intl = useIntl();
  const nameOf = useNameOf();
  const canRead = useCan('dossiers.read');
  const list = useProcedures();
  const unit = useReportUnit(null);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  return (
    <Stack gap="md">
      <Title order={2}>
        <FormattedMessage id="procedures.title" />
      </Title>
      <Text size="sm" c="dimmed">
        <FormattedMessage id="procedures.help" />
      </Text>
      {unit && <UnknownProcedures unit={unit} />}
      <Title order={3}>
        <FormattedMessage id="procedures.catalogueTitle" />
      </Title>
      {list.isPending ? (
        <Loader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <DataTable columns={COLUMNS} minWidth={820} isEmpty={list.data.length === 0} emptyId="procedures.empty" data-testid="procedure-table">
          {list.data.map((p) => (
            <Table.Tr key={p.code}>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {p.code}
              </Table.Td>
              <Table.Td>{nameOf(p.names) || p.code}</Table.Td>
              <Table.Td>{nameOf(p.fieldNames) || p.field}</Table.Td>
              <Table.Td>{p.level}</Table.Td>
              <Table.Td ta="end">{p.statutoryDays === null ? '—' : intl.formatNumber(p.statutoryDays)}</Table.Td>
              <Table.Td>
                <FormattedMessage id={p.feeRequired ? 'procedures.yes' : 'procedures.no'} />
              </Table.Td>
              <Table.Td>
                <Badge size="md" variant="light" color={ONLINE_COLOR[p.onlineLevel]}>
                  <FormattedMessage id={`procedures.onlineLevel.${p.onlineLevel}`} />
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
