import { Box, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { StatisticsResponse } from '../../../../shared/contracts/tasks.ts';
import { RankingTable, type RankingColumn } from '../../../ui/RankingTable.tsx';
import { useNameOf } from '../../units/index.ts';
import { ExportButton } from '../../../ui/ExportButton.tsx';
import { useFormatRate } from '../format.ts';
import { rateColor } from '../../../ui/rate-color.ts';

const LIGHT_LABEL = { green: 'dashboard.light.green', yellow: 'dashboard.light.yellow', red: 'dashboard.light.red' } as const;

/** A traffic-light dot with its meaning for screen readers and on hover. */
export function Light({ rate }: { rate: number }) {
  const intl = useIntl();
  const color = rateColor(rate);
  const label = intl.formatMessage({ id: LIGHT_LABEL[color] });
  return <Box component="span" role="img" aria-label={label} title={label} data-light={color} w={12} h={12} style={{ borderRadius: '50%', background: `var(--mantine-color-${color}-6)`, display: 'inline-block', flexShrink: 0 }} />;
}

export function RateCell({ rate }: { rate: number }) {
  const formatRate = useFormatRate();
  return (
    <Group gap={8} wrap="nowrap" miw={150}>
      <Light rate={rate} />
      <Text size="sm" w={64} ta="end" style={{ whiteSpace: 'nowrap' }}>
        {formatRate(rate)}
      </Text>
      <Progress value={rate} color={rateColor(rate)} size="sm" style={{ flex: 1 }} miw={50} aria-hidden />
    </Group>
  );
}

/** Completion by owner unit, ranked high to low (ties share a rank): "3 of 21". */
export function LeagueTable({ byUnit, exportHref }: { byUnit: StatisticsResponse['byUnit']; exportHref: string }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const rows = byUnit
    .map((row) => ({ ...row, key: row.unitCode, name: nameOf(row.unitNames) || row.unitCode }))
    .sort((a, b) => a.rank - b.rank || b.statistics.total - a.statistics.total || a.name.localeCompare(b.name));
  const columns: RankingColumn<(typeof rows)[number]>[] = [
    { labelId: 'dashboard.league.total', cell: (row) => intl.formatNumber(row.statistics.total) },
    { labelId: 'dashboard.league.completed', cell: (row) => intl.formatNumber(row.statistics.completed.total), testId: 'league-completed' },
    { labelId: 'dashboard.league.rate', cell: (row) => <RateCell rate={row.statistics.completionRate} />, align: 'start' },
  ];
  return (
    <Stack gap="xs">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={3}>
          <FormattedMessage id="dashboard.league.title" />
        </Title>
        <ExportButton href={exportHref} testId="statistics-export" />
      </Group>
      <RankingTable rows={rows} nameLabelId="dashboard.league.unit" columns={columns} minWidth={560} testId="league-table" prefix="league" emptyId="dashboard.noTasks" />
      <Group gap="md">
        {([90, 60, 10] as const).map((sample) => (
          <Group key={sample} gap={6} wrap="nowrap">
            <Light rate={sample} />
            <Text size="xs" c="dimmed">
              <FormattedMessage id={LIGHT_LABEL[rateColor(sample)]} />
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}
