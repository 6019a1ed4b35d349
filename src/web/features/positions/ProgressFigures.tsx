import { Paper, Stack, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { DEPARTMENT_STAGES, type ProgressResponse } from '../../../shared/contracts/positions.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { BarChart } from '../../ui/charts/BarChart.tsx';
import { StatCard, StatFigure, StatGrid, StatLine } from '../../ui/StatCard.tsx';
import { useNameOf } from '../units/index.ts';
import { StageBadge, stageChartColor } from './badges.tsx';

/**
 * The exercise as of a day: the headline counts (the ministry's "20 sectors, 318 departments
 * submitted"), departments by stage per sector as a chart and a table, and the late departments.
 */
export function ProgressFigures({ p }: { p: ProgressResponse }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const t = (id: string) => intl.formatMessage({ id });
  const series = DEPARTMENT_STAGES.map((stage) => ({ key: stage, label: t(`positions.stages.${stage}`), color: stageChartColor(stage) }));
  const categories = p.bySector.map((s) => ({
    key: s.sector.code,
    label: nameOf(s.sector.names),
    title: nameOf(s.sector.names),
    bars: [{ key: 'departments', label: t('positions.progress.departments'), segments: DEPARTMENT_STAGES.map((stage) => ({ series: stage, value: s.departments[stage] })) }],
  }));
  return (
    <Stack gap="md" data-testid="positions-progress">
      <StatGrid testId="positions-cards">
        <StatCard labelId="positions.progress.sectors">
          <StatFigure value={p.sectors.total} testId="positions-sectors-total" />
          <StatLine labelId="positions.progress.sectorsSubmitted" value={p.sectors.submitted} testId="positions-sectors-submitted" />
          <StatLine labelId="positions.progress.sectorsApproved" value={p.sectors.approved} testId="positions-sectors-approved" />
        </StatCard>
        <StatCard labelId="positions.progress.departments">
          <StatFigure value={p.departments.total} testId="positions-departments-total" />
          {DEPARTMENT_STAGES.map((stage) => (
            <StatLine key={stage} labelId={`positions.stages.${stage}`} value={p.departments[stage]} testId={`positions-departments-${stage}`} />
          ))}
        </StatCard>
        <StatCard labelId="positions.progress.positions">
          <StatFigure value={p.positions} testId="positions-positions" />
        </StatCard>
        <StatCard labelId="positions.progress.posts">
          <StatFigure value={p.posts} testId="positions-posts" />
        </StatCard>
      </StatGrid>
      {categories.length > 0 && (
        <Paper withBorder p="md">
          <Text fw={500} mb="xs">
            <FormattedMessage id="positions.progress.bySector" />
          </Text>
          <BarChart categories={categories} series={series} formatValue={(v) => intl.formatNumber(v)} title={t('positions.progress.bySector')} testId="positions-sector-chart" />
        </Paper>
      )}
      <SectorTable p={p} />
      <LateList p={p} />
    </Stack>
  );
}

function SectorTable({ p }: { p: ProgressResponse }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  if (p.bySector.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped data-testid="positions-sectors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th><FormattedMessage id="positions.progress.sector" /></Table.Th>
            {DEPARTMENT_STAGES.map((stage) => (
              <Table.Th key={stage} ta="right"><FormattedMessage id={`positions.stages.${stage}`} /></Table.Th>
            ))}
            <Table.Th ta="right"><FormattedMessage id="positions.progress.positions" /></Table.Th>
            <Table.Th ta="right"><FormattedMessage id="positions.progress.posts" /></Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {p.bySector.map((s) => (
            <Table.Tr key={s.sector.code} data-testid={`positions-sector-${s.sector.code}`}>
              <Table.Td>
                <Text size="sm">{nameOf(s.sector.names)}</Text>
                <Text size="xs" c={s.approved ? 'green' : s.submitted ? 'blue' : 'dimmed'}>
                  <FormattedMessage id={s.approved ? 'positions.progress.sectorApproved' : s.submitted ? 'positions.progress.sectorSubmitted' : 'positions.progress.sectorOpen'} />
                </Text>
              </Table.Td>
              {DEPARTMENT_STAGES.map((stage) => (
                <Table.Td key={stage} ta="right">{intl.formatNumber(s.departments[stage])}</Table.Td>
              ))}
              <Table.Td ta="right">{intl.formatNumber(s.positions)}</Table.Td>
              <Table.Td ta="right">{intl.formatNumber(s.posts)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function LateList({ p }: { p: ProgressResponse }) {
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  return (
    <Paper withBorder p="md" data-testid="positions-late">
      <Text fw={500} mb="xs">
        <FormattedMessage id="positions.late.title" />
      </Text>
      {p.late.length === 0 ? (
        <Text size="sm" c="dimmed">
          <FormattedMessage id={p.deadline ? 'positions.late.none' : 'positions.late.noDeadline'} />
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th><FormattedMessage id="positions.late.department" /></Table.Th>
                <Table.Th><FormattedMessage id="positions.progress.sector" /></Table.Th>
                <Table.Th><FormattedMessage id="positions.late.stage" /></Table.Th>
                <Table.Th><FormattedMessage id="positions.late.submittedOn" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {p.late.map((l) => (
                <Table.Tr key={l.unit.code} data-testid={`positions-late-${l.unit.code}`}>
                  <Table.Td>{nameOf(l.unit.names)}</Table.Td>
                  <Table.Td>{nameOf(l.sector.names)}</Table.Td>
                  <Table.Td><StageBadge stage={l.stage} /></Table.Td>
                  <Table.Td>{l.submittedOn ? day(l.submittedOn) : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
