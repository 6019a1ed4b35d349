import { useState } from 'react';
import { Button, Text, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { reopenRequest } from '../../../../shared/contracts/frameworks.ts';
import { useFieldErrors } from '../../../app/forms/use-field-errors.ts';
import { validate } from '../../../app/forms/validate.ts';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useFinalizeRound, useReopenRound } from '../api.ts';

function FinalizeModal({ round, onClose }: { round: string; onClose: () => void }) {
  const finalize = useFinalizeRound(round);
  return (
    <FormModal opened onClose={onClose} titleId="assessments.round.finalize" titleValues={{ round }} submitId="assessments.round.finalizeSubmit" onSubmit={() => finalize.mutate(undefined, { onSuccess: onClose })} pending={finalize.isPending} error={finalize.error} size="md" testId="finalize-form">
      <Text size="sm">
        <FormattedMessage id="assessments.round.finalizeHint" />
      </Text>
    </FormModal>
  );
}

function ReopenModal({ round, onClose }: { round: string; onClose: () => void }) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const reopen = useReopenRound(round);
  const { t, setErrors } = useFieldErrors(reopen.error);
  const submit = () => {
    const checked = validate(reopenRequest, { reason });
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    reopen.mutate(checked.data.reason, { onSuccess: onClose });
  };
  return (
    <FormModal opened onClose={onClose} titleId="assessments.round.reopen" titleValues={{ round }} submitId="assessments.round.reopenSubmit" onSubmit={submit} pending={reopen.isPending} error={reopen.error} size="md" danger testId="reopen-form">
      <Text size="sm">
        <FormattedMessage id="assessments.round.reopenHint" />
      </Text>
      <Textarea label={intl.formatMessage({ id: 'assessments.round.reopenReason' })} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={3} maxLength={4000} withAsterisk error={t('reason')} data-testid="reopen-reason" />
    </FormModal>
  );
}

/** The secretariat's actions on a round: finalise (scores lock, results published) or reopen with a recorded reason. */
export function RoundActions({ round, finalized }: { round: string; finalized: boolean }) {
  // The modal opened stays open while the round's state changes under it (the refetch after success).
  const [open, setOpen] = useState<'finalize' | 'reopen' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      {finalized ? (
        <Button size="xs" variant="light" color="red" onClick={() => setOpen('reopen')} data-testid="round-reopen">
          <FormattedMessage id="assessments.round.reopen" />
        </Button>
      ) : (
        <Button size="xs" onClick={() => setOpen('finalize')} data-testid="round-finalize">
          <FormattedMessage id="assessments.round.finalize" />
        </Button>
      )}
      {open === 'finalize' && <FinalizeModal round={round} onClose={close} />}
      {open === 'reopen' && <ReopenModal round={round} onClose={close} />}
    </>
  );
}
