import { FileInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { DateField } from '../../ui/DateField.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { todayLocal } from '../units/index.ts';
import { useApproveList } from './api.ts';

/** Approving a list by the ministry's decision: its number, its date and the signed decision (PDF). */
export function ApproveModal({ id, onClose }: { id: number; onClose: () => void }) {
  const intl = useIntl();
  const approve = useApproveList(id);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState(false);
  const required = (empty: boolean) => (checked && empty ? intl.formatMessage({ id: 'validation.required' }) : undefined);
  return (
    <FormModal
      opened
      onClose={onClose}
      titleId="positions.approve.title"
      submitId="positions.approve.submit"
      pending={approve.isPending}
      error={approve.error}
      testId="positions-approve-form"
      onSubmit={() => {
        setChecked(true);
        if (!number.trim() || !isIsoDate(date) || !file) return;
        approve.mutate({ number: number.trim(), date, file }, { onSuccess: onClose });
      }}
    >
      <TextInput label={intl.formatMessage({ id: 'positions.approve.number' })} value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={required(!number.trim())} required data-testid="positions-approve-number" />
      <DateField labelId="positions.approve.date" value={date} onChange={setDate} error={required(!isIsoDate(date))} required testId="positions-approve-date" />
      <FileInput
        label={intl.formatMessage({ id: 'positions.approve.file' })}
        description={intl.formatMessage({ id: 'positions.approve.fileHelp' })}
        placeholder={intl.formatMessage({ id: 'positions.approve.choose' })}
        accept="application/pdf"
        value={file}
        onChange={setFile}
        error={required(!file)}
        required
        data-testid="positions-approve-file"
      />
    </FormModal>
  );
}
