import { Alert, Button, Stack } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { errorMessageId } from '../app/api/error-message.ts';

/** A server or network error, in the reader's language (`errors.<code>`). */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert color="red" role="alert" title={<FormattedMessage id="app.errorTitle" />}>
      <Stack gap="xs" align="flex-start">
        <FormattedMessage id={errorMessageId(error)} />
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            <FormattedMessage id="app.retry" />
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
