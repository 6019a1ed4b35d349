import { Anchor, Button, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../../app/api/session.ts';
import { linkProps, navigate, useLocation } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useCanOn } from '../../tasks/index.ts';
import { useMayReadUnit } from '../../units/index.ts';
import { useRoundResults, useRounds, useUnitScores } from '../api.ts';
import { RoundStatusBadge } from '../badges.tsx';
import { bandTones } from '../bands.ts';
import { areaScores, indexNodes } from '../framework-tree.ts';
import { UnitHistory } from '../history/UnitHistory.tsx';
import { SubmissionBadge } from '../MyUnits.tsx';
import { useRoundFramework } from '../round-framework.ts';
import { CompareSelect } from '../rounds/CompareSelect.tsx';
import { useUnitNames } from '../unit-names.ts';
import { AreaRadar } from './AreaRadar.tsx';
import { LeavesTable } from './LeavesTable.tsx';
import { PointsLostSection } from './PointsLostSection.tsx';
import { UnitHeadline } from './UnitHeadline.tsx';

/** The round compared with: the one in the URL, else the round before it in the list of rounds. */
function useCompareRound(round: string): string | null {
  const chosen = useLocation().search.get('compare') || null;
  const rounds = useRounds().data ?? [];
  const i = rounds.findIndex((r) => r.code === round);
  return chosen ?? (i > 0 ? rounds[i - 1]!.code : null);
}

/**
 * /assessments/rounds/{code}/units/{unit}: one unit's result — its total, rank and band, a
 * radar of its component indices per area, where points were lost, and every criterion with
 * the self-score, the appraised score and reason, survey or computed points.
 */
export function UnitResultPage({ round, unit }: { round: string; unit: string }) {
  const canRead = useCan('assessments.read');
  const compare = useCompareRound(round);
  const scores = useUnitScores(round, unit);
  const results = useRoundResults(round);
  const previous = useRoundResults(compare);
  const framework = useRoundFramework(scores.data?.leaves.map((l) => l.key));
  const nameOf = useUnitNames([unit], results.data?.unitNames);
  const canSelf = useCanOn('assessments.self_assess', unit);
  const canAppraise = useCanOn('assessments.appraise', unit);
  const mayReadUnit = useMayReadUnit(unit);
  if (!canRead) return <NotFound messageId="errors.forbidden" />;
  if (scores.isError) return <ErrorAlert error={scores.error} onRetry={() => void scores.refetch()} />;
  if (!scores.data || framework === undefined) return <Loader />;

  const s = scores.data;
  const nodes = framework ? indexNodes(framework.version.framework) : new Map();
  const areas = framework ? areaScores(framework.version.framework, s.leaves) : [];
  const result = results.data?.units.find((u) => u.unit === unit) ?? null;
  const before = previous.data?.units.find((u) => u.unit === unit);
  const previousAreas = compare && before ? { round: compare, areas: before.areas } : null;
  return (
    <Stack gap="lg" data-testid="unit-result">
      <Stack gap={4}>
        <Anchor size="sm" {...linkProps(paths.round(round, compare))}>
          <FormattedMessage id="assessments.unit.back" values={{ round }} />
        </Anchor>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={2}>
            <Title order={2}>{nameOf(unit)}</Title>
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                <FormattedMessage id="assessments.unit.subtitle" values={{ round, unit }} />
              </Text>
              <RoundStatusBadge finalized={s.finalized} size="sm" />
              {!s.finalized && <SubmissionBadge submitted={s.submitted} finalized={false} />}
            </Group>
          </Stack>
          <Group gap="xs">
            {canSelf && !s.finalized && !s.submitted && (
              <Button component="a" size="xs" {...linkProps(paths.selfAssessment(round, unit))} data-testid="unit-self-link">
                <FormattedMessage id="assessments.self.open" />
              </Button>
            )}
            {canAppraise && !s.finalized && (
              <Button component="a" size="xs" variant="light" {...linkProps(paths.selfAssessment(round, unit, 'appraise'))} data-testid="unit-appraise-link">
                <FormattedMessage id="assessments.appraise.open" />
              </Button>
            )}
          </Group>
        </Group>
      </Stack>
      <UnitHeadline areas={areas} result={result} tones={bandTones(results.data?.bands ?? [])} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <AreaRadar areas={areas} roundUnits={results.data?.units ?? null} previous={previousAreas} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <CompareSelect round={round} value={compare} onChange={(c) => navigate(paths.roundUnit(round, unit, c), { replace: true })} emptyLabelId="assessments.compare.none" />
            <PointsLostSection leaves={s.leaves} areas={areas} nodes={nodes} previous={previousAreas} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="xs">
        <Title order={3}>
          <FormattedMessage id="assessments.unit.leavesTitle" />
        </Title>
        <LeavesTable leaves={s.leaves} areas={areas} nodes={nodes} />
      </Stack>
      {/* Its history and published standings, for readers of the unit (the results above are the round's, public once finalised). */}
      {mayReadUnit && <UnitHistory unit={unit} />}
    </Stack>
  );
}
