import { useId, useState } from 'react';
import { Input, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ImportRowError } from '../../../../shared/contracts/units.ts';
import type { FrameworkProblem } from '../../../../shared/domain/framework-tree.ts';
import { ApiError } from '../../../app/api/client.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { ImportErrorsTable } from '../../../ui/ImportErrorsTable.tsx';
import { useImportFramework, useOwnerChoices } from './framework-api.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { ProblemsList } from './ProblemsList.tsx';

/** What a refused import names: the workbook's bad rows, or the criteria that do not add up. */
function refusalDetails(error: unknown): { rows: ImportRowError[]; problems: FrameworkProblem[] } {
  const details = error instanceof ApiError ? (error.details as { errors?: ImportRowError[]; problems?: FrameworkProblem[] }) : {};
  return { rows: details.errors ?? [], problems: details.problems ?? [] };
}

/**
 * A framework from a file — an .xlsx as exported (sheets "framework" and "nodes") or a .json
 * framework file. A code already stored becomes its new version (or replaces the latest while
 * no round uses it); a new code belongs to the owner chosen.
 */
export function ImportFrameworkModal({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const inputId = useId();
  const choices = useOwnerChoices();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [owner, setOwner] = useState<string | null>(choices.find((c) => c.code !== null)?.code ?? null);
  const upload = useImportFramework();
  const { rows, problems } = refusalDetails(upload.error);
  const submit = () => (file ? upload.mutate({ file, owner }, { onSuccess: (s) => navigate(paths.framework(s.code, s.version)) }) : setMissing(true));
  return (
    <FormModal opened onClose={onClose} titleId="assessments.editor.importTitle" submitId="assessments.editor.importSubmit" onSubmit={submit} pending={upload.isPending} error={upload.error} testId="framework-import">
      <Text size="sm">
        <FormattedMessage id="assessments.editor.importHint" />
      </Text>
      <Input.Wrapper label={intl.formatMessage({ id: 'import.file' })} labelElement="label" id={inputId} error={missing ? intl.formatMessage({ id: 'validation.required' }) : undefined}>
        <input
          id={inputId}
          type="file"
          accept=".xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setMissing(false);
            upload.reset();
          }}
          style={{ display: 'block', marginTop: 4, maxWidth: '100%' }}
          data-testid="framework-import-file"
        />
      </Input.Wrapper>
      <OwnerSelect choices={choices} value={owner} onChange={setOwner} />
      {rows.length > 0 && <ImportErrorsTable errors={rows} />}
      <ProblemsList problems={problems} />
    </FormModal>
  );
}
