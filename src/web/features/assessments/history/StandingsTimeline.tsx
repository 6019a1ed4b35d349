import { useState } from 'react';
import { Badge, Button, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { useExternalIndices, useStandings } from './api.ts';
import { standingGroups, type IndexGroup, type Standing } from './history-rows.ts';
import { DeleteStandingButton } from './StandingForm.tsx';
import { ComponentsTable, IndexHeading, RankOf, SetLabel, StandingChange } from './StandingParts.tsx';

const COLUMNS = ['assessments.standings.year', 'assessments.standings.value', 'assessments.standings.rank', 'assessments.standings.change', 'assessments.standings.band', 'assessments.standings.source'];

/** One year's row, and under it (when opened) the components published that year. */
function StandingRow({ s, group, unit, canManage, indexName }: { s: Standing; group: IndexGroup; unit: string; canManage: boolean; indexName: string }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const [open, setOpen] = useState(false);
  const columns = COLUMNS.length + (canManage ? 1 : 0);
  return (
    <>
      <Table.Tr data-testid="standing-row" data-year={s.year} data-unit={s.unit.code} data-set={s.comparisonSet}>
        <Table.Td>
          {format.year(s.year)}
          {s.unit.code !== unit && (
            <Text size="xs" c="dimmed" data-testid="standing-predecessor">
              <FormattedMessage id="assessments.standings.predecessor" values={{ name: nameOf(s.unit.names) || s.unit.code }} />
            </Text>
          )}
        </Table.Td>
        <Table.Td data-testid="standing-row-value">
          <Text span fw={700} size="sm">
            {format.points(s.value)}
          </Text>
          {s.components.length > 0 && (
            <Button display="block" size="compact-xs" variant="subtle" px={0} onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="standing-components-toggle">
              <FormattedMessage id={open ? 'assessments.components.hide' : 'assessments.components.show'} values={{ count: s.components.length }} />
            </Button>
          )}
        </Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="standing-row-rank">
          <RankOf rank={s.rank} of={s.of} />
        </Table.Td>
        <Table.Td data-testid="standing-row-change">
          <StandingChange change={s.change} />
        </Table.Td>
        <Table.Td>{s.band ? <Badge variant="light" size="sm">{s.band}</Badge> : '—'}</Table.Td>
        <Table.Td miw={150} maw={220} style={{ overflowWrap: 'anywhere' }}>
          <Text size="xs">{s.source}</Text>
        </Table.Td>
        {canManage && (
          <Table.Td>
            <DeleteStandingButton standing={s} indexName={indexName} />
          </Table.Td>
        )}
      </Table.Tr>
      {open && (
        <Table.Tr data-testid="standing-components-row">
          <Table.Td colSpan={columns} p={0} pl="md">
            <ComponentsTable standing={s} index={group.index} />
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/**
 * One index's standings: a table per comparison set (a rank is only compared within its own
 * ranking), newest year first, each row with its change and its components to open.
 */
export function StandingsIndexTable({ group, unit, canManage, titled = true }: { group: IndexGroup; unit: string; canManage: boolean; titled?: boolean }) {
  const nameOf = useNameOf();
  const name = (group.index && nameOf(group.index.names)) || group.code;
  const columns = canManage ? [...COLUMNS, 'assessments.standings.actions'] : COLUMNS;
  const several = group.sets.length > 1;
  return (
    <Stack gap="sm" data-testid={`standings-index-${group.code}`}>
      {titled && <IndexHeading name={name} index={group.index} order={4} size="h5" />}
      {group.sets.map(({ set, rows }) => (
        <Stack gap={2} key={set} data-testid="standings-set" data-set={set}>
          <Text size={several ? 'sm' : 'xs'} fw={several ? 600 : 400} c={several ? undefined : 'dimmed'} data-testid="standings-set-label">
            <FormattedMessage id="assessments.standings.ranking" values={{ set: <SetLabel set={set} /> }} />
          </Text>
          <DataTable columns={columns} minWidth={560}>
            {rows.map((s) => (
              <StandingRow key={`${s.unit.code}-${s.year}`} s={s} group={group} unit={unit} canManage={canManage} indexName={name} />
            ))}
          </DataTable>
          {new Set(rows.flatMap((s) => (s.of === null ? [] : [s.of]))).size > 1 && (
            <Text size="xs" c="dimmed" data-testid="standings-sizes-differ">
              <FormattedMessage id="assessments.standings.sizesDiffer" />
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/**
 * The unit's published standings on indices PAR Monitor does not compute, by index and
 * comparison set, newest year first: value, rank of the N of that year, the change since the
 * year before (places only between ranks of the same N), band, source, the components — and
 * its predecessors' figures under their own names.
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
        groups.map((g) => <StandingsIndexTable key={g.code} group={g} unit={unit} canManage={canManage} />)
      )}
    </Stack>
  );
}
