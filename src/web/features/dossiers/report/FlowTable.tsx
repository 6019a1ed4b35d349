import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { STICKY } from '../../../ui/sticky.ts';
import { useFormatRate } from '../../tasks/index.ts';
import type { Report } from './report-rows.ts';

export interface FlowRow {
  key: string;
  label: ReactNode;
  report: Report;
}

interface Props {
  /** the header of the first column: unit, field or procedure */
  firstColumnId: string;
  rows: FlowRow[];
  /** the total row at the bottom */
  total?: Report;
  testId: string;
}

const GROUPS = [
  { id: 'dossiers.figure.received', span: 5 },
  { id: 'dossiers.figure.resolved', span: 4 },
  { id: 'dossiers.figure.pending', span: 3 },
] as const;
const SUB_COLUMNS = [
  'dossiers.column.total',
  'dossiers.figure.carriedOver',
  'dossiers.column.online',
  'dossiers.column.direct',
  'dossiers.column.postal',
  'dossiers.column.total',
  'dossiers.figure.early',
  'dossiers.figure.onTime',
  'dossiers.figure.late',
  'dossiers.column.total',
  'dossiers.figure.inTime',
  'dossiers.figure.overdue',
];
const COLUMN_KEYS = ['received', 'carriedOver', 'online', 'direct', 'postal', 'resolved', 'early', 'onTime', 'late', 'pending', 'inTime', 'overdue', 'withdrawn'] as const;

function values(r: Report): number[] {
  return [r.received.total, r.received.carriedOver, r.received.online, r.received.direct, r.received.postal, r.resolved.total, r.resolved.early, r.resolved.onTime, r.resolved.late, r.pending.total, r.pending.inTime, r.pending.overdue, r.withdrawn];
}

/**
 * The one-stop report form's table: per row, dossiers received (total, carried over, online,
 * direct, postal), resolved (total, early, on time, late), pending (total, within the
 * deadline, overdue), withdrawn and the on-time rate; a total row at the bottom.
 */
export function FlowTable({ firstColumnId, rows, total, testId }: Props) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const cells = (r: Report, strong = false) => (
    <>
      {values(r).map((v, i) => (
        <Table.Td key={COLUMN_KEYS[i]} ta="end" fw={strong || i === 0 || i === 5 || i === 9 ? 700 : undefined} data-col={COLUMN_KEYS[i]}>
          {intl.formatNumber(v)}
        </Table.Td>
      ))}
      <Table.Td ta="end" fw={strong ? 700 : undefined} data-col="onTimeRate" style={{ whiteSpace: 'nowrap' }}>
        {formatRate(r.rates.onTime)}
      </Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={1060}>
      <Table withTableBorder withColumnBorders highlightOnHover fz="sm" verticalSpacing={6} horizontalSpacing={8} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2} style={STICKY} miw={150}>
              <FormattedMessage id={firstColumnId} />
            </Table.Th>
            {GROUPS.map((g) => (
              <Table.Th key={g.id} colSpan={g.span} ta="center">
                <FormattedMessage id={g.id} />
              </Table.Th>
            ))}
            <Table.Th rowSpan={2} ta="center">
              <FormattedMessage id="dossiers.figure.withdrawn" />
            </Table.Th>
            <Table.Th rowSpan={2} ta="center">
              <FormattedMessage id="dossiers.column.onTimeRate" />
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {SUB_COLUMNS.map((id, i) => (
              <Table.Th key={`${id}-${i}`} ta="center" fw={500} fz="xs">
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`${testId}-row-${row.key}`}>
              <Table.Td style={STICKY} maw={{ base: 150, sm: 260 }}>
                {row.label}
              </Table.Td>
              {cells(row.report)}
            </Table.Tr>
          ))}
          {total && (
            <Table.Tr data-testid={`${testId}-row-total`} bg="var(--mantine-color-gray-0)">
              <Table.Td style={{ ...STICKY, background: 'var(--mantine-color-gray-0)' }} fw={700}>
                <FormattedMessage id="dossiers.column.totalRow" />
              </Table.Td>
              {cells(total, true)}
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
