import { Badge, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAssessmentFormat } from '../format.ts';
import type { Change } from '../framework-tree.ts';

/**
 * Places gained or lost since the compared round: ▲ 4, ▼ 3, =, or "new"; against a ranking of
 * another N, no places at all but the rank of N it had then ("was 5 of 20").
 */
export function RankChange({ change }: { change: Pick<Change, 'rankChange' | 'previous'> }) {
  const intl = useIntl();
  const { rankChange, previous } = change;
  if (rankChange === 'new') {
    return (
      <Badge size="sm" variant="light" color="blue" data-testid="rank-change" data-change="new">
        <FormattedMessage id="assessments.change.new" />
      </Badge>
    );
  }
  if (rankChange === 'not_comparable') {
    const values = { rank: previous?.rank ?? 0, of: previous?.of ?? 0 };
    return (
      <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={intl.formatMessage({ id: 'assessments.change.wasLong' }, values)} data-testid="rank-change" data-change="not_comparable">
        <FormattedMessage id="assessments.change.was" values={values} />
      </Text>
    );
  }
  const id = rankChange > 0 ? 'assessments.change.up' : rankChange < 0 ? 'assessments.change.down' : 'assessments.change.same';
  const color = rankChange > 0 ? 'green.8' : rankChange < 0 ? 'red.8' : 'dimmed';
  return (
    <Text span size="sm" c={color} fw={rankChange === 0 ? 400 : 700} style={{ whiteSpace: 'nowrap' }} title={intl.formatMessage({ id: `${id}Long` }, { count: Math.abs(rankChange) })} data-testid="rank-change" data-change={rankChange}>
      <FormattedMessage id={id} values={{ count: Math.abs(rankChange) }} />
    </Text>
  );
}

/** Points gained or lost since the compared round, with their sign; a dash without one. */
export function PointChange({ change }: { change: number | null }) {
  const format = useAssessmentFormat();
  if (change === null) return <Text span size="sm" c="dimmed">—</Text>;
  return (
    <Text span size="sm" c={change > 0 ? 'green.8' : change < 0 ? 'red.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }} data-testid="point-change">
      {format.signed(change)}
    </Text>
  );
}
