import { useState } from 'react';
import { Alert, Box, Grid, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { TimeGrouping } from '../../../../shared/contracts/procedure-times.ts';
import { useCan } from '../../../app/api/session.ts';
import { navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useFormatDay } from '../../tasks/index.ts';
import { todayLocal, UnitPicker, useNameOf, useReportUnit } from '../../units/index.ts';
import { useProcedureTimes } from '../api.ts';
import { PERIOD_KINDS, rangeOf, type PeriodChoice } from '../period.ts';
import { PeriodPicker } from '../PeriodPicker.tsx';
import { GroupingSection } from './GroupingSection.tsx';
import { StatutoryChart } from './StatutoryChart.tsx';
import { readTimesFilters, timesApiQuery, timesFiltersQuery, trendApiQuery, type TimesFilters } from './times-filters.ts';
import { TimesHeadline } from './TimesHeadline.tsx';
import { TrendChart } from './TrendChart.tsx';

/**
 * /dossiers/times: how long a unit's (and its subtree's) resolved dossiers took in working days
 * against the statutory time, and what citizens paid, over a period: the figures, the
 * procedures slowest against their statutory time, the trend over twelve months, and the
 * table by procedure, field, level, channel or month.
 */
export function ProcedureTimesPage() {
  const location = useLocation();
  const intl = useIntl();
  const today = todayLocal();
  const canRead = useCan('dossiers.read');
  const nameOf = useNameOf();
  const formatDay = useFormatDay();
  const fromUrl = readTimesFilters(location.search, today);
  // A custom range being typed stays here until both dates make a valid period.
  const [draft, setDraft] = useState<PeriodChoice | null>(null);
  const unit = useReportUnit(fromUrl.unit);
  const query = canRead && unit ? timesApiQuery(fromUrl, unit) : null;
  const times = useProcedureTimes(query);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const change = (next: TimesFilters) => {
    if (!rangeOf(next.period)) return setDraft(next.period);
    setDraft(null);
    navigate(paths.procedureTimes(timesFiltersQuery(next)), { replace: true });
  };
  const end = rangeOf(fromUrl.period)?.to;
  const data = times.data;

  return (
    <Stack gap="lg">
      <Title order={2}>
        <FormattedMessage id="dossiers.times.title" />
      </Title>
      <Stack gap="xs" data-testid="times-filters">
        <Group gap="sm" align="flex-start" wrap="wrap">
          <Box w={{ base: '100%', sm: 320 }}>
            <UnitPicker labelId="dossiers.filter.unit" asOf={!end || end > today ? today : end} value={unit} onChange={(code) => code && change({ ...fromUrl, unit: code })} clearable={false} testId="times-unit" />
          </Box>
          <PeriodPicker value={draft ?? fromUrl.period} onChange={(period) => change({ ...fromUrl, period })} kinds={PERIOD_KINDS} today={today} testId="times-period" />
        </Group>
        <Switch label={intl.formatMessage({ id: 'dossiers.filter.descendants' })} checked={fromUrl.descendants} onChange={(e) => change({ ...fromUrl, descendants: e.currentTarget.checked })} data-testid="times-descendants" />
      </Stack>
      {times.isError ? (
        <ErrorAlert error={times.error} onRetry={() => void times.refetch()} />
      ) : !data ? (
        <Loader />
      ) : (
        <Stack gap="lg" style={{ opacity: times.isPlaceholderData ? 0.6 : 1 }} data-testid="times-page" data-loading={times.isFetching || undefined}>
          <Text size="sm" c="dimmed" data-testid="times-scope">
            <FormattedMessage
              id={data.descendants ? 'dossiers.scopeWithSubordinates' : 'dossiers.scopeAlone'}
              values={{ unit: nameOf(data.unit.names) || data.unit.code, from: formatDay(data.from), to: formatDay(data.to) }}
            />
          </Text>
          <TimesHeadline total={data.total} costs={data.costs} />
          <Alert color="gray" variant="light" p="xs" data-testid="times-convention">
            <Text size="xs">
              <FormattedMessage id="dossiers.times.convention" />
              {data.total.supplementExcluded > 0 && (
                <>
                  {' '}
                  <FormattedMessage id="dossiers.times.supplementNote" values={{ count: data.total.supplementExcluded }} />
                </>
              )}
            </Text>
          </Alert>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <StatutoryChart data={data} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <TrendChart query={unit ? trendApiQuery(fromUrl, unit) : null} unit={unit ?? null} asOf={rangeOf(fromUrl.period)?.to ?? ''} />
            </Grid.Col>
          </Grid>
          <GroupingSection data={data} onBy={(by: TimeGrouping) => change({ ...fromUrl, by })} />
        </Stack>
      )}
    </Stack>
  );
}
