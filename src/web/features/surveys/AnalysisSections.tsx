import type { ReactNode } from 'react';
import { Anchor, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { LineChart } from '../../ui/charts/LineChart.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { rateColor } from '../../ui/rate-color.ts';
import { useNameOf } from '../units/index.ts';
import { useTrend, useUnitComparison, useWaveComparison, type ResultsScope } from './api.ts';
import { ElementsTable } from './ElementsTable.tsx';
import { useFormatMonth, useFormatSurveyRate } from './format.ts';
import { WaveStatusBadge } from './parts.tsx';

/** A section of the wave page: its title and what it explains, then its content once its query came. */
function Section({ titleId, hintId, state, children, testId }: { titleId: string; hintId: string; state: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }; children: () => ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap="sm">
        <Title order={4}>
          <FormattedMessage id={titleId} />
        </Title>
        <Text size="xs" c="dimmed">
          <FormattedMessage id={hintId} />
        </Text>
        {state.isPending ? <Loader size="sm" /> : state.isError ? <ErrorAlert error={state.error} onRetry={() => void state.refetch()} /> : children()}
      </Stack>
    </Paper>
  );
}

/** The overall index month by month (a line), and each element's rate per month (a table). */
export function TrendSection({ code, scope }: { code: string; scope: ResultsScope }) {
  const intl = useIntl();
  const trend = useTrend(code, scope);
  const shortMonth = useFormatMonth('short');
  const longMonth = useFormatMonth('long');
  const rate = useFormatSurveyRate();
  return (
    <Section titleId="surveys.trend.title" hintId="surveys.trend.hint" state={trend} testId="survey-trend">
      {() => {
        const t = trend.data!;
        return (
          <>
            <LineChart
              points={t.months.map((m) => ({ key: m.month, label: shortMonth(m.month), title: longMonth(m.month), value: m.overall, color: m.overall === null ? 'gray' : `var(--mantine-color-${rateColor(m.overall)}-6)` }))}
              max={100}
              formatValue={(v) => rate(v)}
              title={intl.formatMessage({ id: 'surveys.trend.chartTitle' })}
              valueLabel={intl.formatMessage({ id: 'surveys.results.overall' })}
              testId="survey-trend-chart"
            />
            <ElementsTable
              heads={[intl.formatMessage({ id: 'surveys.trend.month' }), intl.formatMessage({ id: 'surveys.results.responses' })]}
              overallLabel={intl.formatMessage({ id: 'surveys.results.overall' })}
              elements={t.elements}
              rows={t.months.map((m) => ({ key: m.month, head: longMonth(m.month), lead: [intl.formatNumber(m.responses)], elements: m.elements, overall: m.overall }))}
              testId="survey-trend-table"
            />
          </>
        );
      }}
    </Section>
  );
}

/** The wave's units at or under the unit side by side, each with its own responses only. */
export function UnitComparisonSection({ code, unit }: { code: string; unit: string | null }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const rate = useFormatSurveyRate();
  const comparison = useUnitComparison(code, unit);
  const n = (v: number | null) => (v === null ? '—' : intl.formatNumber(v));
  return (
    <Section titleId="surveys.comparison.title" hintId="surveys.comparison.hint" state={comparison} testId="survey-unit-comparison">
      {() => {
        const c = comparison.data!;
        const heads = ['surveys.unit', 'surveys.population', 'surveys.target', 'surveys.results.responses', 'surveys.results.responseRate'].map((id) => intl.formatMessage({ id }));
        return (
          <ElementsTable
            heads={heads}
            overallLabel={intl.formatMessage({ id: 'surveys.results.overall' })}
            elements={c.elements}
            rows={c.rows.map((r) => ({ key: r.unit.code, head: nameOf(r.unit.names) || r.unit.code, lead: [n(r.population), n(r.target), n(r.responses), rate(r.responseRate)], elements: r.elements, overall: r.overall }))}
            testId="survey-unit-comparison-table"
          />
        );
      }}
    </Section>
  );
}

/** The waves of the same questionnaire that reach the unit, each with the unit's (and its subtree's) figures. */
export function WaveComparisonSection({ code, unit }: { code: string; unit: string | null }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const day = useFormatIsoDate();
  const comparison = useWaveComparison(code, unit);
  return (
    <Section titleId="surveys.wavesComparison.title" hintId="surveys.wavesComparison.hint" state={comparison} testId="survey-wave-comparison">
      {() => {
        const c = comparison.data!;
        return (
          <ElementsTable
            heads={[intl.formatMessage({ id: 'surveys.waves.wave' }), intl.formatMessage({ id: 'surveys.results.responses' })]}
            overallLabel={intl.formatMessage({ id: 'surveys.results.overall' })}
            elements={c.elements}
            rows={c.waves.map((w) => ({
              key: w.code,
              head: (
                <Stack gap={2}>
                  {w.code === code ? (
                    <Text size="sm" fw={700}>{nameOf(w.names) || w.code}</Text>
                  ) : (
                    <Anchor size="sm" {...linkProps(paths.surveyWave(w.code))}>
                      {nameOf(w.names) || w.code}
                    </Anchor>
                  )}
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {intl.formatMessage({ id: 'surveys.waves.periodLine' }, { from: day(w.from), to: day(w.to) })}
                  </Text>
                  <WaveStatusBadge status={w.status} />
                </Stack>
              ),
              lead: [intl.formatNumber(w.responses)],
              elements: w.elements,
              overall: w.overall,
            }))}
            testId="survey-wave-comparison-table"
          />
        );
      }}
    </Section>
  );
}
