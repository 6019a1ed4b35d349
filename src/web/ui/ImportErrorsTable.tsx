import { Table } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportRowError } from '../../shared/contracts/units.ts';

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
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder fz="sm" data-testid="import-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <FormattedMessage id="import.line" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="import.field" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="import.problem" />
            </Table.Th>
            <Table.Th>
              <FormattedMessage id="import.value" />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error, index) => (
            <Table.Tr key={`${error.line}-${error.field ?? ''}-${index}`}>
              <Table.Td>{intl.formatNumber(error.line)}</Table.Td>
              <Table.Td ff="monospace">{error.field ?? '—'}</Table.Td>
              <Table.Td>{message(error.code)}</Table.Td>
              <Table.Td ff="monospace">{error.value ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
