import { useState } from 'react';
import { Alert, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AccountabilityReport } from '../../../../shared/contracts/accountability.ts';
import { useCan } from '../../../app/api/session.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { ExportButton } from '../../../ui/ExportButton.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { RateBar, StatCard, StatFigure, StatGrid, StatLine } from '../../../ui/StatCard.tsx';
import { useFormatDay, useFormatRate } from '../../tasks/index.ts';
import { todayLocal, useNameOf, useReportUnit } from '../../units/index.ts';
import { handlingXlsxUrl, useHandlingReport } from '../api.ts';
import { readReportFilters, reportApiQuery, reportFiltersQuery, type ReportFilters } from '../filters.ts';
import { rangeOf, type PeriodChoice } from '../period.ts';
import { ReportFiltersBar } from '../report/ReportFiltersBar.tsx';
import { HandlingTable } from './HandlingTable.tsx';

/**
 * /dossiers/officials: for a unit's managers (`dossiers.officials`), the dossiers resolved late
 * or overdue in a period by handling official and by procedure, with the apology-letter rate,
 * and the same as a spreadsheet. Officials' names are personal data: the page says so.
 */
export function OfficialsPage() {
  const location = useLocation();
  const today = todayLocal();
  const canRead = useCan('dossiers.officials');
  const locale = useLocale();
  const nameOf = useNameOf();
  const formatDay = useFormatDay();
  const fromUrl = { ...readReportFilters(location.search, today), todayTree: false };
  const [draft, setDraft] = useState<PeriodChoice | null>(null);
  const filters: ReportFilters = { ...fromUrl, period: draft ?? fromUrl.period };
  const unit = useReportUnit(fromUrl.unit, 'dossiers.officials');
  const query = canRead && unit ? reportApiQuery(fromUrl, unit) : null;
  const report = useHandlingReport(query);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const change = (next: ReportFilters) => {
    if (!rangeOf(next.period)) return setDraft(next.period);
    setDraft(null);
    navigate(paths.dossierOfficials(reportFiltersQuery(next)), { replace: true });
  };
  const data = report.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2}>
          <FormattedMessage id="dossiers.officials.title" />
        </Title>
        {query && <ExportButton href={handlingXlsxUrl(query, locale)} testId="officials-export" />}
      </Group>
      <Text size="sm">
        <FormattedMessage id="dossiers.officials.intro" />
      </Text>
      <Alert color="yellow" variant="light" p="xs" data-testid="officials-confidential">
        <Text size="sm">
          <FormattedMessage id="dossiers.officials.confidential" />
        </Text>
      </Alert>
      <ReportFiltersBar value={filters} unit={unit} onChange={change} today={today} todayTreeSwitch={false} />
      {report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <Loader />
      ) : (
        <Stack gap="lg" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }} data-testid="officials-report" data-loading={report.isFetching || undefined}>
          <Text size="sm" c="dimmed" data-testid="officials-scope">
            <FormattedMessage
              id={data.descendants ? 'dossiers.scopeWithSubordinates' : 'dossiers.scopeAlone'}
              values={{ unit: nameOf(data.unit.names) || data.unit.code, from: formatDay(data.from), to: formatDay(data.to) }}
            />
          </Text>
          {data.total.resolved + data.total.overdue === 0 ? (
            <Text c="dimmed" data-testid="officials-empty">
              <FormattedMessage id="dossiers.officials.empty" />
            </Text>
          ) : (
            <ReportBody data={data} />
          )}
        </Stack>
      )}
    </Stack>
  );
}

function ReportBody({ data }: { data: AccountabilityReport }) {
  const intl = useIntl();
  const formatRate = useFormatRate();
  const nameOf = useNameOf();
  // A province has hundreds of officials: those with late dossiers first of all (the total still counts everyone).
  const [onlyLate, setOnlyLate] = useState(true);
  const { total } = data;
  return (
    <>
      <StatGrid testId="officials-headline">
        <StatCard labelId="dossiers.officials.late">
          <StatFigure value={total.late} testId="officials-late" color={total.late ? 'red.8' : undefined} />
          <StatLine labelId="dossiers.officials.resolvedLate" value={total.resolvedLate} testId="officials-resolved-late" />
          <StatLine labelId="dossiers.officials.overdue" value={total.overdue} testId="officials-overdue" />
          <StatLine labelId="dossiers.officials.resolved" value={total.resolved} testId="officials-resolved" />
        </StatCard>
        <StatCard labelId="dossiers.officials.apologyRate">
          <StatFigure value={formatRate(total.apologyRate)} testId="officials-apology-rate" />
          <RateBar rate={total.apologyRate} labelId="dossiers.officials.apologyRate" />
          <StatLine labelId="dossiers.officials.apologies" value={total.apologies} testId="officials-apologies" mt={4} />
        </StatCard>
      </StatGrid>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3}>
            <FormattedMessage id="dossiers.officials.byOfficial" />
          </Title>
          <Switch label={intl.formatMessage({ id: 'dossiers.officials.onlyLate' })} checked={onlyLate} onChange={(e) => setOnlyLate(e.currentTarget.checked)} data-testid="officials-only-late" />
        </Group>
        <HandlingTable
          firstColumnId="dossiers.officials.official"
          testId="officials-by-official"
          total={total}
          rows={data.byOfficial.filter((o) => !onlyLate || o.figures.late > 0).map((o) => ({
            key: `${o.official.source}/${o.official.id ?? ''}`,
            label: o.official.id === null ? <FormattedMessage id="dossiers.officials.noOfficial" /> : <OfficialLabel name={o.official.name} id={o.official.id} />,
            figures: o.figures,
          }))}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={3}>
          <FormattedMessage id="dossiers.officials.byProcedure" />
        </Title>
        <HandlingTable
          firstColumnId="dossiers.column.procedure"
          testId="officials-by-procedure"
          total={total}
          rows={data.byProcedure.map((p) => ({
            key: p.code,
            label: (
              <>
                <Text span size="xs" ff="monospace" c="dimmed">
                  {p.code}
                </Text>{' '}
                {p.names ? nameOf(p.names) : <FormattedMessage id={p.code === '?' ? 'dossiers.noProcedure' : 'dossiers.unknownProcedure'} />}
              </>
            ),
            figures: p.figures,
          }))}
        />
      </Stack>
    </>
  );
}

/** The official's name as the source system gave it, with its id beneath (two officials may share a name). */
function OfficialLabel({ name, id }: { name: string | null; id: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm">{name ?? id}</Text>
      {name && (
        <Text size="xs" c="dimmed" ff="monospace">
          {id}
        </Text>
      )}
    </Stack>
  );
}
