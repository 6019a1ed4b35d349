import { Anchor, Paper, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowUpStatisticsView } from '../../../shared/contracts/followups.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { useNameOf } from '../units/index.ts';
import { FollowUpStatusBadge } from './badges.tsx';

/** The open items on the day, oldest first, with how long each has been open. */
export function ItemsAgeing({ s }: { s: FollowUpStatisticsView }) {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  return (
    <Paper withBorder p="md">
      <Text fw={500} mb="xs">
        <FormattedMessage id="followUps.ageing" />
      </Text>
      {s.ageing.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="followUps.noItems" />
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped data-testid="follow-up-ageing">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <FormattedMessage id="followUps.text" />
                </Table.Th>
                <Table.Th ta="right">
                  <FormattedMessage id="followUps.daysOpen" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="followUps.deadline" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="followUps.statusLabel" />
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.ageing.map((a) => (
                <Table.Tr key={a.code}>
                  <Table.Td>
                    <Anchor size="sm" {...linkProps(paths.followUp(a.code))}>
                      {nameOf(a.text)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {a.code} · {date(a.raisedOn)}
                      {a.responsibleUnit ? ` · ${nameOf(a.responsibleUnit.names)}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{a.daysOpen}</Table.Td>
                  <Table.Td>{a.deadline ? date(a.deadline) : '—'}</Table.Td>
                  <Table.Td>
                    <FollowUpStatusBadge status={a.status} overdue={a.overdue} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
