import { Button, Group, Textarea } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { FormModal } from '../../ui/FormModal.tsx';
import { useAcceptReport, useReturnReport } from './api.ts';

/** The secretariat's decision on a submitted report: accept it, or return it with a reason. */
export function ReviewActions({ round, unit }: { round: string; unit: string }) {
  const intl = useIntl();
  const accept = useAcceptReport(round, unit);
  const giveBack = useReturnReport(round, unit);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <>
      <Group gap="xs">
        <Button color="green" loading={accept.isPending} onClick={() => accept.mutate()} data-testid="reporting-accept">
          <FormattedMessage id="reporting.review.accept" />
        </Button>
        <Button color="orange" variant="light" onClick={() => setReturning(true)} data-testid="reporting-return">
          <FormattedMessage id="reporting.review.return" />
        </Button>
      </Group>
      {accept.error ? <ErrorAlert error={accept.error} /> : null}
      <FormModal
        opened={returning}
        onClose={() => setReturning(false)}
        titleId="reporting.review.returnTitle"
        submitId="reporting.review.return"
        pending={giveBack.isPending}
        error={giveBack.error}
        testId="reporting-return-form"
        onSubmit={() => {
          if (!reason.trim()) return setMissing(true);
          giveBack.mutate(reason.trim(), { onSuccess: () => setReturning(false) });
        }}
      >
        <Textarea
          label={intl.formatMessage({ id: 'reporting.review.reason' })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={missing && !reason.trim() ? intl.formatMessage({ id: 'validation.required' }) : undefined}
          autosize
          minRows={3}
          required
          data-testid="reporting-return-reason"
        />
      </FormModal>
    </>
  );
}
