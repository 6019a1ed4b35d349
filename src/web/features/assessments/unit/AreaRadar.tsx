import { Stack, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { RadarChart, type RadarSeries } from '../../../ui/charts/RadarChart.tsx';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import type { AreaScore, UnitResult } from '../framework-tree.ts';

interface Props {
  areas: AreaScore[];
  /** every unit's results in the round, for the group's average; null when not readable */
  roundUnits: UnitResult[] | null;
  /** the unit's areas in the compared round, and that round's code */
  previous: { round: string; areas: UnitResult['areas'] } | null;
}

const mean = (values: number[]) => (values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100 : null);

/** The unit's component index per area (points ÷ maximum), against the group's average and the compared round. */
export function AreaRadar({ areas, roundUnits, previous }: Props) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const title = intl.formatMessage({ id: 'assessments.unit.radarTitle' });
  const series: RadarSeries[] = [{ key: 'unit', label: intl.formatMessage({ id: 'assessments.unit.radarUnit' }), color: 'var(--mantine-color-indigo-6)', values: Object.fromEntries(areas.map((a) => [a.key, a.percent])) }];
  if (roundUnits?.length) {
    series.push({
      key: 'average',
      label: intl.formatMessage({ id: 'assessments.unit.radarAverage' }),
      color: 'var(--mantine-color-gray-6)',
      dashed: true,
      values: Object.fromEntries(areas.map((a) => [a.key, mean(roundUnits.flatMap((u) => u.areas.filter((x) => x.key === a.key).map((x) => x.percent)))])),
    });
  }
  if (previous) {
    series.push({
      key: 'previous',
      label: intl.formatMessage({ id: 'assessments.unit.radarPrevious' }, { round: previous.round }),
      color: 'var(--mantine-color-orange-6)',
      dashed: true,
      values: Object.fromEntries(previous.areas.map((a) => [a.key, a.percent])),
    });
  }
  return (
    <Stack gap="xs">
      <Title order={3}>
        <FormattedMessage id="assessments.unit.radarTitle" />
      </Title>
      <RadarChart
        axes={areas.map((a) => ({ key: a.key, label: `${a.code}. ${nameOf(a.names)}`, title: `${a.code}. ${nameOf(a.names)}` }))}
        series={series}
        max={100}
        rings={[25, 50, 75, 100]}
        formatValue={(v) => format.percent(v, 1)}
        formatRing={format.limit}
        title={title}
        testId="unit-radar"
      />
    </Stack>
  );
}
