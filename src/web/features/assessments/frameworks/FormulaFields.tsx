import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { COMPUTED_MEASURES, type ComputedFormula } from '../../../../shared/contracts/frameworks.ts';
import { useDecimalSeparator } from '../format.ts';

export const DEFAULT_FORMULA: ComputedFormula = { measure: 'task_completion_rate', thresholds: [{ minPercent: 100, points: 0 }] };

/** A computed criterion's formula: the measure, and the points given from each percentage reached. */
export function FormulaFields({ value, onChange }: { value: ComputedFormula; onChange: (formula: ComputedFormula) => void }) {
  const intl = useIntl();
  const decimalSeparator = useDecimalSeparator();
  const setStep = (i: number, patch: Partial<ComputedFormula['thresholds'][number]>) => onChange({ ...value, thresholds: value.thresholds.map((t, j) => (j === i ? { ...t, ...patch } : t)) });
  return (
    <Stack gap="xs" data-testid="formula-fields">
      <Select
        label={intl.formatMessage({ id: 'assessments.editor.measure' })}
        data={COMPUTED_MEASURES.map((m) => ({ value: m, label: intl.formatMessage({ id: `assessments.measure.${m}` }) }))}
        value={value.measure}
        onChange={(m) => m && onChange({ ...value, measure: m as ComputedFormula['measure'] })}
        allowDeselect={false}
        data-testid="formula-measure"
      />
      <Text size="sm" fw={500}>
        <FormattedMessage id="assessments.editor.thresholds" />
      </Text>
      {value.thresholds.map((t, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
          <NumberInput label={intl.formatMessage({ id: 'assessments.editor.minPercent' })} value={t.minPercent} min={0} max={100} decimalScale={2} decimalSeparator={decimalSeparator} thousandSeparator="" allowNegative={false} onChange={(v) => setStep(i, { minPercent: Number(v) || 0 })} w={140} data-testid={`threshold-min-${i}`} />
          <NumberInput label={intl.formatMessage({ id: 'assessments.editor.stepPoints' })} value={t.points} min={0} decimalScale={2} decimalSeparator={decimalSeparator} thousandSeparator="" allowNegative={false} onChange={(v) => setStep(i, { points: Number(v) || 0 })} w={120} data-testid={`threshold-points-${i}`} />
          <ActionIcon variant="subtle" color="red" mb={4} disabled={value.thresholds.length < 2} onClick={() => onChange({ ...value, thresholds: value.thresholds.filter((_, j) => j !== i) })} aria-label={intl.formatMessage({ id: 'assessments.editor.removeThreshold' })}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button size="xs" variant="subtle" onClick={() => onChange({ ...value, thresholds: [...value.thresholds, { minPercent: 0, points: 0 }] })} style={{ alignSelf: 'flex-start' }}>
        <FormattedMessage id="assessments.editor.addThreshold" />
      </Button>
    </Stack>
  );
}
