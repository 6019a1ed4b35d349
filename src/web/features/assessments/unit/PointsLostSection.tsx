import { Group, List, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { fallenAreas, pointsLost, type AreaScore, type IndexedNode, type LeafScore } from '../framework-tree.ts';

interface Props {
  leaves: LeafScore[];
  areas: AreaScore[];
  nodes: ReadonlyMap<string, IndexedNode>;
  /** the unit's component indices in the compared round, and its code; null without one */
  previous: { round: string; areas: { key: string; percent: number }[] } | null;
}

/** Where points were lost: the criteria furthest below their maximum, and the areas that fell since the compared round. */
export function PointsLostSection({ leaves, areas, nodes, previous }: Props) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const lost = pointsLost(leaves, 6);
  const fallen = previous ? fallenAreas(areas, previous.areas) : [];
  const areaOf = new Map(areas.map((a) => [a.key, a]));
  return (
    <Stack gap="sm" data-testid="points-lost">
      <Title order={3}>
        <FormattedMessage id="assessments.unit.lostTitle" />
      </Title>
      {lost.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id="assessments.unit.lostNone" />
        </Text>
      ) : (
        <List size="sm" spacing={4} listStyleType="none" p={0}>
          {lost.map(({ leaf, lost: gap }) => (
            <List.Item key={leaf.key} data-testid={`lost-${leaf.key}`}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Text span size="sm" fw={700} c="red.8" style={{ whiteSpace: 'nowrap' }}>
                  {format.signed(-gap)}
                </Text>
                <Text span size="sm">
                  <Text span ff="monospace" c="dimmed" me={4}>
                    {leaf.code}
                  </Text>
                  {nameOf(nodes.get(leaf.key)?.node.names ?? {}) || leaf.key}{' '}
                  <Text span c="dimmed" size="xs">
                    <FormattedMessage id="assessments.unit.lostOf" values={{ points: format.points(leaf.points), max: format.points(leaf.max) }} />
                  </Text>
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Title order={4}>
        {previous ? <FormattedMessage id="assessments.unit.fallenTitle" values={{ round: previous.round }} /> : <FormattedMessage id="assessments.unit.fallenTitleNone" />}
      </Title>
      <Text size="sm" c={fallen.length ? undefined : 'dimmed'} component="div" data-testid="fallen-areas">
        {!previous ? (
          <FormattedMessage id="assessments.unit.noPrevious" />
        ) : fallen.length === 0 ? (
          <FormattedMessage id="assessments.unit.fallenNone" />
        ) : (
          <List size="sm" spacing={4}>
            {fallen.map((f) => (
              <List.Item key={f.key}>
                <FormattedMessage
                  id="assessments.unit.fallen"
                  values={{ area: `${areaOf.get(f.key)?.code ?? ''}. ${nameOf(areaOf.get(f.key)?.names ?? {})}`, from: format.percent(f.from, 1), to: format.percent(f.to, 1) }}
                />
              </List.Item>
            ))}
          </List>
        )}
      </Text>
    </Stack>
  );
}
