import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { FileField } from '../../../ui/upload/FileField.tsx';
import { ImportErrorsTable } from '../../../ui/upload/ImportErrorsTable.tsx';
import { ImportDone, RowErrors } from '../../../ui/upload/ImportOutcome.tsx';
import { useChosenFile } from '../../../ui/upload/use-chosen-file.ts';
import { useImportTasks } from '../api.ts';
import { downloadTaskTemplate, TASK_FILE_COLUMNS, type TemplateExample } from './task-template.ts';

interface Props {
  onClose: () => void;
  /** The template's example row (the plan on screen, the reader's unit). */
  example: Omit<TemplateExample, 'title' | 'description'>;
}

/**
 * Upload a .csv or .xlsx of tasks. A file with bad rows imports nothing: the rows are listed
 * with their line numbers, and the user may choose to import the good rows only.
 */
export function ImportTasksModal({ onClose, example }: Props) {
  const intl = useIntl();
  const upload = useImportTasks();
  const chosen = useChosenFile(upload.reset);
  const rows = importRowErrors(upload.error);
  // Errors on line 1 are the header's (missing columns): skipping rows cannot help then.
  const canSkip = rows.length > 0 && rows.every((r) => r.line > 1);

  const send = (skipInvalid: boolean) => chosen.withFile((file) => upload.mutate({ file, skipInvalid }));
  const template = () =>
    downloadTaskTemplate({ ...example, title: intl.formatMessage({ id: 'tasks.import.exampleTitle' }), description: intl.formatMessage({ id: 'tasks.import.exampleDescription' }) });

  return (
    <FormModal opened onClose={onClose} titleId="tasks.import.title" submitId="import.submit" onSubmit={() => send(false)} pending={upload.isPending} error={upload.error} size="xl" testId="task-import-form">
      <Text size="sm">
        <FormattedMessage id="tasks.import.help" values={{ required: TASK_FILE_COLUMNS.slice(0, 5).join(', '), optional: TASK_FILE_COLUMNS.slice(5).join(', ') }} />
      </Text>
      <Text size="sm">
        <FormattedMessage id="tasks.import.values" />
      </Text>
      <Anchor component="button" type="button" size="sm" onClick={template} data-testid="task-import-template" ta="left">
        <FormattedMessage id="tasks.import.template" />
      </Anchor>
      <FileField {...chosen.input} testId="task-import-file" />
      {upload.isSuccess && (
        <ImportDone testId="task-import-result">
          <Stack gap={4}>
            <FormattedMessage id="tasks.import.result" values={{ tasks: upload.data.tasksCreated, plans: upload.data.plansCreated.length, skipped: new Set(upload.data.skipped.map((s) => s.line)).size }} />
            {upload.data.plansCreated.length > 0 && <FormattedMessage id="tasks.import.plansCreated" values={{ codes: upload.data.plansCreated.join(', ') }} />}
          </Stack>
        </ImportDone>
      )}
      {upload.isSuccess && upload.data.skipped.length > 0 && <ImportErrorsTable errors={upload.data.skipped} />}
      <RowErrors
        rows={rows}
        action={
          canSkip && (
            <Group>
              <Button variant="light" color="orange" size="xs" onClick={() => send(true)} loading={upload.isPending} data-testid="task-import-skip">
                <FormattedMessage id="tasks.import.skipBad" />
              </Button>
            </Group>
          )
        }
      />
    </FormModal>
  );
}
