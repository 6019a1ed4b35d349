import { Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { componentIndex } from '../../../../shared/domain/assessment-results.ts';
import { BandLight } from '../badges.tsx';
import type { Tone } from '../bands.ts';
import { useAssessmentFormat } from '../format.ts';
import type { AreaScore, UnitResult } from '../framework-tree.ts';
import { PointChange, RankChange } from '../rounds/ChangeText.tsx';

interface Props {
  areas: AreaScore[];
  /** the unit's line of the league table; null when the reader may not see the ranking yet */
  result: UnitResult | null;
  tones: ReadonlyMap<string, Tone>;
}

/** The unit's total of the maximum and percentage; its rank of N, band and changes once the ranking is readable. */
export function UnitHeadline({ areas, result, tones }: Props) {
  const intl = useIntl();
  const format = useAssessmentFormat();
  const points = areas.reduce((s, a) => s + Math.round(a.points * 100), 0) / 100;
  const max = areas.reduce((s, a) => s + a.max, 0);
  const percent = componentIndex(points, max);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Text fz={36} fw={700} lh={1}>
            <span data-testid="unit-total">{format.total(points)}</span>
            <Text span fz={18} c="dimmed" fw={500}>
              {' / '}
              {format.points(max)}
            </Text>
          </Text>
          <Text fz="lg" fw={600} data-testid="unit-percent">
            {format.percent(percent)}
          </Text>
          {result && (
            <Group gap="sm" wrap="wrap">
              <Text fz="lg" fw={600} data-testid="unit-rank">
                <FormattedMessage id="dashboard.league.rankOf" values={{ rank: result.rank, of: result.of }} />
              </Text>
              <Group gap={6} wrap="nowrap">
                <BandLight band={result.band} tones={tones} />
                <Text size="sm">{result.band === null ? <FormattedMessage id="assessments.band.none" /> : <FormattedMessage id="assessments.band.named" values={{ band: result.band }} />}</Text>
              </Group>
              <RankChange change={result} />
              <PointChange change={result.pointChange} />
            </Group>
          )}
        </Group>
        <Progress value={percent} size="md" aria-label={intl.formatMessage({ id: 'assessments.league.percent' })} />
      </Stack>
    </Paper>
  );
}
