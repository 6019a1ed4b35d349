import { useState } from 'react';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { z } from 'zod';
import { isApiError } from '../../../app/api/client.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { FormModal } from '../../../ui/FormModal.tsx';
import { useSubmitSelfAssessment } from '../api.ts';

const missingCriteria = z.object({ criteria: z.array(z.string()) });

/** The criteria an `evidence_missing` refusal names. */
function missingOf(error: unknown): string[] {
  if (!isApiError(error, 'evidence_missing')) return [];
  const parsed = missingCriteria.safeParse(error.details);
  return parsed.success ? parsed.data.criteria : [];
}

function MissingList({ error }: { error: unknown }) {
  const missing = missingOf(error);
  if (missing.length === 0) return null;
  return (
    <Text size="sm" data-testid="missing-criteria">
      <FormattedMessage id="assessments.self.missingCriteria" values={{ criteria: missing.join(', ') }} />
    </Text>
  );
}

interface Props {
  round: string;
  unit: string;
  scored: number;
  total: number;
}

/** Sending the self-assessment for appraisal: after that its scores no longer change. */
export function SubmitSection({ round, unit, scored, total }: Props) {
  const [open, setOpen] = useState(false);
  const submit = useSubmitSelfAssessment(round, unit);
  return (
    <Paper withBorder p="md" radius="md" data-testid="submit-section">
      <Stack gap="xs">
        <Text size="sm">
          <FormattedMessage id="assessments.self.submitHint" values={{ scored, total }} />
        </Text>
        {!open && submit.error ? (
          <>
            <ErrorAlert error={submit.error} />
            <MissingList error={submit.error} />
          </>
        ) : null}
        <Group>
          <Button
            onClick={() => {
              submit.reset();
              setOpen(true);
            }}
            data-testid="submit-open"
          >
            <FormattedMessage id="assessments.self.submit" />
          </Button>
        </Group>
      </Stack>
      {open && (
        <FormModal
          opened
          onClose={() => setOpen(false)}
          titleId="assessments.self.submit"
          submitId="assessments.self.submitConfirm"
          onSubmit={() => submit.mutate(undefined, { onSuccess: () => setOpen(false) })}
          pending={submit.isPending}
          error={submit.error}
          size="md"
          testId="submit-form"
        >
          <Text size="sm">
            <FormattedMessage id="assessments.self.submitWarning" values={{ scored, total }} />
          </Text>
          <MissingList error={submit.error} />
        </FormModal>
      )}
    </Paper>
  );
}
