import { Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { FollowUpItemView } from '../../../shared/contracts/followups.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { useNameOf } from '../units/index.ts';
import { FollowUpStatusBadge } from './badges.tsx';

/** Items as the register lists them: code, text, field, addressee, responsible unit, deadline, status (overdue marked). */
export function ItemsTable({ items, compact = false }: { items: FollowUpItemView[]; compact?: boolean }) {
  const nameOf = useNameOf();
  const date = useFormatIsoDate();
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm" data-testid="follow-ups-empty">
        <FormattedMessage id="followUps.noItems" />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={compact ? 360 : 760}>
      <Table striped verticalSpacing="xs" data-testid="follow-ups-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="followUps.text" />
            </Table.Th>
            {!compact && (
              <>
                <Table.Th>
                  <FormattedMessage id="followUps.field" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="followUps.addressedTo" />
                </Table.Th>
                <Table.Th>
                  <FormattedMessage id="followUps.responsibleUnit" />
                </Table.Th>
              </>
            )}
            <Table.Th>
              <FormattedMessage id="followUps.deadline" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="followUps.statusLabel" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.code} data-testid={`follow-up-row-${i.code}`}>
              <Table.Td>
                <Anchor size="sm" {...linkProps(paths.followUp(i.code))}>
                  {nameOf(i.text)}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {i.code} · {date(i.raisedOn)}
                  {i.raisedBy ? ` · ${nameOf(i.raisedBy.names)}` : ''}
                </Text>
              </Table.Td>
              {!compact && (
                <>
                  <Table.Td>{nameOf(i.field.names)}</Table.Td>
                  <Table.Td>{i.addresseeName ?? nameOf(i.addressedTo.names)}</Table.Td>
                  <Table.Td>{i.responsibleUnit ? nameOf(i.responsibleUnit.names) : '—'}</Table.Td>
                </>
              )}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.deadline ? date(i.deadline) : '—'}</Table.Td>
              <Table.Td>
                <FollowUpStatusBadge status={i.status} overdue={i.overdue} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
