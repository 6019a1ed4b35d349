import { Table } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { ProcedureTimesResponse, TimeGrouping } from '../../../../shared/contracts/procedure-times.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { useFormatRate } from '../../tasks/index.ts';
import { useNameOf } from '../../units/index.ts';
import { useFormatDays } from './format-days.ts';

type Group = ProcedureTimesResponse['groups'][number];

const COLUMNS = ['dossiers.times.column.resolved', 'dossiers.times.column.mean', 'dossiers.times.column.median', 'dossiers.times.column.p90', 'dossiers.times.column.withinRate', 'dossiers.times.column.ratio'];

/** A group's name: a field's in the reader's language, a channel's translated, a month in the reader's calendar, a level as the catalogue writes it. */
function useGroupLabel(by: TimeGrouping): (g: Group) => string {
  const intl = useIntl();
  const nameOf = useNameOf();
  return (g) => {
    if (by === 'channel') return intl.formatMessage({ id: `dossiers.column.${g.key}`, defaultMessage: g.key });
    if (by === 'month') return intl.formatDate(Date.UTC(Number(g.key.slice(0, 4)), Number(g.key.slice(5, 7)) - 1, 15), { month: 'long', year: 'numeric', timeZone: 'UTC' });
    if (by === 'field' && !g.key) return intl.formatMessage({ id: 'dossiers.unknownField' });
    return (g.names && nameOf(g.names)) || g.key || '—';
  };
}

/** The resolved dossiers' times by field, level, channel or month. */
export function GroupTimesTable({ by, groups }: { by: Exclude<TimeGrouping, 'procedure'>; groups: Group[] }) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const { days, rank } = useFormatDays();
  const labelOf = useGroupLabel(by);
  return (
    <DataTable columns={[`dossiers.times.by.${by}`, ...COLUMNS]} minWidth={640} isEmpty={groups.length === 0} emptyId="dossiers.times.empty" emptySize="sm" data-testid="times-group-table">
      {groups.map((g) => (
        <Table.Tr key={g.key} data-testid="times-group-row">
          <Table.Td>{labelOf(g)}</Table.Td>
          <Table.Td>{intl.formatNumber(g.resolved)}</Table.Td>
          <Table.Td fw={700}>{days(g.meanWorkingDays)}</Table.Td>
          <Table.Td>{rank(g.medianWorkingDays, g.resolved)}</Table.Td>
          <Table.Td>{rank(g.p90WorkingDays, g.resolved)}</Table.Td>
          <Table.Td>{g.withinStatutoryRate === null ? '—' : formatRate(g.withinStatutoryRate)}</Table.Td>
          <Table.Td>{g.statutoryRatio === null ? '—' : intl.formatNumber(g.statutoryRatio, { style: 'percent', maximumFractionDigits: 0 })}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
