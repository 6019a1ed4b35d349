import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isApiError } from '../../../app/api/client.ts';
import { useCan } from '../../../app/api/session.ts';
import { linkProps, navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { DownloadIcon } from '../../../ui/icons.tsx';
import { ExportButton } from '../../../ui/ExportButton.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useNameOf } from '../../units/index.ts';
import { useRoundResults } from '../api.ts';
import { RoundStatusBadge } from '../badges.tsx';
import { bandTones } from '../bands.ts';
import { changesAgainst } from '../framework-tree.ts';
import { MyUnits } from '../MyUnits.tsx';
import { useRoundFramework } from '../round-framework.ts';
import { useUnitNames } from '../unit-names.ts';
import { AreaHeatTable } from './AreaHeatTable.tsx';
import { CompareSelect } from './CompareSelect.tsx';
import { BandKey, LeagueTable } from './LeagueTable.tsx';
import { RoundActions } from './RoundActions.tsx';
import { RoundDates } from '../RoundDates.tsx';
import { RoundDataActions } from './RoundDataActions.tsx';
import { TotalsChart } from './TotalsChart.tsx';

/**
 * /assessments/rounds/{code}?compare: a round's league table — rank of N, band lights, rank
 * and point changes against the previous round (or one chosen), totals as bars and the
 * component indices per area as a heat table; "provisional" while not finalised (managers and
 * appraisers see it early); the secretariat finalises or reopens it here.
 */
export function RoundPage({ code }: { code: string }) {
  const intl = useIntl();
  const location = useLocation();
  const canRead = useCan('assessments.read');
  const canManage = useCan('assessments.manage');
  const locale = useLocale();
  const nameOfNames = useNameOf();
  const compare = location.search.get('compare') || null;
  const results = useRoundResults(code);
  const previous = useRoundResults(compare);
  const units = results.data?.units ?? [];
  const framework = useRoundFramework(results.data ? (units[0]?.areas.map((a) => a.key) ?? []) : undefined);
  const nameOf = useUnitNames(units.map((u) => u.unit), results.data?.unitNames);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;

  const hrefFor = (unit: string) => paths.roundUnit(code, unit, compare);
  const unpublished = isApiError(results.error, 'forbidden');
  const bands = results.data?.bands ?? [];
  const tones = bandTones(bands);
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor size="sm" {...linkProps(paths.assessments())}>
          <FormattedMessage id="assessments.round.back" />
        </Anchor>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group gap="sm">
            <Title order={2}>
              <FormattedMessage id="assessments.round.title" values={{ round: code }} />
            </Title>
            {results.data && <RoundStatusBadge finalized={results.data.finalized} />}
          </Group>
          <Group gap="xs">
            {results.data && <ExportButton href={`/api/rounds/${encodeURIComponent(code)}/export?format=xlsx&locale=${locale}`} testId="round-export-xlsx" />}
            {results.data && (
              <Button component="a" href={`/api/rounds/${encodeURIComponent(code)}/export?format=docx&locale=${locale}`} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="round-export-docx">
                <FormattedMessage id="assessments.round.exportWord" />
              </Button>
            )}
            {canManage && results.data && !results.data.finalized && <RoundDataActions round={code} />}
            {canManage && results.data && <RoundActions round={code} finalized={results.data.finalized} />}
          </Group>
        </Group>
        {framework && (
          <Anchor size="sm" {...linkProps(paths.framework(framework.code, framework.version.version))} data-testid="round-framework">
            {nameOfNames(framework.version.framework.names) || framework.code}
          </Anchor>
        )}
        <RoundDates round={code} />
      </Stack>
      {unpublished ? (
        <Stack gap="sm">
          <Alert color="blue" data-testid="round-unpublished">
            <FormattedMessage id="assessments.round.unpublished" />
          </Alert>
          <MyUnits round={code} />
        </Stack>
      ) : results.isError ? (
        <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />
      ) : !results.data ? (
        <Loader />
      ) : (
        <Stack gap="lg" data-testid="round-results">
          <MyUnits round={code} />
          <Group align="flex-end" gap="sm">
            <CompareSelect round={code} value={compare} onChange={(c) => navigate(paths.round(code, c), { replace: true })} />
            {previous.isError && (
              <Text size="sm" c="red" role="alert">
                <FormattedMessage id={isApiError(previous.error, 'forbidden') ? 'assessments.compare.unpublished' : 'assessments.compare.failed'} />
              </Text>
            )}
          </Group>
          <Stack gap="xs">
            <Title order={3}>
              <FormattedMessage id="assessments.league.title" />
            </Title>
            <LeagueTable units={units} changes={compare ? (previous.data ? changesAgainst(units, previous.data.units) : null) : changesAgainst(units, null)} tones={tones} nameOf={nameOf} hrefFor={hrefFor} />
            <BandKey bands={bands} tones={tones} />
          </Stack>
          <TotalsChart units={units} tones={tones} nameOf={nameOf} max={units[0]?.areas.reduce((s, a) => s + a.max, 0) ?? 100} />
          <Stack gap="xs">
            <Title order={3}>
              <FormattedMessage id="assessments.heat.title" />
            </Title>
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'assessments.heat.hint' })}
            </Text>
            <AreaHeatTable units={units} framework={framework?.version.framework ?? null} nameOf={nameOf} hrefFor={hrefFor} />
          </Stack>
        </Stack>
      )}
    </Stack>
  );
}
