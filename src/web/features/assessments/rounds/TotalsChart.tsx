import { Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { HorizontalBarChart } from '../../../ui/charts/HorizontalBarChart.tsx';
import { toneOf, type Tone } from '../bands.ts';
import { useAssessmentFormat } from '../format.ts';
import type { UnitResult } from '../framework-tree.ts';

interface Props {
  units: UnitResult[];
  tones: ReadonlyMap<string, Tone>;
  nameOf: (code: string) => string;
  /** the framework's total (e.g. 100 points) */
  max: number;
}

/** Each unit's total as a bar in ranking order, coloured by its band's light. */
export function TotalsChart({ units, tones, nameOf, max }: Props) {
  const intl = useIntl();
  const format = useAssessmentFormat();
  const title = intl.formatMessage({ id: 'assessments.totals.title' });
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="assessments.totals.title" />
      </Title>
      <HorizontalBarChart
        bars={units.map((u) => ({ key: u.unit, label: nameOf(u.unit), title: nameOf(u.unit) === u.unit ? u.unit : `${nameOf(u.unit)} (${u.unit})`, value: u.points, color: `var(--mantine-color-${toneOf(tones, u.band)}-5)` }))}
        max={max}
        formatValue={format.points}
        title={title}
        valueLabel={intl.formatMessage({ id: 'assessments.league.points' })}
        testId="totals-chart"
      />
    </Stack>
  );
}
