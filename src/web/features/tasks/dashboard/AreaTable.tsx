import { Stack, Table, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { REFORM_AREAS, type StatisticsResponse } from '../../../../shared/contracts/tasks.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { RateCell } from './LeagueTable.tsx';

const COLUMNS = ['tasks.field.area', 'dashboard.league.total', 'dashboard.league.completed', 'dashboard.league.rate'];

/** Completion by reform area, in the programme's order. */
export function AreaTable({ byArea }: { byArea: StatisticsResponse['byArea'] }) {
  const intl = useIntl();
  const order = (area: string) => {
    const index = (REFORM_AREAS as readonly string[]).indexOf(area);
    return index < 0 ? REFORM_AREAS.length : index;
  };
  const rows = [...byArea].sort((a, b) => order(a.area) - order(b.area));
  const label = (area: string) => ((REFORM_AREAS as readonly string[]).includes(area) ? intl.formatMessage({ id: `areas.${area}` }) : area);
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="dashboard.byArea" />
      </Title>
      <DataTable columns={COLUMNS} minWidth={480} isEmpty={rows.length === 0} emptyId="dashboard.noTasks" emptySize="sm" data-testid="area-table" verticalSpacing={6}>
        {rows.map((row) => (
          <Table.Tr key={row.area} data-testid={`area-row-${row.area}`}>
            <Table.Td>{label(row.area)}</Table.Td>
            <Table.Td ta="end">{intl.formatNumber(row.statistics.total)}</Table.Td>
            <Table.Td ta="end">{intl.formatNumber(row.statistics.completed.total)}</Table.Td>
            <Table.Td>
              <RateCell rate={row.statistics.completionRate} />
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </Stack>
  );
}
