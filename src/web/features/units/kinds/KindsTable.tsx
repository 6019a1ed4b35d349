import { Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { UnitKind } from '../../../../shared/contracts/units.ts';
import { CodeNameTable } from './CodeNameTable.tsx';

/** Kinds in their list order; one row each: `kind-row-<code>`. */
export function KindsTable({ kinds, onEdit }: { kinds: UnitKind[]; onEdit: (kind: UnitKind) => void }) {
  const intl = useIntl();
  const sorted = [...kinds].sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code));
  return (
    <CodeNameTable
      what="kind"
      entries={sorted}
      minWidth={560}
      extraColumns={['kinds.tier', 'kinds.sortOrder']}
      extraCells={(kind) => (
        <>
          <Table.Td>
            <FormattedMessage id={`tiers.${kind.tier}`} />
          </Table.Td>
          <Table.Td>{intl.formatNumber(kind.sortOrder)}</Table.Td>
        </>
      )}
      onEdit={onEdit}
    />
  );
}
