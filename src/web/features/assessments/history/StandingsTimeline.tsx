import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { useExternalIndices, useStandings } from './api.ts';
import { standingGroups, type IndexGroup } from './history-rows.ts';
import { DeleteStandingButton } from './StandingForm.tsx';

const COLUMNS = ['assessments.standings.year', 'assessments.standings.value', 'assessments.standings.rank', 'assessments.standings.band', 'assessments.standings.source'];

function IndexTable({ group, unit, canManage }: { group: IndexGroup; unit: string; canManage: boolean }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const name = (group.index && nameOf(group.index.names)) || group.code;
  return (
    <Stack gap={4} data-testid={`standings-index-${group.code}`}>
      <Title order={4} size="h5">
        {name}
      </Title>
      {group.index && (
        <Text size="xs" c="dimmed">
          <FormattedMessage id="assessments.standings.scale" values={{ scale: group.index.scale }} />
        </Text>
      )}
      <DataTable columns={canManage ? [...COLUMNS, 'assessments.standings.actions'] : COLUMNS} minWidth={460}>
        {group.rows.map((s) => (
          <Table.Tr key={`${s.unit.code}-${s.year}`} data-testid="standing-row" data-year={s.year} data-unit={s.unit.code}>
            <Table.Td>
              {format.year(s.year)}
              {s.unit.code !== unit && (
                <Text size="xs" c="dimmed" data-testid="standing-predecessor">
                  <FormattedMessage id="assessments.standings.predecessor" values={{ name: nameOf(s.unit.names) || s.unit.code }} />
                </Text>
              )}
            </Table.Td>
            <Table.Td fw={700} data-testid="standing-row-value">
              {format.points(s.value)}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="standing-row-rank">
              {s.rank !== null && s.of !== null ? <FormattedMessage id="assessments.history.rankOf" values={{ rank: s.rank, of: s.of }} /> : '—'}
            </Table.Td>
            <Table.Td>{s.band ? <Badge variant="light" size="sm">{s.band}</Badge> : '—'}</Table.Td>
            <Table.Td maw={220} style={{ overflowWrap: 'anywhere' }}>
              <Text size="xs">{s.source}</Text>
            </Table.Td>
            {canManage && (
              <Table.Td>
                <DeleteStandingButton standing={s} indexName={name} />
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </DataTable>
      {new Set(group.rows.flatMap((s) => (s.of === null ? [] : [s.of]))).size > 1 && (
        <Text size="xs" c="dimmed" data-testid="standings-sizes-differ">
          <FormattedMessage id="assessments.standings.sizesDiffer" />
        </Text>
      )}
    </Stack>
  );
}

/**
 * The unit's published standings on indices PAR Monitor does not compute, by index, newest
 * year first: value, rank of the N of that year, band, source — and its predecessors'
 * figures under their own names.
 */
export function StandingsTimeline({ unit, canManage }: { unit: string; canManage: boolean }) {
  const standings = useStandings(unit);
  const indices = useExternalIndices();
  const groups = standingGroups(standings.data?.standings ?? [], indices.data ?? [], unit);
  return (
    <Stack gap="sm" data-testid="standings-timeline">
      <Stack gap={2}>
        <Title order={3}>
          <FormattedMessage id="assessments.standings.title" />
        </Title>
        <Text size="sm" c="dimmed">
          <FormattedMessage id="assessments.standings.intro" />
        </Text>
      </Stack>
      {standings.isError ? (
        <ErrorAlert error={standings.error} onRetry={() => void standings.refetch()} />
      ) : standings.isPending ? (
        <Loader size="sm" />
      ) : groups.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="standings-empty">
          <FormattedMessage id="assessments.standings.empty" />
        </Text>
      ) : (
        groups.map((g) => <IndexTable key={g.code} group={g} unit={unit} canManage={canManage} />)
      )}
    </Stack>
  );
}
