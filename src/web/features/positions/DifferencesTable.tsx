import { Badge, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { PositionListView } from '../../../shared/contracts/positions.ts';
import { useNameOf } from '../units/index.ts';

const CHANGE_COLOR = { added: 'green', removed: 'red', changed: 'blue' } as const;

/** What this version changed from the approved one it started from: positions added, removed and changed (which fields, posts before → after). */
export function DifferencesTable({ list }: { list: PositionListView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  if (list.differences.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        <FormattedMessage id="positions.differences.none" />
      </Text>
    );
  }
  const field = (f: string) => intl.formatMessage({ id: `positions.items.${f}`, defaultMessage: f });
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="positions-differences">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="positions.items.code" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.items.title" /></Table.Th>
            <Table.Th><FormattedMessage id="positions.differences.change" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.items.posts" /></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.differences.map((d) => (
            <Table.Tr key={d.code} data-testid={`positions-difference-${d.code}`}>
              <Table.Td><Text size="xs" ff="monospace">{d.code}</Text></Table.Td>
              <Table.Td><Text size="sm">{nameOf((d.after ?? d.before)?.title ?? {})}</Text></Table.Td>
              <Table.Td>
                <Badge size="sm" variant="light" color={CHANGE_COLOR[d.change]}>
                  <FormattedMessage id={`positions.differences.${d.change}`} />
                </Badge>
                {d.change === 'changed' && <Text size="xs" c="dimmed">{d.fields.map(field).join(', ')}</Text>}
              </Table.Td>
              <Table.Td ta="right">
                {d.before && d.after && d.before.posts !== d.after.posts
                  ? `${intl.formatNumber(d.before.posts)} → ${intl.formatNumber(d.after.posts)}`
                  : intl.formatNumber((d.after ?? d.before)?.posts ?? 0)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
