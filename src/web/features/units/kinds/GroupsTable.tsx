import { Button, Code, Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UnitGroup } from '../../../../shared/contracts/units.ts';
import { useNameOf } from '../names.ts';

const COLUMNS = ['kinds.code', 'kinds.name', 'kinds.actions'];

/** Groups by code; one row each: `group-row-<code>`. */
export function GroupsTable({ groups, onEdit }: { groups: UnitGroup[]; onEdit: (group: UnitGroup) => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const sorted = [...groups].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped fz="sm" data-testid="groups-table">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((id) => (
              <Table.Th key={id}>
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((group) => (
            <Table.Tr key={group.code} data-testid={`group-row-${group.code}`}>
              <Table.Td>
                <Code>{group.code}</Code>
              </Table.Td>
              <Table.Td>{nameOf(group.names)}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="light" onClick={() => onEdit(group)} aria-label={intl.formatMessage({ id: 'kinds.editNamed' }, { name: nameOf(group.names) || group.code })} data-testid="group-edit">
                  <FormattedMessage id="kinds.edit" />
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
