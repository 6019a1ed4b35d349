import { useState } from 'react';
import { Checkbox, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { FollowUpStatisticsView } from '../../../shared/contracts/followups.ts';
import { useMe } from '../../app/api/session.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { BarChart } from '../../ui/charts/BarChart.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { ExportButton } from '../../ui/ExportButton.tsx';
import { StatCard, StatFigure, StatGrid, StatLine } from '../../ui/StatCard.tsx';
import { todayLocal, UnitPicker, useNameOf } from '../units/index.ts';
import { useFollowUpStatistics } from './api.ts';
import { ItemsAgeing } from './ItemsAgeing.tsx';

/** A unit's follow-up statistics as of a day: the figures, a chart by field, the oldest open items, the XLSX. */
export function StatisticsPage() {
  const me = useMe();
  const locale = useLocale();
  const intl = useIntl();
  const [unit, setUnit] = useState<string | null>(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null);
  const [descendants, setDescendants] = useState(true);
  const [asOf, setAsOf] = useState(todayLocal());
  const query = new URLSearchParams({ unit: unit ?? '', descendants: String(descendants), asOf }).toString();
  const stats = useFollowUpStatistics(query, unit !== null && /^\d{4}-\d{2}-\d{2}$/.test(asOf));
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>
          <FormattedMessage id="followUps.statisticsTitle" />
        </Title>
        {unit && <ExportButton href={`/api/follow-ups/statistics.xlsx?${query}&locale=${locale}`} testId="follow-up-statistics-xlsx" />}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <UnitPicker labelId="followUps.unit" asOf={todayLocal()} value={unit} onChange={setUnit} clearable={false} testId="follow-up-statistics-unit" />
        <Checkbox label={intl.formatMessage({ id: 'followUps.descendants' })} checked={descendants} onChange={(e) => setDescendants(e.currentTarget.checked)} />
        <DateField labelId="followUps.asOf" value={asOf} onChange={setAsOf} testId="follow-up-statistics-as-of" />
      </Group>
      {!unit ? null : stats.isPending ? <Loader /> : stats.isError ? <ErrorAlert error={stats.error} /> : <Figures s={stats.data} />}
    </Stack>
  );
}

function Figures({ s }: { s: FollowUpStatisticsView }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const t = (id: string) => intl.formatMessage({ id });
  const series = [
    { key: 'resolved', label: t('followUps.counts.resolved'), color: 'var(--mantine-color-green-6)' },
    { key: 'declined', label: t('followUps.counts.declined'), color: 'var(--mantine-color-gray-5)' },
    { key: 'open', label: t('followUps.counts.open'), color: 'var(--mantine-color-blue-6)' },
  ];
  const categories = s.byField.map((f) => ({
    key: f.field.code,
    label: nameOf(f.field.names),
    title: nameOf(f.field.names),
    bars: [{ key: 'items', label: t('followUps.counts.raised'), segments: series.map((x) => ({ series: x.key, value: f.counts[x.key as 'resolved' | 'declined' | 'open'] })) }],
  }));
  return (
    <Stack gap="md" data-testid="follow-up-statistics">
      <StatGrid testId="follow-up-cards">
        <StatCard labelId="followUps.counts.raised">
          <StatFigure value={s.raised} testId="follow-up-raised" />
        </StatCard>
        <StatCard labelId="followUps.counts.answered">
          <StatFigure value={s.answered} testId="follow-up-answered" />
          <StatLine labelId="followUps.counts.answeredInTime" value={s.answeredInTime} testId="follow-up-answered-in-time" />
          <StatLine labelId="followUps.medianDays" value={s.medianDaysToAnswer ?? '—'} testId="follow-up-median" />
        </StatCard>
        <StatCard labelId="followUps.counts.resolved">
          <StatFigure value={s.resolved} testId="follow-up-resolved" />
          <StatLine labelId="followUps.counts.declined" value={s.declined} testId="follow-up-declined" />
        </StatCard>
        <StatCard labelId="followUps.counts.open">
          <StatFigure value={s.open} testId="follow-up-open" />
          <StatLine labelId="followUps.counts.overdue" value={s.overdue} testId="follow-up-overdue-count" color={s.overdue ? 'red' : undefined} />
        </StatCard>
      </StatGrid>
      {categories.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={500} mb="xs">
            <FormattedMessage id="followUps.byField" />
          </Text>
          <BarChart categories={categories} series={series} formatValue={(v) => intl.formatNumber(v)} title={t('followUps.byField')} testId="follow-up-field-chart" />
        </Paper>
      )}
      <ByUnit titleId="followUps.byAddressee" rows={s.byAddressee} />
      <ByUnit titleId="followUps.byResponsible" rows={s.byResponsibleUnit} />
      <ItemsAgeing s={s} />
    </Stack>
  );
}

function ByUnit({ titleId, rows }: { titleId: string; rows: FollowUpStatisticsView['byResponsibleUnit'] }) {
  const nameOf = useNameOf();
  if (rows.length === 0) return null;
  const cols = ['raised', 'answered', 'resolved', 'open', 'overdue'] as const;
  return (
    <Paper withBorder p="md">
      <Text fw={500} mb="xs">
        <FormattedMessage id={titleId} />
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <FormattedMessage id="followUps.unit" />
              </Table.Th>
              {cols.map((c) => (
                <Table.Th key={c} ta="right">
                  <FormattedMessage id={`followUps.counts.${c}`} />
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.unit.code}>
                <Table.Td>
                  {nameOf(r.unit.names)}
                </Table.Td>
                {cols.map((c) => (
                  <Table.Td key={c} ta="right">
                    {r.counts[c]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
