import type { ReactNode } from 'react';
import { Table, Text, type MantineSize, type TableProps } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import classes from './DataTable.module.css';

interface Props extends Omit<TableProps, 'children'> {
  /** Message ids of the column headers, in order. */
  columns: readonly string[];
  /** Narrower than this, the table scrolls sideways rather than squeezing its columns. */
  minWidth: number;
  /** With `emptyId`, a sentence in place of a table that would have a header and no rows. */
  isEmpty?: boolean;
  emptyId?: string;
  /** The empty sentence's size: a page's own list reads at body size, a section's smaller. */
  emptySize?: MantineSize;
  /** The first column stays in view while the others scroll sideways, keeping its row's stripe. */
  stickyFirstColumn?: boolean;
  /** The rows (`Table.Tr`). */
  children: ReactNode;
}

/**
 * The app's list look: a striped small-print table with translated headers, scrolling on
 * narrow screens. Other `Table` props (e.g. `data-testid`, spacing) pass through.
 */
export function DataTable({ columns, minWidth, isEmpty = false, emptyId, emptySize, stickyFirstColumn = false, children, ...tableProps }: Props) {
  if (isEmpty && emptyId) {
    return (
      <Text c="dimmed" size={emptySize}>
        <FormattedMessage id={emptyId} />
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped fz="sm" className={stickyFirstColumn ? classes.stickyFirst : undefined} {...tableProps}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((id) => (
              <Table.Th key={id}>
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
