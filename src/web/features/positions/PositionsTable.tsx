import { Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { useNameOf } from '../units/index.ts';
import { useCategoryName } from './categories.ts';

/** A list's positions as they stand (read-only), then its totals by category. */
export function PositionsTable({ list }: { list: PositionListView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const categoryName = useCategoryName(list.unit.code);
  if (list.items.length === 0) {
    return (
      <Text c="dimmed">
        <FormattedMessage id="positions.items.empty" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing="xs" data-testid="positions-items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="positions.items.code" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.items.title" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.items.category" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.items.grade" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.items.posts" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.items.duties" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.items.qualifications" /></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((p) => (
            <Table.Tr key={p.code} data-testid={`position-${p.code}`}>
              <Table.Td><Text size="xs" ff="monospace">{p.code}</Text></Table.Td>
              <Table.Td><Text size="sm">{nameOf(p.title)}</Text></Table.Td>
              <Table.Td><Text size="sm">{categoryName(p.category)}</Text></Table.Td>
              <Table.Td><Text size="sm">{p.grade}</Text></Table.Td>
              <Table.Td ta="right">{intl.formatNumber(p.posts)}</Table.Td>
              <Table.Td><Text size="xs">{nameOf(p.duties)}</Text></Table.Td>
              <Table.Td><Text size="xs">{nameOf(p.qualifications)}</Text></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Positions and posts by category, in the country's order, with the list's total; people in post once the list is approved (staffing). */
export function TotalsTable({ list }: { list: PositionListView }) {
  const intl = useIntl();
  const staffed = list.status === 'approved';
  const categoryName = useCategoryName(list.unit.code);
  const sum = (key: 'positions' | 'posts' | 'incumbents') => list.totals.reduce((s, t) => s + t[key], 0);
  const row = (key: string, label: string, positions: number, posts: number, incumbents: number, bold = false) => (
    <Table.Tr key={key} data-testid={`positions-total-${key}`} fw={bold ? 700 : undefined}>
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right">{intl.formatNumber(positions)}</Table.Td>
      <Table.Td ta="right">{intl.formatNumber(posts)}</Table.Td>
      {staffed && <Table.Td ta="right">{intl.formatNumber(incumbents)}</Table.Td>}
    </Table.Tr>
  );
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table data-testid="positions-totals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="positions.items.category" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.progress.positions" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.progress.posts" /></Table.Th>
            {staffed && <Table.Th ta="right"><FormattedMessage id="positions.staffing.incumbents" /></Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.totals.map((t) => row(t.category, categoryName(t.category), t.positions, t.posts, t.incumbents))}
          {row('all', intl.formatMessage({ id: 'positions.items.total' }), sum('positions'), sum('posts'), sum('incumbents'), true)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
