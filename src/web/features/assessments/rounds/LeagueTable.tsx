import type { CSSProperties } from 'react';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { linkProps, navigate } from '../../../app/router/router.ts';
import { BandLight } from '../badges.tsx';
import { bestFirst, type Tone } from '../bands.ts';
import { useAssessmentFormat } from '../format.ts';
import type { Change, UnitResult } from '../framework-tree.ts';
import type { Band } from '../../../../shared/domain/assessment-results.ts';
import { PointChange, RankChange } from './ChangeText.tsx';

/** The unit column stays in view while the figures scroll sideways on a phone. */
export const STICKY: CSSProperties = { position: 'sticky', insetInlineStart: 0, background: 'var(--mantine-color-body)', zIndex: 1 };
const COLUMNS = ['assessments.league.unit', 'assessments.league.points', 'assessments.league.percent', 'assessments.league.band', 'assessments.league.rankChange', 'assessments.league.pointChange'];

interface Props {
  units: UnitResult[];
  /** null while the compared round's results load, or when they cannot be read */
  changes: ReadonlyMap<string, Change> | null;
  tones: ReadonlyMap<string, Tone>;
  nameOf: (code: string) => string;
  hrefFor: (unit: string) => string;
}

/** What each light means: the round's bands with their thresholds, best first, and no band. */
export function BandKey({ bands, tones }: { bands: readonly Band[]; tones: ReadonlyMap<string, Tone> }) {
  const format = useAssessmentFormat();
  return (
    <Group gap="md" data-testid="band-key">
      {[...bestFirst(bands), null].map((band) => (
        <Group key={band?.code ?? '-'} gap={6} wrap="nowrap">
          <BandLight band={band?.code ?? null} tones={tones} />
          <Text size="xs" c="dimmed">
            {band === null ? <FormattedMessage id="assessments.band.none" /> : <FormattedMessage id="assessments.band.from" values={{ band: band.code, min: format.limit(band.minPercent) }} />}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

/** The ranking: "2 of 14", the unit (opening its detail), points, percent, band light, and changes. */
export function LeagueTable({ units, changes, tones, nameOf, hrefFor }: Props) {
  const format = useAssessmentFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table highlightOnHover fz="sm" verticalSpacing={6} data-testid="league-table">
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((id, i) => (
              <Table.Th key={id} style={i === 0 ? STICKY : undefined} ta={i === 0 ? undefined : 'end'}>
                <FormattedMessage id={id} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.map((u) => {
            const change = changes?.get(u.unit);
            return (
              <Table.Tr key={u.unit} data-testid={`league-row-${u.unit}`} onClick={(e) => !(e.target as HTMLElement).closest('a') && navigate(hrefFor(u.unit))} style={{ cursor: 'pointer' }}>
                <Table.Td style={STICKY} maw={{ base: 170, sm: 340 }}>
                  <Text size="xs" c="dimmed" data-testid="league-rank">
                    <FormattedMessage id="dashboard.league.rankOf" values={{ rank: u.rank, of: u.of }} />
                  </Text>
                  <Anchor size="sm" {...linkProps(hrefFor(u.unit))}>
                    {nameOf(u.unit)}
                  </Anchor>
                  {nameOf(u.unit) !== u.unit && (
                    <Text size="xs" c="dimmed" ff="monospace">
                      {u.unit}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="end" fw={700} data-testid="league-points">
                  {format.total(u.points)}
                </Table.Td>
                <Table.Td ta="end">{format.percent(u.percent)}</Table.Td>
                <Table.Td>
                  <Group gap={6} justify="flex-end" wrap="nowrap">
                    <BandLight band={u.band} tones={tones} />
                    <Text span size="sm" fw={600} data-testid="league-band">
                      {u.band ?? '—'}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="end">{change ? <RankChange change={change} /> : '—'}</Table.Td>
                <Table.Td ta="end">
                  <PointChange change={change?.pointChange ?? null} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
