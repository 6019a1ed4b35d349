import { useState } from 'react';
import { Button, FileInput, Group, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useSelfScore } from '../api.ts';
import { useDecimalSeparator } from '../format.ts';
import type { LeafScore } from '../framework-tree.ts';
import { EvidenceList } from './EvidenceList.tsx';

interface Props {
  round: string;
  unit: string;
  leaf: LeafScore;
  /** submitted or finalised: the score can no longer change */
  locked: boolean;
}

/** A number between 0 and the maximum, or null. */
export function pointsIn(value: number | string, max: number): number | null {
  const n = typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(n) && n >= 0 && Math.round(n * 100) <= Math.round(max * 100) ? n : null;
}

/**
 * The unit's own score of one criterion: points (0 to the maximum, in quarter points), the
 * explanation, and evidence files added to those already attached; saved on its own.
 */
export function SelfScoreForm({ round, unit, leaf, locked }: Props) {
  const intl = useIntl();
  const decimalSeparator = useDecimalSeparator();
  const [points, setPoints] = useState<number | string>(leaf.self ?? '');
  const [explanation, setExplanation] = useState(leaf.explanation);
  const [files, setFiles] = useState<File[]>([]);
  const [invalid, setInvalid] = useState(false);
  const save = useSelfScore(round, unit);
  const dirty = points !== (leaf.self ?? '') || explanation !== leaf.explanation || files.length > 0;
  const needsEvidence = leaf.method === 'self_with_evidence' && typeof points === 'number' && points > 0 && leaf.evidence.length + files.length === 0 && !explanation.trim();

  const submit = () => {
    const value = pointsIn(points, leaf.max);
    setInvalid(value === null);
    if (value === null) return;
    save.mutate({ key: leaf.key, points: value, explanation, files }, { onSuccess: () => setFiles([]) });
  };

  return (
    <Stack gap="xs">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NumberInput
          label={intl.formatMessage({ id: 'assessments.self.points' })}
          description={intl.formatMessage({ id: 'assessments.self.pointsHint' }, { max: intl.formatNumber(leaf.max), step: intl.formatNumber(0.25) })}
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
          error={invalid ? intl.formatMessage({ id: 'assessments.self.pointsInvalid' }, { max: intl.formatNumber(leaf.max) }) : undefined}
          w={170}
          data-testid="points-input"
        />
        <Textarea
          label={intl.formatMessage({ id: 'assessments.self.explanation' })}
          value={explanation}
          onChange={(e) => setExplanation(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={4000}
          disabled={locked}
          style={{ flex: '1 1 260px' }}
          data-testid="explanation-input"
        />
      </Group>
      <EvidenceList round={round} unit={unit} files={leaf.evidence} />
      {!locked && (
        <FileInput
          multiple
          clearable
          size="xs"
          label={intl.formatMessage({ id: 'assessments.self.addEvidence' })}
          placeholder={intl.formatMessage({ id: 'tasks.updates.evidencePlaceholder' })}
          value={files}
          onChange={setFiles}
          maw={420}
          data-testid="evidence-input"
          clearButtonProps={{ 'aria-label': intl.formatMessage({ id: 'tasks.updates.evidenceClear' }) }}
        />
      )}
      {needsEvidence && (
        <Text size="xs" c="orange.8" data-testid="needs-evidence">
          <FormattedMessage id="assessments.self.needsEvidence" />
        </Text>
      )}
      {save.error ? <ErrorAlert error={save.error} /> : null}
      {!locked && (
        <Group gap="sm">
          <Button size="xs" onClick={submit} loading={save.isPending} disabled={!dirty} data-testid="save-score">
            <FormattedMessage id="assessments.self.save" />
          </Button>
          {save.isSuccess && !dirty && (
            <Text size="xs" c="green.8" data-testid="saved-mark">
              <FormattedMessage id="assessments.self.saved" />
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
