import { Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionListSummary } from '../../../shared/contracts/positions.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { useNameOf } from '../units/index.ts';
import { StatusBadge } from './badges.tsx';

/** The position lists the reader may see, each a link to its page. */
export function ListsTable({ lists }: { lists: PositionListSummary[] }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped data-testid="positions-lists">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="positions.lists.unit" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.lists.status" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.lists.dates" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.progress.positions" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.progress.posts" /></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lists.map((l) => (
            <Table.Tr key={l.id} data-testid={`positions-list-${l.unit.code}-${l.version}`}>
              <Table.Td>
                <Text size="sm" fw={600} component="a" {...linkProps(paths.positionList(l.id))}>
                  {nameOf(l.unit.names)}
                </Text>
                <Text size="xs" c="dimmed">{intl.formatMessage({ id: 'positions.lists.version' }, { code: l.unit.code, version: l.version })}</Text>
              </Table.Td>
              <Table.Td><StatusBadge status={l.status} /></Table.Td>
              <Table.Td>
                <Text size="xs">
                  {l.approvedOn
                    ? intl.formatMessage({ id: 'positions.lists.approvedOn' }, { date: day(l.approvedOn) })
                    : l.submittedOn
                      ? intl.formatMessage({ id: 'positions.lists.submittedOn' }, { date: day(l.submittedOn) })
                      : intl.formatMessage({ id: 'positions.lists.createdOn' }, { date: day(l.createdOn) })}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{intl.formatNumber(l.positions)}</Table.Td>
              <Table.Td ta="right">{intl.formatNumber(l.posts)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
