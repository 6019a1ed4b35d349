import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { FormModal } from '../../ui/FormModal.tsx';
import { useReturnList } from './api.ts';

/** Returning a list to its department with the reason, which its history keeps. */
export function ReturnModal({ id, onClose }: { id: number; onClose: () => void }) {
  const intl = useIntl();
  const giveBack = useReturnList(id);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  return (
    <FormModal
      opened
      onClose={onClose}
      titleId="positions.return.title"
      submitId="positions.return.submit"
      pending={giveBack.isPending}
      error={giveBack.error}
      danger
      testId="positions-return-form"
      onSubmit={() => {
        setChecked(true);
        if (reason.trim()) giveBack.mutate(reason.trim(), { onSuccess: onClose });
      }}
    >
      <Textarea
        label={intl.formatMessage({ id: 'positions.return.reason' })}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={checked && !reason.trim() ? intl.formatMessage({ id: 'validation.required' }) : undefined}
        autosize
        minRows={3}
        required
        data-testid="positions-return-reason"
      />
    </FormModal>
  );
}
