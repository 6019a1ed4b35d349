import { useState } from 'react';
import { Text, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { confirmRequest, extendRequest, returnRequest, type Task } from '../../../../shared/contracts/tasks.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { DateField } from '../../../ui/DateField.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useConfirmTask, useExtendDeadline, useReturnTask } from '../api.ts';
import { useFormatDay } from '../format.ts';

interface Props {
  task: Task;
  onClose: () => void;
}

/** The secretariat confirms the reported completion: only then the task counts as completed. */
export function ConfirmModal({ task, onClose }: Props) {
  const intl = useIntl();
  const formatDay = useFormatDay();
  const [completedOn, setCompletedOn] = useState(task.reportedCompletedOn ?? '');
  const [note, setNote] = useState('');
  const confirm = useConfirmTask(task.id);
  const { t, setErrors } = useFieldErrors(confirm.error);
  const submit = () => {
    const checked = validate(confirmRequest, { completedOn, note });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    confirm.mutate(checked.data, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} titleId="tasks.action.confirm" submitId="tasks.action.confirmSubmit" onSubmit={submit} pending={confirm.isPending} error={confirm.error} size="md" testId="confirm-form">
      {task.reportedCompletedOn && (
        <Text size="sm">
          <FormattedMessage id="tasks.confirm.reported" values={{ date: formatDay(task.reportedCompletedOn) }} />
        </Text>
      )}
      <DateField labelId="tasks.confirm.completedOn" value={completedOn} onChange={setCompletedOn} error={t('completedOn')} required />
      <Textarea label={intl.formatMessage({ id: 'tasks.updates.note' })} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={2} maxLength={2000} error={t('note')} />
    </FormModal>
  );
}

/** Sends a reported completion back to the unit; the reason is required and kept in the history. */
export function ReturnModal({ task, onClose }: Props) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const back = useReturnTask(task.id);
  const { t, setErrors } = useFieldErrors(back.error);
  const submit = () => {
    const checked = validate(returnRequest, { reason });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    back.mutate(checked.data, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} titleId="tasks.action.return" submitId="tasks.action.returnSubmit" onSubmit={submit} pending={back.isPending} error={back.error} size="md" danger testId="return-form">
      <Textarea label={intl.formatMessage({ id: 'tasks.return.reason' })} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} maxLength={2000} withAsterisk error={t('reason')} data-testid="return-reason" />
    </FormModal>
  );
}

/** A new deadline with its reason; the original one stays on record ("extended from …"). */
export function ExtendModal({ task, onClose }: Props) {
  const intl = useIntl();
  const formatDay = useFormatDay();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const extend = useExtendDeadline(task.id);
  const { t, setErrors } = useFieldErrors(extend.error);
  const submit = () => {
    const checked = validate(extendRequest, { to, reason });
    if (!checked.ok) return setErrors(checked.errors);
    if (checked.data.to === task.deadline) return setErrors({ to: 'tasks.extend.same' });
    setErrors({});
    extend.mutate(checked.data, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} titleId="tasks.action.extend" submitId="tasks.action.extendSubmit" onSubmit={submit} pending={extend.isPending} error={extend.error} size="md" testId="extend-form">
      <Text size="sm">
        <FormattedMessage id="tasks.extend.current" values={{ deadline: formatDay(task.deadline), original: formatDay(task.originalDeadline) }} />
      </Text>
      <DateField labelId="tasks.extend.to" value={to} onChange={setTo} error={t('to')} required />
      <Textarea label={intl.formatMessage({ id: 'tasks.extend.reason' })} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={2} maxLength={2000} withAsterisk error={t('reason')} data-testid="extend-reason" />
    </FormModal>
  );
}
