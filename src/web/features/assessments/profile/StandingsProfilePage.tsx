import { Badge, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ExternalIndex } from '../../../../shared/contracts/standings.ts';
import { useCan, useMe } from '../../../app/api/session.ts';
import { useLocale } from '../../../app/i18n/locale-context.ts';
import { navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { Redirect } from '../../../app/router/Redirect.tsx';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { DownloadIcon } from '../../../ui/icons.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useCanOn } from '../../tasks/index.ts';
import { defaultUnit, todayLocal, UnitPicker, useMayReadUnit, useNameOf, useUnitList } from '../../units/index.ts';
import { useAssessmentFormat } from '../format.ts';
import { useExternalIndices, usePeerStandings, useStandings } from '../history/api.ts';
import { standingGroups, type IndexGroup, type Standing } from '../history/history-rows.ts';
import { ComponentsTable, IndexHeading, RankOf, SetLabel, StandingChange } from '../history/StandingParts.tsx';
import { RecordStandings } from '../history/RecordStandings.tsx';
import { StandingsIndexTable } from '../history/StandingsTimeline.tsx';
import { StandingTargets } from '../history/StandingTargets.tsx';
import { useUnitNames } from '../unit-names.ts';
import { PeerComparison } from './PeerComparison.tsx';
import { latestOwn, parsePeers, profileExportUrl, rankSeries } from './profile-rows.ts';
import { RankChart } from './RankChart.tsx';

/** The index's latest year at a glance: value and each ranking's rank of N with its change. */
function LatestCard({ group, unit }: { group: IndexGroup; unit: string }) {
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const latest = latestOwn(group.rows, unit);
  if (!latest) return null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`profile-latest-${group.code}`}>
      <Stack gap={6}>
        <Text size="sm" fw={600} lineClamp={2}>
          {(group.index && nameOf(group.index.names)) || group.code}
        </Text>
        <Group gap="xs" align="baseline">
          <Text fz={26} fw={700} lh={1} data-testid="profile-latest-value">
            {format.points(latest.standings[0]!.value)}
          </Text>
          <Badge variant="light" color="gray" size="sm">
            {format.year(latest.year)}
          </Badge>
        </Group>
        {latest.standings.map((s) => (
          <Group key={s.comparisonSet} gap="xs" justify="space-between" wrap="nowrap" align="flex-start" data-testid="profile-latest-set" data-set={s.comparisonSet}>
            <Text size="xs" c="dimmed" style={{ minWidth: 0 }}>
              <SetLabel set={s.comparisonSet} />
            </Text>
            <Group gap={8} wrap="nowrap" align="flex-start">
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                <RankOf rank={s.rank} of={s.of} />
              </Text>
              {s.change && <StandingChange change={s.change} />}
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

/** One index over the years: the rank chart, the table by ranking (predecessors under their names), the latest year's components. */
function IndexSection({ group, unit, canManage }: { group: IndexGroup; unit: string; canManage: boolean }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const format = useAssessmentFormat();
  const name = (group.index && nameOf(group.index.names)) || group.code;
  const series = rankSeries(group.rows, unit);
  const latest = latestOwn(group.rows, unit);
  const withComponents: Standing[] = latest?.standings.filter((s) => s.components.length > 0) ?? [];
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md" data-testid={`profile-index-${group.code}`}>
      <Stack gap="sm">
        <IndexHeading name={name} index={group.index} order={3} size="h4" />
        {series.length > 0 && <RankChart series={series} unit={unit} title={intl.formatMessage({ id: 'assessments.profile.chartTitle' }, { index: name })} />}
        <StandingsIndexTable group={group} unit={unit} canManage={canManage} titled={false} />
        {withComponents.map((s) => (
          <Stack gap={4} key={s.comparisonSet} data-testid="profile-components" data-set={s.comparisonSet}>
            <Text size="sm" fw={600}>
              <FormattedMessage id="assessments.profile.componentsOf" values={{ year: format.year(s.year), set: <SetLabel set={s.comparisonSet} /> }} />
            </Text>
            <ComponentsTable standing={s} index={group.index} />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** The profile as files (XLSX, a one-page DOCX) with the peers compared; for managers, the ways to record standings. */
function ProfileActions({ unit, peers }: { unit: string; peers: string[] }) {
  const locale = useLocale();
  return (
    <Group gap="xs">
      <RecordStandings unit={unit} />
      <Button component="a" href={profileExportUrl(unit, peers, 'xlsx', locale)} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="profile-export-xlsx">
        <FormattedMessage id="tasks.exportExcel" />
      </Button>
      <Button component="a" href={profileExportUrl(unit, peers, 'docx', locale)} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid="profile-export-docx">
        <FormattedMessage id="assessments.profile.exportWord" />
      </Button>
    </Group>
  );
}

function Profile({ unit }: { unit: string }) {
  const location = useLocation();
  const peers = parsePeers(location.search.get('peers'), unit);
  const mayRead = useMayReadUnit(unit);
  const timeline = useStandings(unit, mayRead === true);
  const indices = useExternalIndices();
  const peerResult = usePeerStandings(unit, mayRead ? peers : []);
  const unitName = useUnitNames([unit]);
  const canManage = useCanOn('assessments.manage', unit);
  if (mayRead === false) return <NotFound messageId="errors.forbidden" />;

  const list: readonly ExternalIndex[] = indices.data ?? [];
  const standings = timeline.data?.standings ?? [];
  const groups = standingGroups(standings, list, unit);
  const setPeers = (codes: string[]) => navigate(paths.standingsProfile(unit, codes), { replace: true });
  const own = standings.find((s) => s.unit.code === unit)?.unit ?? { code: unit, names: {} };
  const ownRef = { code: unit, names: own.names };
  return (
    <Stack gap="lg" data-testid="standings-profile" data-unit={unit}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={2} data-testid="profile-unit-name">
            {unitName(unit)}
          </Title>
          <Text size="sm" c="dimmed">
            <FormattedMessage id="assessments.profile.intro" />
          </Text>
        </Stack>
        <ProfileActions unit={unit} peers={peers} />
      </Group>
      <UnitPicker labelId="assessments.profile.unit" asOf={todayLocal()} value={unit} onChange={(code) => code && navigate(paths.standingsProfile(code, peers.filter((p) => p !== code)))} clearable={false} testId="profile-unit" />
      {timeline.isError ? (
        <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />
      ) : timeline.isPending || indices.isPending ? (
        <Loader />
      ) : groups.length === 0 ? (
        <Text c="dimmed" data-testid="profile-empty">
          <FormattedMessage id="assessments.standings.empty" />
        </Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="profile-latest">
            {groups.map((g) => (
              <LatestCard key={g.code} group={g} unit={unit} />
            ))}
          </SimpleGrid>
          {groups.map((g) => (
            <IndexSection key={g.code} group={g} unit={unit} canManage={canManage} />
          ))}
        </>
      )}
      {mayRead && <StandingTargets unit={unit} />}
      {mayRead && <PeerComparison unit={ownRef} own={standings} indices={list} peers={peers} onChange={setPeers} result={peerResult} />}
    </Stack>
  );
}

/**
 * /assessments/standings/{unit}?peers=A,B: a unit's profile on the indices it is measured on
 * — the latest year at a glance, each index's ranks over the years (its predecessors' lines
 * under their names), the figures by ranking with their changes and the latest components,
 * the unit's targets, and up to ten peers beside it; downloadable as XLSX and as a one-page
 * DOCX. Without a unit, the reader's own.
 */
export function StandingsProfilePage({ unit }: { unit: string | null }) {
  const canRead = useCan('assessments.read');
  const me = useMe();
  const list = useUnitList(todayLocal());
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  if (unit !== null) return <Profile key={unit} unit={unit} />;
  if (!list.data) return list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : <Loader />;
  const chosen = defaultUnit(me, list.data.units, 'assessments.read');
  return chosen ? <Redirect to={paths.standingsProfile(chosen)} /> : <NotFound />;
}
