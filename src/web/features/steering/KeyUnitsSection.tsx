import { Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useKeyUnits } from './api.ts';

/** The year's key units with who follows each today, and every assignment of the year with its dates. */
export function KeyUnitsSection({ committee, year, enabled }: { committee: string; year: number; enabled: boolean }) {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  const list = useKeyUnits(committee, year, enabled);
  if (!enabled) return null;
  if (list.isPending) return <Loader size="sm" />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const ended = list.data.assignments.filter((a) => a.validTo !== null);
  return (
    <Stack gap="sm">
      <Title order={3}>
        <FormattedMessage id="steering.keyUnits.title" values={{ year: String(year) }} />
      </Title>
      <DataTable columns={['steering.keyUnits.unit', 'steering.keyUnits.supervisors']} minWidth={360} isEmpty={list.data.units.length === 0} emptyId="steering.keyUnits.none" emptySize="sm" data-testid="key-units">
        {list.data.units.map((u) => (
          <Table.Tr key={u.unit.code} data-testid={`key-unit-${u.unit.code}`}>
            <Table.Td>{nameOf(u.unit.names) || u.unit.code}</Table.Td>
            <Table.Td>{u.supervisors.map((s) => s.displayName || s.username).join('; ')}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {ended.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            <FormattedMessage id="steering.keyUnits.changes" />
          </Text>
          <DataTable columns={['steering.keyUnits.unit', 'steering.keyUnits.supervisor', 'steering.members.from', 'steering.members.to']} minWidth={480} data-testid="key-unit-changes">
            {ended.map((a) => (
              <Table.Tr key={`${a.unit.code}/${a.username}/${a.validFrom}`}>
                <Table.Td>{nameOf(a.unit.names) || a.unit.code}</Table.Td>
                <Table.Td>{a.displayName || a.username}</Table.Td>
                <Table.Td>{date(a.validFrom)}</Table.Td>
                <Table.Td>{date(a.validTo!)}</Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
        </>
      )}
    </Stack>
  );
}
