import { useState, type ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { FormModal } from './FormModal.tsx';

interface Props {
  /** the button's and the confirmation's label */
  labelId: string;
  titleId: string;
  /** `data-testid` of the button; its confirmation form gets `<testId>-form` */
  testId: string;
  /** the removal: call `done` once it succeeded, to close the confirmation */
  onConfirm: (done: () => void) => void;
  /** forgets the last attempt's error when the confirmation closes */
  onClosed: () => void;
  pending: boolean;
  error: unknown;
  /** what is removed, in words */
  children: ReactNode;
}

/** A small red button that removes something after a confirmation naming it. */
export function ConfirmRemoveButton({ labelId, titleId, testId, onConfirm, onClosed, pending, error, children }: Props) {
  const [open, setOpen] = useState(false);
  const close = () => {
    setOpen(false);
    onClosed();
  };
  return (
    <>
      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setOpen(true)} data-testid={testId}>
        <FormattedMessage id={labelId} />
      </Button>
      {open && (
        <FormModal opened onClose={close} titleId={titleId} submitId={labelId} onSubmit={() => onConfirm(close)} pending={pending} error={error} size="md" danger testId={`${testId}-form`}>
          <Text size="sm">{children}</Text>
        </FormModal>
      )}
    </>
  );
}
