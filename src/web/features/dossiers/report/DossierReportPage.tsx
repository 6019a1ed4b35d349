import { useState } from 'react';
import { Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../../app/api/session.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { linkProps, navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useFormatDay } from '../../tasks/index.ts';
import { ExportButton } from '../../../ui/ExportButton.tsx';
import { todayLocal, useNameOf, useReportUnit } from '../../units/index.ts';
import { reportXlsxUrl, useDossierReport } from '../api.ts';
import { readReportFilters, reportApiQuery, reportFiltersQuery, type ReportFilters } from '../filters.ts';
import { rangeOf, type PeriodChoice } from '../period.ts';
import { ByFieldSection } from './ByFieldSection.tsx';
import { ByMonthChart } from './ByMonthChart.tsx';
import { ByProcedureSection } from './ByProcedureSection.tsx';
import { ByUnitSection } from './ByUnitSection.tsx';
import { ChannelChart } from './ChannelChart.tsx';
import { ReportFiltersBar } from './ReportFiltersBar.tsx';
import { ReportHeadline } from './ReportHeadline.tsx';

/**
 * /dossiers: the one-stop report of a unit (with its subordinate units) for a period — the
 * figures, the official form by unit, charts by month and channel, and the form by field and
 * by procedure — with the form as a spreadsheet.
 */
export function DossierReportPage() {
  const location = useLocation();
  const today = todayLocal();
  const canRead = useCan('dossiers.read');
  const canManage = useCan('dossiers.manage');
  const nameOf = useNameOf();
  const locale = useLocale();
  const formatDay = useFormatDay();
  const fromUrl = readReportFilters(location.search, today);
  // A custom range being typed stays here until both dates make a valid period.
  const [draft, setDraft] = useState<PeriodChoice | null>(null);
  const filters: ReportFilters = { ...fromUrl, period: draft ?? fromUrl.period };
  const unit = useReportUnit(fromUrl.unit);
  const query = canRead && unit ? reportApiQuery(fromUrl, unit) : null;
  const report = useDossierReport(query);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const change = (next: ReportFilters) => {
    if (!rangeOf(next.period)) return setDraft(next.period);
    setDraft(null);
    navigate(paths.dossiers(reportFiltersQuery(next)), { replace: true });
  };
  const hrefFor = (code: string) => paths.dossiers(reportFiltersQuery({ ...fromUrl, unit: code }));
  const data = report.data;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="dossiers.title" />
        </Title>
        <Group gap="xs">
          {canManage && (
            <Button component="a" variant="light" size="xs" {...linkProps(paths.dossierImport())} data-testid="dossier-import-link">
              <FormattedMessage id="dossiers.import.open" />
            </Button>
          )}
          {query && <ExportButton href={reportXlsxUrl(query, locale)} testId="dossier-export" />}
        </Group>
      </Group>
      <ReportFiltersBar value={filters} unit={unit} onChange={change} today={today} />
      {report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <Loader />
      ) : (
        <Stack gap="lg" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} data-testid="dossier-report" data-loading={report.isFetching || undefined}>
          <Text size="sm" c="dimmed" data-testid="dossier-report-scope">
            <FormattedMessage
              id={data.descendants ? 'dossiers.scopeWithSubordinates' : 'dossiers.scopeAlone'}
              values={{ unit: nameOf(data.unit.names) || data.unit.code, from: formatDay(data.from), to: formatDay(data.to) }}
            />
          </Text>
          <ReportHeadline report={data.report} />
          {data.descendants && <ByUnitSection data={data} hrefFor={hrefFor} />}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <ByMonthChart byMonth={data.byMonth} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <ChannelChart report={data.report} />
            </Grid.Col>
          </Grid>
          <ByFieldSection data={data} />
          <ByProcedureSection data={data} />
        </Stack>
      )}
    </Stack>
  );
}
