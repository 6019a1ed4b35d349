import { Table } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { DataTable } from '../DataTable.tsx';

const COLUMNS = ['import.line', 'import.field', 'import.problem', 'import.value'];

/** The message for a row's error code: a server error code, an import-specific one, or the code itself. */
function useRowMessage(): (code: string) => string {
  const intl = useIntl();
  return (code) => {
    for (const id of [`errors.${code}`, `importErrors.${code}`]) {
      if (id in intl.messages) return intl.formatMessage({ id });
    }
    return code;
  };
}

/** Each bad row of an imported file: "line N, field F: message". */
export function ImportErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const intl = useIntl();
  const message = useRowMessage();
  return (
    <DataTable columns={COLUMNS} minWidth={420} withTableBorder data-testid="import-errors">
      {errors.map((error, index) => (
        <Table.Tr key={`${error.line}-${error.field ?? ''}-${index}`}>
          <Table.Td>{intl.formatNumber(error.line)}</Table.Td>
          <Table.Td ff="monospace">{error.field ?? '—'}</Table.Td>
          <Table.Td>{message(error.code)}</Table.Td>
          <Table.Td ff="monospace">{error.value ?? ''}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}
