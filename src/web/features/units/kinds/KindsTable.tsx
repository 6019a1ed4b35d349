import { Button, Code, Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UnitKind } from '../../../../shared/contracts/units.ts';
import { useNameOf } from '../names.ts';

const COLUMNS = ['kinds.code', 'kinds.name', 'kinds.tier', 'kinds.sortOrder', 'kinds.actions'];

/** Kinds in their list order; one row each: `kind-row-<code>`. */
export function KindsTable({ kinds, onEdit }: { kinds: UnitKind[]; onEdit: (kind: UnitKind) => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const sorted = [...kinds].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped fz="sm" data-testid="kinds-table">
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
          {sorted.map((kind) => (
            <Table.Tr key={kind.code} data-testid={`kind-row-${kind.code}`}>
              <Table.Td>
                <Code>{kind.code}</Code>
              </Table.Td>
              <Table.Td>{nameOf(kind.names)}</Table.Td>
              <Table.Td>
                <FormattedMessage id={`tiers.${kind.tier}`} />
              </Table.Td>
              <Table.Td>{intl.formatNumber(kind.sortOrder)}</Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="light" onClick={() => onEdit(kind)} aria-label={intl.formatMessage({ id: 'kinds.editNamed' }, { name: nameOf(kind.names) || kind.code })} data-testid="kind-edit">
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
