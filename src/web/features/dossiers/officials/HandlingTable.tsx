import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { HandlingFigures } from '../../../../shared/contracts/accountability.ts';
import { STICKY } from '../../../ui/sticky.ts';
import { useFormatRate } from '../../tasks/index.ts';

export interface HandlingRow {
  key: string;
  label: ReactNode;
  figures: HandlingFigures;
}

const COLUMNS = ['resolved', 'resolvedLate', 'overdue', 'late', 'apologies', 'apologyRate'] as const;

/**
 * Per official or per procedure: resolved, resolved late, overdue at the period's end, late in
 * total, apology letters and their rate; a total row. The first column stays in view while the
 * figures scroll sideways on a phone.
 */
export function HandlingTable({ firstColumnId, rows, total, testId }: { firstColumnId: string; rows: HandlingRow[]; total: HandlingFigures; testId: string }) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const cells = (f: HandlingFigures, strong: boolean) =>
    COLUMNS.map((c) => (
      <Table.Td key={c} ta="end" fw={strong || c === 'late' ? 700 : undefined} c={c === 'late' && f.late > 0 ? 'red.8' : undefined} data-col={c} style={{ whiteSpace: 'nowrap' }}>
        {c === 'apologyRate' ? formatRate(f.apologyRate) : intl.formatNumber(f[c])}
      </Table.Td>
    ));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder withColumnBorders highlightOnHover fz="sm" verticalSpacing={6} horizontalSpacing={8} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={STICKY} miw={140}>
              <FormattedMessage id={firstColumnId} />
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} ta="center" fz="xs">
                <FormattedMessage id={`dossiers.officials.${c}`} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid={`${testId}-row`}>
              <Table.Td style={STICKY} maw={{ base: 150, sm: 280 }}>
                {row.label}
              </Table.Td>
              {cells(row.figures, false)}
            </Table.Tr>
          ))}
          <Table.Tr data-testid={`${testId}-total`} bg="var(--mantine-color-gray-0)">
            <Table.Td style={{ ...STICKY, background: 'var(--mantine-color-gray-0)' }} fw={700}>
              <FormattedMessage id="dossiers.officials.total" />
            </Table.Td>
            {cells(total, true)}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
