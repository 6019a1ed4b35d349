import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { UNIT_FILE_COLUMNS } from '../../../../shared/contracts/units.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportDone, RowErrors } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useImportUnits } from '../api.ts';

/** Upload a .csv or .xlsx of units; shows what changed, or every bad row. */
export function ImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const upload = useImportUnits(useLocale());
  const chosen = useChosenFile(upload.reset);
  const rows = importRowErrors(upload.error);
  const submit = () => chosen.withFile((file) => upload.mutate(file));

  return (
    <FormModal opened={opened} onClose={onClose} titleId="import.title" submitId="import.submit" onSubmit={submit} pending={upload.isPending} error={upload.error} size="xl">
      <Text size="sm">
        <FormattedMessage id="import.help" values={{ columns: UNIT_FILE_COLUMNS.join(', '), names: 'name_vi, name_en, name_lo, name_km, name_th' }} />
      </Text>
      <FileField {...chosen.input} />
      {upload.isSuccess && (
        <ImportDone>
          <FormattedMessage id="import.result" values={upload.data} />
        </ImportDone>
      )}
      <RowErrors rows={rows} />
    </FormModal>
  );
}
