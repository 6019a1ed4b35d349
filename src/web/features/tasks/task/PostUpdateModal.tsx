import { useState } from 'react';
import { NumberInput, Textarea } from '@mantine/core';
import { useIntl } from 'react-intl';
import { postUpdateFields, type Task } from '../../../../shared/contracts/tasks.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { todayLocal } from '../../units/index.ts';
import { usePostUpdate } from '../api.ts';
import { EvidenceInput } from './EvidenceInput.tsx';

interface Props {
  task: Task;
  kind: 'progress' | 'report_completion';
  onClose: () => void;
}

/**
 * The unit's update: progress (0–99 %; 100 % is a completion report) or a completion report
 * with the day it was completed (not after today). Either may carry evidence files.
 */
export function PostUpdateModal({ task, kind, onClose }: Props) {
  const intl = useIntl();
  const today = todayLocal();
  const [percent, setPercent] = useState<number | string>(kind === 'progress' ? Math.min(task.percent, 99) : 100);
  const [completedOn, setCompletedOn] = useState(today);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const post = usePostUpdate(task.id);
  const { t, setErrors } = useFieldErrors(post.error);

  const submit = () => {
    const fields = kind === 'progress' ? { kind, percent: typeof percent === 'number' ? percent : Number.NaN, note } : { kind, completedOn, note };
    const checked = validate(postUpdateFields, fields);
    if (!checked.ok) return setErrors(checked.errors);
    if (checked.data.kind === 'report_completion' && checked.data.completedOn > today) return setErrors({ completedOn: 'tasks.report.future' });
    setErrors({});
    post.mutate({ ...checked.data, files }, { onSuccess: onClose });
  };

  const progress = kind === 'progress';
  return (
    <FormModal
      opened
      onClose={onClose}
      titleId={progress ? 'tasks.action.progress' : 'tasks.action.report'}
      submitId={progress ? 'tasks.action.progressSubmit' : 'tasks.action.reportSubmit'}
      onSubmit={submit}
      pending={post.isPending}
      error={post.error}
      testId={progress ? 'progress-form' : 'report-form'}
    >
      {progress ? (
        <NumberInput
          label={intl.formatMessage({ id: 'tasks.field.percent' })}
          description={intl.formatMessage({ id: 'tasks.progress.percentHint' })}
          value={percent}
          onChange={setPercent}
          min={0}
          max={99}
          clampBehavior="strict"
          allowDecimal={false}
          allowNegative={false}
          suffix=" %"
          withAsterisk
          error={t('percent')}
          data-testid="progress-percent"
          w={200}
        />
      ) : (
        <DateField labelId="tasks.field.completedOn" value={completedOn} onChange={setCompletedOn} error={t('completedOn')} required w={220} />
      )}
      <Textarea
        label={intl.formatMessage({ id: 'tasks.updates.note' })}
        description={intl.formatMessage({ id: progress ? 'tasks.progress.noteHint' : 'tasks.report.noteHint' })}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        autosize
        minRows={3}
        maxLength={4000}
        error={t('note')}
        data-testid="update-note"
      />
      <EvidenceInput value={files} onChange={setFiles} />
    </FormModal>
  );
}
