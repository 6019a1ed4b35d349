import { useState } from 'react';
import { Alert , Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { UNIT_FILE_COLUMNS } from '../../../../shared/contracts/units.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { ImportErrorsTable } from '../../../ui/ImportErrorsTable.tsx';
import { SpreadsheetInput } from '../../../ui/SpreadsheetInput.tsx';
import { useImportUnits } from '../api.ts';

/** Upload a .csv or .xlsx of units; shows what changed, or every bad row. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useImportUnits(useLocale());
  const rows = importRowErrors(upload.error);

  const submit = () => {
    if (!file) return setMissingFile(true);
    upload.mutate(file);
  };

  return (
    <FormModal opened={opened} onClose={onClose} titleId="import.title" submitId="import.submit" onSubmit={submit} pending={upload.isPending} error={upload.error} size="xl">
      <Text size="sm">
        <FormattedMessage id="import.help" values={{ columns: UNIT_FILE_COLUMNS.join(', '), names: 'name_vi, name_en, name_lo, name_km, name_th' }} />
      </Text>
      <SpreadsheetInput
        missing={missingFile}
        onChange={(chosen) => {
          setFile(chosen);
          setMissingFile(false);
          upload.reset();
        }}
      />
      {upload.isSuccess && (
        <Alert color="green" role="status" title={intl.formatMessage({ id: 'import.done' })}>
          <FormattedMessage id="import.result" values={upload.data} />
        </Alert>
      )}
      {rows.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            <FormattedMessage id="import.rowErrors" values={{ count: rows.length }} />
          </Text>
          <ImportErrorsTable errors={rows} />
        </Stack>
      )}
    </FormModal>
  );
}
