import { Anchor, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useRounds } from '../api.ts';
import { BandLight, RoundStatusBadge } from '../badges.tsx';
import { useAssessmentFormat } from '../format.ts';
import { PointChange, RankChange } from '../rounds/ChangeText.tsx';
import { useNameOf, useUnitHistory } from '../../units/index.ts';
import { useAllRoundResults } from './api.ts';
import { roundRows } from './history-rows.ts';

const COLUMNS = ['assessments.history.round', 'assessments.league.points', 'assessments.league.percent', 'assessments.history.rank', 'assessments.league.band', 'assessments.league.rankChange', 'assessments.league.pointChange'];

/**
 * Year over year: the unit's line in every round whose results the reader may see — points,
 * percent, rank of that round's N, band, and the changes since the round it is compared with;
 * before a merger, its predecessors' lines under their names (when the reader may read the
 * unit's lineage).
 */
export function RoundsHistory({ unit }: { unit: string }) {
  const rounds = useRounds();
  const list = rounds.data ?? [];
  const results = useAllRoundResults(list.map((r) => r.code));
  const format = useAssessmentFormat();
  const nameOf = useNameOf();
  const predecessors = useUnitHistory(unit).data?.predecessors ?? [];
  const rows = roundRows(list, results.byRound, unit, predecessors.map((p) => p.code));
  const predecessorName = (code: string) => nameOf(predecessors.find((p) => p.code === code)?.names ?? {}) || code;
  const error = rounds.error ?? results.error;
  return (
    <Stack gap="sm" data-testid="rounds-history">
      <Title order={3}>
        <FormattedMessage id="assessments.history.roundsTitle" />
      </Title>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void rounds.refetch()} />
      ) : rounds.isPending || results.pending ? (
        <Loader size="sm" />
      ) : (
        <DataTable columns={COLUMNS} minWidth={560} isEmpty={rows.length === 0} emptyId="assessments.history.roundsEmpty" emptySize="sm">
          {rows.map(({ round, unit: whose, result, tones }) => (
            <Table.Tr key={`${round.code}/${whose}`} data-testid="history-round-row" data-round={round.code} data-unit={whose}>
              <Table.Td>
                <Anchor size="sm" {...linkProps(paths.roundUnit(round.code, whose))}>
                  {round.code}
                </Anchor>
                {whose !== unit && (
                  <Text size="xs" c="dimmed" data-testid="history-predecessor">
                    <FormattedMessage id="assessments.history.asPredecessor" values={{ unit: predecessorName(whose) }} />
                  </Text>
                )}
                <Group gap={4}>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {format.year(round.year)}
                  </Text>
                  {!round.finalized && <RoundStatusBadge finalized={false} size="sm" />}
                </Group>
              </Table.Td>
              <Table.Td fw={700} data-testid="history-points">
                {format.total(result.points)}
              </Table.Td>
              <Table.Td>{format.percent(result.percent)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="history-rank">
                <FormattedMessage id="assessments.history.rankOf" values={{ rank: result.rank, of: result.of }} />
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <BandLight band={result.band} tones={tones} />
                  <Text span size="sm" fw={600}>
                    {result.band ?? '—'}
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                <RankChange change={result} />
              </Table.Td>
              <Table.Td>
                <PointChange change={result.pointChange} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </Stack>
  );
}
