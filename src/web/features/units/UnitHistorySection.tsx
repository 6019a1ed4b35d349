import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { addDays } from '../../../shared/domain/dates.ts';
import type { UnitHistory, UnitRef } from '../../../shared/contracts/units.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';
import { useGroupName, useKindName, useNameOf } from './names.ts';
import { UnitRefLinks } from './UnitRefLinks.tsx';

const VERSION_COLUMNS = ['history.validFrom', 'history.validTo', 'units.field.name', 'units.field.parent', 'units.field.kind', 'units.field.groups'];
const EVENT_COLUMNS = ['history.date', 'history.event', 'history.from', 'history.to', 'units.field.note'];

/** "Predecessors: A, B" — one line of links to the units this one came from or went to. */
function RelatedUnits({ labelId, refs }: { labelId: string; refs: UnitRef[] }) {
  return (
    <Text size="sm" component="div">
      <b>
        <FormattedMessage id={labelId} />:
      </b>{' '}
      <UnitRefLinks refs={refs} />
    </Text>
  );
}

/** Every version of the unit (nothing is overwritten), the lineage events, and where it came from / went to. */
export function UnitHistorySection({ history }: { history: UnitHistory }) {
  const intl = useIntl();
  const formatDate = useFormatIsoDate();
  const nameOf = useNameOf();
  const kindName = useKindName();
  const groupName = useGroupName();
  const versions = [...history.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const events = [...history.events].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.id - b.id);

  return (
    <Stack gap="sm" data-testid="unit-history">
      <Title order={3}>
        <FormattedMessage id="history.title" />
      </Title>
      <Title order={4}>
        <FormattedMessage id="history.versions" />
      </Title>
      <DataTable columns={VERSION_COLUMNS} minWidth={640} data-testid="unit-versions">
        {versions.map((v) => (
          <Table.Tr key={v.validFrom}>
            <Table.Td>
              <Anchor {...linkProps(paths.unit(history.code, v.validFrom))}>{formatDate(v.validFrom)}</Anchor>
            </Table.Td>
            <Table.Td>{v.validTo ? formatDate(v.validTo) : '—'}</Table.Td>
            <Table.Td>{nameOf(v.names)}</Table.Td>
            <Table.Td>{v.parentCode ? <Anchor {...linkProps(paths.unit(v.parentCode, v.validFrom))}>{v.parentCode}</Anchor> : '—'}</Table.Td>
            <Table.Td>{kindName(v.kind)}</Table.Td>
            <Table.Td>{v.groups.map(groupName).join(', ') || '—'}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>

      <Title order={4}>
        <FormattedMessage id="history.events" />
      </Title>
      <DataTable columns={EVENT_COLUMNS} minWidth={640} isEmpty={events.length === 0} emptyId="history.noEvents" emptySize="sm" data-testid="unit-events">
        {events.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{formatDate(e.effectiveDate)}</Table.Td>
            <Table.Td>{intl.formatMessage({ id: `lineage.${e.kind}` })}</Table.Td>
            {/* The "from" units as they were on their last day, the "to" units as they became. */}
            <Table.Td>
              <UnitRefLinks refs={e.from} asOf={addDays(e.effectiveDate, -1)} />
            </Table.Td>
            <Table.Td>
              <UnitRefLinks refs={e.to} asOf={e.effectiveDate} />
            </Table.Td>
            <Table.Td>{e.note ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </DataTable>

      <RelatedUnits labelId="history.predecessors" refs={history.predecessors} />
      <RelatedUnits labelId="history.successors" refs={history.successors} />
    </Stack>
  );
}
