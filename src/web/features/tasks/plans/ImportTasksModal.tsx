import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { ImportErrorsTable } from '../../../ui/ImportErrorsTable.tsx';
import { SpreadsheetInput } from '../../../ui/SpreadsheetInput.tsx';
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
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const upload = useImportTasks();
  const rows = importRowErrors(upload.error);
  // Errors on line 1 are the header's (missing columns): skipping rows cannot help then.
  const canSkip = rows.length > 0 && rows.every((r) => r.line > 1);

  const send = (skipInvalid: boolean) => {
    if (!file) return setMissingFile(true);
    upload.mutate({ file, skipInvalid });
  };
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
      <SpreadsheetInput
        missing={missingFile}
        onChange={(chosen) => {
          setFile(chosen);
          setMissingFile(false);
          upload.reset();
        }}
        testId="task-import-file"
      />
      {upload.isSuccess && (
        <Alert color="green" role="status" title={intl.formatMessage({ id: 'import.done' })} data-testid="task-import-result">
          <Stack gap={4}>
            <FormattedMessage id="tasks.import.result" values={{ tasks: upload.data.tasksCreated, plans: upload.data.plansCreated.length, skipped: new Set(upload.data.skipped.map((s) => s.line)).size }} />
            {upload.data.plansCreated.length > 0 && <FormattedMessage id="tasks.import.plansCreated" values={{ codes: upload.data.plansCreated.join(', ') }} />}
          </Stack>
        </Alert>
      )}
      {upload.isSuccess && upload.data.skipped.length > 0 && <ImportErrorsTable errors={upload.data.skipped} />}
      {rows.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            <FormattedMessage id="import.rowErrors" values={{ count: rows.length }} />
          </Text>
          <ImportErrorsTable errors={rows} />
          {canSkip && (
            <Group>
              <Button variant="light" color="orange" size="xs" onClick={() => send(true)} loading={upload.isPending} data-testid="task-import-skip">
                <FormattedMessage id="tasks.import.skipBad" />
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </FormModal>
  );
}
