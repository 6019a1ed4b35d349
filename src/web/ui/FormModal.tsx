import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from './ErrorAlert.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  titleId: string;
  titleValues?: Record<string, string>;
  submitId?: string;
  onSubmit: () => void;
  pending: boolean;
  /** The server's refusal, shown translated above the buttons. */
  error?: unknown;
  danger?: boolean;
  size?: string;
  /** `data-testid` of the form; its submit button gets `<testId>-submit`. */
  testId?: string;
  children: ReactNode;
}

/** A modal with one form: fields, the server's error if any, cancel and submit. */
export function FormModal({ opened, onClose, titleId, titleValues, submitId = 'app.save', onSubmit, pending, error, danger, size = 'lg', testId, children }: Props) {
  const intl = useIntl();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!pending) onSubmit();
  };
  return (
    <Modal opened={opened} onClose={onClose} title={intl.formatMessage({ id: titleId }, titleValues)} size={size} closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <form onSubmit={submit} noValidate data-testid={testId}>
        <Stack gap="sm">
          {children}
          {error ? <ErrorAlert error={error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              <FormattedMessage id="app.cancel" />
            </Button>
            <Button type="submit" loading={pending} color={danger ? 'red' : undefined} data-testid={testId ? `${testId}-submit` : undefined}>
              <FormattedMessage id={submitId} />
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
