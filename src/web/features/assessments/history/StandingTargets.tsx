import { useState } from 'react';
import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { StandingTarget } from '../../../../shared/contracts/standings.ts';
import { DataTable } from '../../../ui/DataTable.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useCanOn } from '../../tasks/index.ts';
import { useNameOf } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { useExternalIndices, useStandings } from './api.ts';
import { targetBasis } from './history-rows.ts';
import { RankOf, SetLabel, TargetAim, TargetStatusBadge } from './StandingParts.tsx';
import { DeleteTargetButton, TargetForm } from './TargetForm.tsx';

const COLUMNS = ['assessments.standings.index', 'assessments.standings.year', 'assessments.targets.setColumn', 'assessments.targets.aim', 'assessments.targets.basis', 'assessments.targets.statusColumn', 'assessments.targets.note'];

/**
 * The unit's targets on published indices ("top 10 in the PAR INDEX of 2026"), each judged as
 * the server judges it — met or missed once the year is published, at risk or on track on the
 * latest earlier figure (shown beside it), no data without one. Who holds `standings.targets`
 * on the unit sets, changes and removes them.
 */
export function StandingTargets({ unit }: { unit: string }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const timeline = useStandings(unit);
  const indices = useExternalIndices().data ?? [];
  const canSet = useCanOn('standings.targets', unit);
  const [editing, setEditing] = useState<StandingTarget | 'new' | null>(null);
  const indexName = (code: string) => {
    const index = indices.find((i) => i.code === code);
    return (index && nameOf(index.names)) || code;
  };
  const targets = timeline.data?.targets ?? [];
  const columns = canSet ? [...COLUMNS, 'assessments.standings.actions'] : COLUMNS;
  return (
    <Stack gap="sm" data-testid="standing-targets">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2}>
          <Title order={3}>
            <FormattedMessage id="assessments.targets.title" />
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="assessments.targets.intro" />
          </Text>
        </Stack>
        {canSet && (
          <Button size="xs" onClick={() => setEditing('new')} data-testid="target-add">
            <FormattedMessage id="assessments.targets.add" />
          </Button>
        )}
      </Group>
      {timeline.isError ? (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending ? (
        <Loader size="sm" />
      ) : (
        <DataTable columns={columns} minWidth={760} isEmpty={targets.length === 0} emptyId="assessments.targets.none" emptySize="sm" data-testid="standing-targets-table">
          {targets.map((t) => {
            const basis = targetBasis(t, timeline.data.standings);
            return (
              <Table.Tr key={`${t.indexCode}/${t.year}/${t.comparisonSet}`} data-testid="target-row" data-index={t.indexCode} data-year={t.year} data-set={t.comparisonSet}>
                <Table.Td miw={170} maw={260}>
                  <Text size="sm" fw={600}>
                    {indexName(t.indexCode)}
                  </Text>
                </Table.Td>
                <Table.Td>{format.year(t.year)}</Table.Td>
                <Table.Td>
                  <SetLabel set={t.comparisonSet} />
                </Table.Td>
                <Table.Td data-testid="target-aim">
                  <TargetAim target={t} />
                </Table.Td>
                <Table.Td data-testid="target-basis">
                  {basis ? (
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      <FormattedMessage id="assessments.targets.basisFigure" values={{ year: format.year(basis.year), rank: <RankOf rank={basis.rank} of={basis.of} />, value: format.points(basis.value) }} />
                    </Text>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <TargetStatusBadge status={t.status} />
                </Table.Td>
                <Table.Td maw={240} style={{ overflowWrap: 'anywhere' }}>
                  <Text size="xs">{t.note || '—'}</Text>
                </Table.Td>
                {canSet && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(t)} data-testid="target-edit">
                        <FormattedMessage id="assessments.targets.edit" />
                      </Button>
                      <DeleteTargetButton target={t} indexName={indexName(t.indexCode)} />
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
      {editing !== null && <TargetForm unit={unit} target={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
