import { Group, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { RankingTable, type RankingColumn } from '../../../ui/RankingTable.tsx';
import { BandLight } from '../badges.tsx';
import { bestFirst, type Tone } from '../bands.ts';
import { useAssessmentFormat } from '../format.ts';
import type { Change, UnitResult } from '../framework-tree.ts';
import type { Band } from '../../../../shared/domain/assessment-results.ts';
import { PointChange, RankChange } from './ChangeText.tsx';

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
  const rows = units.map((u) => ({ ...u, key: u.unit, name: nameOf(u.unit), code: nameOf(u.unit) !== u.unit ? u.unit : undefined, href: hrefFor(u.unit), change: changes?.get(u.unit) }));
  type Row = (typeof rows)[number];
  const columns: RankingColumn<Row>[] = [
    { labelId: 'assessments.league.points', cell: (u) => format.total(u.points), strong: true, testId: 'league-points' },
    { labelId: 'assessments.league.percent', cell: (u) => format.percent(u.percent) },
    {
      labelId: 'assessments.league.band',
      cell: (u) => (
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <BandLight band={u.band} tones={tones} />
          <Text span size="sm" fw={600} data-testid="league-band">
            {u.band ?? '—'}
          </Text>
        </Group>
      ),
    },
    { labelId: 'assessments.league.rankChange', cell: (u) => (u.change ? <RankChange change={u.change} /> : '—') },
    { labelId: 'assessments.league.pointChange', cell: (u) => <PointChange change={u.change?.pointChange ?? null} /> },
  ];
  return <RankingTable rows={rows} nameLabelId="assessments.league.unit" columns={columns} minWidth={640} testId="league-table" prefix="league" rowOpens />;
}
