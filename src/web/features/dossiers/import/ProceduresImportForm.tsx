import { Anchor, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { PROCEDURE_FILE_COLUMNS, PROCEDURE_FILE_LOCALIZED } from '../../../../shared/contracts/dossiers.ts';
import { LOCALES } from '../../../../shared/locales.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportDone } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useImportProcedures } from '../api.ts';
import { ImportCard } from './ImportCard.tsx';

/** The national procedure catalogue, replaced all or nothing; only a system-wide manager may. */
export function ProceduresImportForm() {
  const upload = useImportProcedures(useLocale());
  const chosen = useChosenFile(upload.reset);
  return (
    <ImportCard
      titleId="procedures.importTitle"
      onSubmit={() => chosen.withFile(upload.send)}
      pending={upload.isPending}
      state={upload.state}
      onCancel={upload.cancel}
      error={upload.error}
      testId="procedure-import"
      result={
        upload.isSuccess && (
          <ImportDone testId="procedure-import-result">
            <FormattedMessage id="procedures.importResult" values={upload.data} />
          </ImportDone>
        )
      }
    >
      <Text size="sm">
        <FormattedMessage id="procedures.importHelp" values={{ columns: PROCEDURE_FILE_COLUMNS.join(', '), names: PROCEDURE_FILE_LOCALIZED.flatMap((c) => LOCALES.map((l) => `${c}_${l}`)).join(', ') }} />
      </Text>
      <Anchor size="sm" {...linkProps(paths.procedures())}>
        <FormattedMessage id="procedures.viewCatalogue" />
      </Anchor>
      <FileField {...chosen.input} testId="procedure-import-file" />
    </ImportCard>
  );
}
