import type { FormEvent, ReactNode } from 'react';
import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { UploadCancelled, type UploadState } from '../../../app/api/upload.ts';
import { importRowErrors } from '../../../app/forms/server-errors.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { RowErrors } from '../../../ui/upload/ImportOutcome.tsx';
import { UploadProgress } from '../../../ui/upload/UploadProgress.tsx';

interface Props {
  titleId: string;
  /** the fields (file, options) and help */
  children: ReactNode;
  onSubmit: () => void;
  pending: boolean;
  state: UploadState | null;
  onCancel: () => void;
  /** the refusal of the last upload, if any */
  error: unknown;
  /** what the last upload did, if it succeeded */
  result?: ReactNode;
  /** under the rows of a refused file, e.g. "import the good rows only" */
  rowErrorsAction?: ReactNode;
  testId: string;
}

/**
 * One import on the import page: its form, the upload's progress, then what happened —
 * the result, the bad rows of a refused file (line, column, problem), or the error.
 */
export function ImportCard({ titleId, children, onSubmit, pending, state, onCancel, error, result, rowErrorsAction, testId }: Props) {
  const rows = importRowErrors(error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <Paper withBorder p="md" radius="md">
      <form onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="sm">
          <Title order={3} size="h4">
            <FormattedMessage id={titleId} />
          </Title>
          {children}
          <Group>
            <Button type="submit" loading={pending} data-testid={`${testId}-submit`}>
              <FormattedMessage id="import.submit" />
            </Button>
          </Group>
          {state && <UploadProgress state={state} onCancel={onCancel} testId={`${testId}-progress`} />}
          {result}
          {error instanceof UploadCancelled ? (
            <Alert color="gray" role="status">
              <FormattedMessage id="upload.cancelled" />
            </Alert>
          ) : error ? (
            <ErrorAlert error={error} />
          ) : null}
          <RowErrors rows={rows} action={rowErrorsAction} />
        </Stack>
      </form>
    </Paper>
  );
}
