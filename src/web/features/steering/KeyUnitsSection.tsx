import { useState } from 'react';
import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { CommitteeDetail } from '../../../shared/contracts/steering.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useKeyUnits } from './api.ts';
import { KeyUnitsModal } from './KeyUnitsModal.tsx';

/** The task list filtered to a unit's key tasks (the tasks page's own filters: unit and `key`). */
const keyTasksOf = (unitCode: string) => paths.tasks(new URLSearchParams({ unit: unitCode, key: '1' }).toString());

interface Props {
  committee: CommitteeDetail;
  year: number;
  /** the reader manages this committee in force: they select the key units */
  canManage: boolean;
}

/**
 * The year's key units with who follows each today (and a link to each unit's key tasks),
 * and every assignment of the year with its dates. Shown while the committee is in force.
 */
export function KeyUnitsSection({ committee, year, canManage }: Props) {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  const enabled = committee.validTo === null;
  const list = useKeyUnits(committee.code, year, enabled);
  const [selecting, setSelecting] = useState(false);
  if (!enabled) return null;
  if (list.isPending) return <Loader size="sm" />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const ended = list.data.assignments.filter((a) => a.validTo !== null);
  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="xs">
        <Title order={3}>
          <FormattedMessage id="steering.keyUnits.title" values={{ year: String(year) }} />
        </Title>
        {canManage && (
          <Button size="xs" variant="light" onClick={() => setSelecting(true)} data-testid="key-units-select">
            <FormattedMessage id="steering.form.keyUnitsButton" />
          </Button>
        )}
      </Group>
      <DataTable columns={['steering.keyUnits.unit', 'steering.keyUnits.supervisors', 'steering.keyUnits.keyTasks']} minWidth={480} isEmpty={list.data.units.length === 0} emptyId="steering.keyUnits.none" emptySize="sm" data-testid="key-units">
        {list.data.units.map((u) => (
          <Table.Tr key={u.unit.code} data-testid={`key-unit-${u.unit.code}`}>
            <Table.Td>{nameOf(u.unit.names) || u.unit.code}</Table.Td>
            <Table.Td>{u.supervisors.map((s) => s.displayName || s.username).join('; ')}</Table.Td>
            <Table.Td>
              <Anchor size="sm" {...linkProps(keyTasksOf(u.unit.code))} data-testid={`key-tasks-${u.unit.code}`}>
                <FormattedMessage id="steering.keyUnits.keyTasksLink" />
              </Anchor>
            </Table.Td>
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
      {selecting && <KeyUnitsModal committee={committee} year={year} current={list.data.units} onClose={() => setSelecting(false)} />}
    </Stack>
  );
}
