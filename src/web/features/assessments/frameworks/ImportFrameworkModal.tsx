import { useState } from 'react';
import { Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { ImportRowError } from '../../../../shared/contracts/units.ts';
import type { FrameworkProblem } from '../../../../shared/domain/framework-tree.ts';
import { ApiError } from '../../../app/api/client.ts';
import { navigate } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportErrorsTable } from '../../../ui/upload/ImportErrorsTable.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useImportFramework, useOwnerChoices } from './framework-api.ts';
import { OwnerSelect } from './OwnerSelect.tsx';
import { ProblemsList } from './ProblemsList.tsx';

/** An .xlsx as exported, or a .json framework file. */
const FRAMEWORK_FILES = '.xlsx,.json,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  const choices = useOwnerChoices();
  const [owner, setOwner] = useState<string | null>(choices.find((c) => c.code !== null)?.code ?? null);
  const upload = useImportFramework();
  const chosen = useChosenFile(upload.reset);
  const { rows, problems } = refusalDetails(upload.error);
  const submit = () => chosen.withFile((file) => upload.mutate({ file, owner }, { onSuccess: (s) => navigate(paths.framework(s.code, s.version)) }));
  return (
    <FormModal opened onClose={onClose} titleId="assessments.editor.importTitle" submitId="assessments.editor.importSubmit" onSubmit={submit} pending={upload.isPending} error={upload.error} testId="framework-import">
      <Text size="sm">
        <FormattedMessage id="assessments.editor.importHint" />
      </Text>
      <FileField {...chosen.input} accept={FRAMEWORK_FILES} testId="framework-import-file" />
      <OwnerSelect choices={choices} value={owner} onChange={setOwner} />
      {rows.length > 0 && <ImportErrorsTable errors={rows} />}
      <ProblemsList problems={problems} />
    </FormModal>
  );
}
