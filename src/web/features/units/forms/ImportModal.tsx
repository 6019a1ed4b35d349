import { useId, useState } from 'react';
import { Alert, Input, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { importRowError, UNIT_FILE_COLUMNS } from '../../../../shared/contracts/units.ts';
import { isApiError } from '../../../app/api/client.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { ImportErrorsTable } from '../../../ui/ImportErrorsTable.tsx';
import { useImportUnits } from '../api.ts';

/** The bad rows of a refused import (422 import_rows_invalid, details.errors). */
function rowErrors(error: unknown) {
  if (!isApiError(error, 'import_rows_invalid')) return [];
  const parsed = importRowError.array().safeParse(error.details?.errors);
  return parsed.success ? parsed.data : [];
}

/** Upload a .csv or .xlsx of units; shows what changed, or every bad row. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const intl = useIntl();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useImportUnits(useLocale());
  const rows = rowErrors(upload.error);

  const submit = () => {
    if (!file) return setMissingFile(true);
    upload.mutate(file);
  };

  return (
    <FormModal opened={opened} onClose={onClose} titleId="import.title" submitId="import.submit" onSubmit={submit} pending={upload.isPending} error={upload.error} size="xl">
      <Text size="sm">
        <FormattedMessage id="import.help" values={{ columns: UNIT_FILE_COLUMNS.join(', '), names: 'name_vi, name_en, name_lo, name_km, name_th' }} />
      </Text>
      <Input.Wrapper label={intl.formatMessage({ id: 'import.file' })} labelElement="label" id={inputId} error={missingFile ? intl.formatMessage({ id: 'validation.required' }) : undefined}>
        <input
          id={inputId}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setMissingFile(false);
            upload.reset();
          }}
          style={{ display: 'block', marginTop: 4 }}
        />
      </Input.Wrapper>
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
