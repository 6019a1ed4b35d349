import type { ReactNode } from 'react';
import { Button, Code, Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { useNameOf } from '../names.ts';

interface Entry {
  code: string;
  names: LocalizedNames;
}

interface Props<T extends Entry> {
  /** Names the test ids: `<what>s-table`, `<what>-row-<code>`, `<what>-edit`. */
  what: 'kind' | 'group';
  /** In display order. */
  entries: T[];
  minWidth: number;
  /** Headers and cells of what this list has between the name and the edit button. */
  extraColumns?: readonly string[];
  extraCells?: (entry: T) => ReactNode;
  /** Without it, an empty list still shows its header. */
  emptyId?: string;
  onEdit: (entry: T) => void;
}

/** Kinds and groups are both a code and names, edited in a modal: one table serves both. */
export function CodeNameTable<T extends Entry>({ what, entries, minWidth, extraColumns = [], extraCells, emptyId, onEdit }: Props<T>) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const columns = ['kinds.code', 'kinds.name', ...extraColumns, 'kinds.actions'];
  return (
    <DataTable columns={columns} minWidth={minWidth} isEmpty={entries.length === 0} emptyId={emptyId} data-testid={`${what}s-table`}>
      {entries.map((entry) => (
        <Table.Tr key={entry.code} data-testid={`${what}-row-${entry.code}`}>
          <Table.Td>
            <Code>{entry.code}</Code>
          </Table.Td>
          <Table.Td>{nameOf(entry.names)}</Table.Td>
          {extraCells?.(entry)}
          <Table.Td>
            <Button size="compact-xs" variant="light" onClick={() => onEdit(entry)} aria-label={intl.formatMessage({ id: 'kinds.editNamed' }, { name: nameOf(entry.names) || entry.code })} data-testid={`${what}-edit`}>
              <FormattedMessage id="kinds.edit" />
            </Button>
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
