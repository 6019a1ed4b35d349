import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ExternalIndex, StandingTarget } from '../../../../shared/contracts/standings.ts';
import type { ComparisonSet } from '../../../../shared/domain/standings.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { componentRows, type Standing } from './history-rows.ts';

/** The ranking a rank is of, translated: among the nation's provinces, in the region, in the group, within the province. */
/** An index's name over its scale ("Scale: 100 (%)"), at the heading level of where it stands. */
export function IndexHeading({ name, index, order, size }: { name: string; index: ExternalIndex | null; order: 3 | 4; size: 'h4' | 'h5' }) {
  return (
    <Stack gap={0}>
      <Title order={order} size={size}>
        {name}
      </Title>
      {index && (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="assessments.standings.scale" values={{ scale: index.scale }} />
        </Text>
      )}
    </Stack>
  );
}

export function SetLabel({ set }: { set: ComparisonSet }) {
  return <FormattedMessage id={`assessments.sets.${set}`} />;
}

/** "29 of 63" in the reader's digits and words; a dash without a rank. */
export function RankOf({ rank, of }: { rank: number | null; of: number | null }) {
  if (rank === null || of === null) return <>—</>;
  return <FormattedMessage id="assessments.history.rankOf" values={{ rank, of }} />;
}

type RankChangeFields = Pick<NonNullable<Standing['change']>, 'places' | 'was'>;

/**
 * Places gained or lost since the year compared with (▲ 6, ▼ 2, =), counted only between two
 * ranks of the same N in the same ranking; otherwise the rank of N it had then ("was 29 of
 * 63"); a dash for a first year or an earlier figure without a rank.
 */
export function PlacesChange({ change, fromYear }: { change: RankChangeFields | null; fromYear?: number }) {
  const intl = useIntl();
  const format = useAssessmentFormat();
  if (!change || (change.places === null && change.was === null)) {
    return (
      <Text span size="sm" c="dimmed" data-testid="places-change" data-change="none">
        —
      </Text>
    );
  }
  if (change.places === null) {
    const values = { rank: change.was!.rank, of: change.was!.of };
    const title = intl.formatMessage({ id: 'assessments.standings.wasLong' }, { ...values, year: fromYear === undefined ? '—' : format.year(fromYear) });
    return (
      <Text span size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={title} data-testid="places-change" data-change="not_comparable">
        <FormattedMessage id="assessments.change.was" values={values} />
      </Text>
    );
  }
  const places = change.places;
  const id = places > 0 ? 'assessments.change.up' : places < 0 ? 'assessments.change.down' : 'assessments.change.same';
  return (
    <Text
      span
      size="sm"
      c={places > 0 ? 'green.8' : places < 0 ? 'red.8' : 'dimmed'}
      fw={places === 0 ? 400 : 700}
      style={{ whiteSpace: 'nowrap' }}
      title={intl.formatMessage({ id: `${id}Long` }, { count: Math.abs(places) })}
      data-testid="places-change"
      data-change={places}
    >
      <FormattedMessage id={id} values={{ count: Math.abs(places) }} />
    </Text>
  );
}

/** Points gained or lost, with their sign, green up and red down. */
export function PointsChange({ points, testId = 'points-change' }: { points: number; testId?: string }) {
  const format = useAssessmentFormat();
  return (
    <Text span size="xs" c={points > 0 ? 'green.8' : points < 0 ? 'red.8' : 'dimmed'} style={{ whiteSpace: 'nowrap' }} data-testid={testId}>
      <FormattedMessage id="assessments.standings.points" values={{ points: format.signed(points) }} />
    </Text>
  );
}

/** A standing's change against the latest earlier year of its ranking: places (or the rank it had), and points. */
export function StandingChange({ change }: { change: Standing['change'] }) {
  const format = useAssessmentFormat();
  if (!change) return <PlacesChange change={null} />;
  return (
    <Stack gap={0} data-testid="standing-change" data-from={change.fromYear}>
      <PlacesChange change={change} fromYear={change.fromYear} />
      <Group gap={4} wrap="nowrap">
        <PointsChange points={change.points} />
        <Text span size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          <FormattedMessage id="assessments.standings.since" values={{ year: format.year(change.fromYear) }} />
        </Text>
      </Group>
    </Stack>
  );
}


/**
 * A year's components (PAR INDEX areas, PCI sub-indices …) named in the reader's language:
 * value of its maximum, rank of N, and the change since the year compared with; a component
 * that fell is flagged in red with how much.
 */
export function ComponentsTable({ standing, index }: { standing: Standing; index: ExternalIndex | null }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const rows = componentRows(standing, index);
  // Components are often published without ranks: then no rank column, and changes in points alone.
  const ranked = rows.some((r) => r.figure.rank !== null || r.change?.was);
  const columns = ['assessments.components.name', 'assessments.standings.value', ...(ranked ? ['assessments.standings.rank'] : []), 'assessments.standings.change'];
  return (
    <DataTable columns={columns} minWidth={ranked ? 420 : 320} data-testid="standing-components">
      {rows.map(({ key, names, figure, change }) => (
        <Table.Tr key={key} data-testid="component-row" data-key={key} data-fell={change?.fell ? 'true' : 'false'}>
          <Table.Td>
            <Text size="sm" c={change?.fell ? 'red.8' : undefined} fw={change?.fell ? 600 : undefined}>
              {(names && nameOf(names)) || key}
            </Text>
            {change?.fell && (
              <Badge size="sm" color="red" variant="light" data-testid="component-fell">
                <FormattedMessage id="assessments.components.fell" values={{ points: format.points(Math.abs(change.points)) }} />
              </Badge>
            )}
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="component-value">
            {figure.max === null ? format.points(figure.value) : <FormattedMessage id="assessments.components.valueOfMax" values={{ value: format.points(figure.value), max: format.points(figure.max) }} />}
          </Table.Td>
          {ranked && (
            <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="component-rank">
              <RankOf rank={figure.rank} of={figure.of} />
            </Table.Td>
          )}
          <Table.Td>
            {change ? (
              <Stack gap={0}>
                {(change.places !== null || change.was !== null) && <PlacesChange change={change} fromYear={standing.change?.fromYear} />}
                <PointsChange points={change.points} testId="component-points-change" />
              </Stack>
            ) : (
              <PlacesChange change={null} />
            )}
          </Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

const STATUS_COLOR: Record<StandingTarget['status'], string> = { met: 'green', missed: 'red', at_risk: 'orange', on_track: 'blue', no_data: 'gray' };

/** A target's status: met green, missed red, at risk orange, on track blue, no data grey. */
export function TargetStatusBadge({ status, size = 'md' }: { status: StandingTarget['status']; size?: 'sm' | 'md' }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant={status === 'no_data' ? 'outline' : 'light'} size={size} style={{ flexShrink: 0 }} data-testid="target-status" data-status={status}>
      <FormattedMessage id={`assessments.targets.status.${status}`} />
    </Badge>
  );
}

/** What a target aims at: "rank 10 or better", "value at least 85", or both (one under the other, or `inline`). */
export function TargetAim({ target, size = 'sm', inline = false }: { target: Pick<StandingTarget, 'rankAtMost' | 'valueAtLeast'>; size?: 'xs' | 'sm'; inline?: boolean }) {
  const format = useAssessmentFormat();
  const Wrap = inline ? Group : Stack;
  return (
    <Wrap gap={inline ? 6 : 0}>
      {target.rankAtMost !== null && (
        <Text span size={size} style={{ whiteSpace: 'nowrap' }}>
          <FormattedMessage id="assessments.targets.rankAtMostShort" values={{ rank: target.rankAtMost }} />
        </Text>
      )}
      {target.valueAtLeast !== null && (
        <Text span size={size} style={{ whiteSpace: 'nowrap' }}>
          <FormattedMessage id="assessments.targets.valueAtLeastShort" values={{ value: format.points(target.valueAtLeast) }} />
        </Text>
      )}
    </Wrap>
  );
}
