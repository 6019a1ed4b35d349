import { Anchor, Button, Table } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Membership } from '../../../shared/contracts/steering.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { DataTable } from '../../ui/DataTable.tsx';

const COLUMNS = ['steering.members.name', 'steering.members.position', 'steering.members.from', 'steering.members.to'] as const;

interface Props {
  members: Membership[];
  testId: string;
  /** Given to managers of an open committee: each seat still running gets an "end seat" button. */
  onEnd?: (member: Membership) => void;
}

/** A committee's seats, ended ones included; each member's name opens the units they follow. */
export function MembersTable({ members, testId, onEnd }: Props) {
  const date = useFormatIsoDate();
  return (
    <DataTable columns={onEnd ? [...COLUMNS, 'steering.members.actions'] : COLUMNS} minWidth={onEnd ? 640 : 520} isEmpty={members.length === 0} emptyId="steering.members.none" emptySize="sm" data-testid={testId}>
      {members.map((m) => (
        <Table.Tr key={m.id} data-testid={`member-${m.username}`}>
          <Table.Td>
            <Anchor size="sm" {...linkProps(paths.followed(m.username))}>
              {m.displayName || m.username}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <FormattedMessage id={`steering.position.${m.position}`} />
          </Table.Td>
          <Table.Td>{date(m.validFrom)}</Table.Td>
          <Table.Td>{m.validTo ? date(m.validTo) : <FormattedMessage id="steering.ongoing" />}</Table.Td>
          {onEnd && (
            <Table.Td>
              {m.validTo === null && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onEnd(m)} data-testid={`end-seat-${m.username}`}>
                  <FormattedMessage id="steering.form.endSeat" />
                </Button>
              )}
            </Table.Td>
          )}
        </Table.Tr>
      ))}
    </DataTable>
  );
}
