import { Group, Table, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { ProcedureTimesResponse } from '../../../../shared/contracts/procedure-times.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ArrowUpIcon } from '../../../ui/icons.tsx';
import { useFormatRate } from '../../tasks/index.ts';
import { useNameOf } from '../../units/index.ts';
import { useFormatDays } from './format-days.ts';
import { isRising } from './times-rows.ts';

const COLUMNS = [
  'dossiers.column.procedure',
  'dossiers.times.column.statutory',
  'dossiers.times.column.resolved',
  'dossiers.times.column.mean',
  'dossiers.times.column.median',
  'dossiers.times.column.p90',
  'dossiers.times.column.withinRate',
  'dossiers.times.column.previousMean',
];

/** Each procedure's time against its statutory time, with the previous period's mean marked by an up-arrow where the time rose. */
export function ProcedureTimesTable({ procedures }: { procedures: ProcedureTimesResponse['procedures'] }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const formatRate = useFormatRate();
  const { days, rank } = useFormatDays();
  return (
    <DataTable columns={COLUMNS} minWidth={760} isEmpty={procedures.length === 0} emptyId="dossiers.times.empty" emptySize="sm" data-testid="times-procedure-table">
      {procedures.map((p) => {
        const rising = isRising(p);
        return (
          <Table.Tr key={p.code} data-testid="times-procedure-row" data-code={p.code}>
            <Table.Td>
              <Text size="sm">{(p.names && nameOf(p.names)) || p.code}</Text>
              {/* Only the code in monospace: monospace fonts lack Vietnamese, Lao, Khmer and Thai glyphs. */}
              <Text size="xs" c="dimmed" ff="monospace">
                {p.code}
              </Text>
            </Table.Td>
            <Table.Td>{days(p.statutoryDays)}</Table.Td>
            <Table.Td>{intl.formatNumber(p.resolved)}</Table.Td>
            <Table.Td fw={700} c={p.statutoryDays !== null && p.meanWorkingDays !== null && p.meanWorkingDays > p.statutoryDays ? 'orange.9' : undefined}>
              {days(p.meanWorkingDays)}
            </Table.Td>
            <Table.Td>{rank(p.medianWorkingDays, p.resolved)}</Table.Td>
            <Table.Td>{rank(p.p90WorkingDays, p.resolved)}</Table.Td>
            <Table.Td>{p.withinStatutoryRate === null ? '—' : formatRate(p.withinStatutoryRate)}</Table.Td>
            <Table.Td>
              <Group gap={4} wrap="nowrap" c={rising ? 'red.8' : undefined}>
                {days(p.previousMeanWorkingDays)}
                {rising && (
                  <span role="img" aria-label={intl.formatMessage({ id: 'dossiers.times.rising' })} title={intl.formatMessage({ id: 'dossiers.times.rising' })} data-testid="times-rising">
                    <ArrowUpIcon size={14} />
                  </span>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
