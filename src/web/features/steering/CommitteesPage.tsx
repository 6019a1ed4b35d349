import { useState } from 'react';
import { Anchor, Button, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { useNameOf } from '../units/index.ts';
import { useCommittees } from './api.ts';
import { FoundCommitteeModal } from './FoundCommitteeModal.tsx';

const COLUMNS = ['steering.list.name', 'steering.list.unit', 'steering.list.decision', 'steering.list.period'] as const;

/** /steering: the steering committees of the reader's units, those in force first; the secretariat founds new ones here. */
export function CommitteesPage() {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  const list = useCommittees();
  const canManage = useCan('steering.manage');
  const [founding, setFounding] = useState(false);
  if (list.isPending) return <Loader />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const committees = [...list.data].sort((a, b) => Number(a.validTo !== null) - Number(b.validTo !== null) || b.validFrom.localeCompare(a.validFrom));
  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <Title order={2}>
          <FormattedMessage id="steering.list.title" />
        </Title>
        {canManage && (
          <Button size="sm" onClick={() => setFounding(true)} data-testid="committee-found">
            <FormattedMessage id="steering.form.foundTitle" />
          </Button>
        )}
      </Group>
      <DataTable columns={COLUMNS} minWidth={640} isEmpty={committees.length === 0} emptyId="steering.list.none" data-testid="committees">
        {committees.map((c) => (
          <Table.Tr key={c.code} data-testid={`committee-${c.code}`}>
            <Table.Td>
              <Anchor size="sm" {...linkProps(paths.committee(c.code))}>
                {nameOf(c.names)}
              </Anchor>
            </Table.Td>
            <Table.Td>{nameOf(c.unit.names)}</Table.Td>
            <Table.Td>
              {c.decisionNumber} · {date(c.decisionDate)}
            </Table.Td>
            <Table.Td>{c.validTo ? `${date(c.validFrom)} – ${date(c.validTo)}` : <FormattedMessage id="steering.validSince" values={{ from: date(c.validFrom) }} />}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
      {founding && <FoundCommitteeModal onClose={() => setFounding(false)} />}
    </Stack>
  );
}
