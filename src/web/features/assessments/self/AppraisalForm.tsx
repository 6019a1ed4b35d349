import { useState } from 'react';
import { Button, Group, NumberInput, Paper, Stack, Text, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useAppraise } from '../api.ts';
import { useAssessmentFormat, useDecimalSeparator } from '../format.ts';
import type { LeafScore } from '../framework-tree.ts';
import { EvidenceList } from './EvidenceList.tsx';
import { pointsIn } from './SelfScoreForm.tsx';

interface Props {
  round: string;
  unit: string;
  leaf: LeafScore;
  /** finalised: nothing can change */
  locked: boolean;
}

/**
 * The appraiser's score of one criterion beside the unit's own: the self-score, explanation
 * and evidence as sent, then the appraised points with the reason (required); both are kept.
 */
export function AppraisalForm({ round, unit, leaf, locked }: Props) {
  const intl = useIntl();
  const format = useAssessmentFormat();
  const decimalSeparator = useDecimalSeparator();
  const [points, setPoints] = useState<number | string>(leaf.appraised ?? leaf.self ?? '');
  const [reason, setReason] = useState(leaf.appraisalReason ?? '');
  const [errors, setErrors] = useState<{ points?: boolean; reason?: boolean }>({});
  const save = useAppraise(round, unit);
  const dirty = points !== (leaf.appraised ?? leaf.self ?? '') || reason !== (leaf.appraisalReason ?? '');

  const submit = () => {
    const value = pointsIn(points, leaf.max);
    const next = { points: value === null, reason: !reason.trim() };
    setErrors(next);
    if (value === null || next.reason) return;
    save.mutate({ key: leaf.key, points: value, reason: reason.trim() });
  };

  return (
    <Stack gap="xs">
      <Paper bg="var(--mantine-color-gray-0)" p="xs" radius="sm" data-testid="self-summary">
        <Stack gap={4}>
          <Text size="sm">
            <FormattedMessage id="assessments.appraise.selfScore" values={{ points: leaf.self === null ? '—' : format.points(leaf.self), max: format.points(leaf.max) }} />
          </Text>
          {leaf.explanation && (
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {leaf.explanation}
            </Text>
          )}
          <EvidenceList round={round} unit={unit} files={leaf.evidence} />
        </Stack>
      </Paper>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.appraise.points' })}
          value={points}
          onChange={setPoints}
          min={0}
          max={leaf.max}
          step={0.25}
          decimalScale={2}
          decimalSeparator={decimalSeparator}
          thousandSeparator=""
          allowNegative={false}
          disabled={locked}
          withAsterisk
          error={errors.points ? intl.formatMessage({ id: 'assessments.self.pointsInvalid' }, { max: intl.formatNumber(leaf.max) }) : undefined}
          w={170}
          data-testid="appraise-points"
        />
        <Textarea
          label={intl.formatMessage({ id: 'assessments.appraise.reason' })}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
          disabled={locked}
          withAsterisk
          error={errors.reason ? intl.formatMessage({ id: 'validation.required' }) : undefined}
          style={{ flex: '1 1 260px' }}
          data-testid="appraise-reason"
        />
      </Group>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {!locked && (
        <Group gap="sm">
          <Button size="xs" onClick={submit} loading={save.isPending} disabled={!dirty} data-testid="save-appraisal">
            <FormattedMessage id="assessments.appraise.save" />
          </Button>
          {save.isSuccess && !dirty && (
            <Text size="xs" c="green.8" data-testid="saved-mark">
              <FormattedMessage id="assessments.appraise.saved" />
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
