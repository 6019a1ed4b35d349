import { Accordion, Alert, Anchor, Badge, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { useCan } from '../../../app/api/session.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { NotFound } from '../../../ui/NotFound.tsx';
import { useNameOf } from '../../units/index.ts';
import { useUnitScores } from '../api.ts';
import { useAssessmentFormat } from '../format.ts';
import { areaScores, indexNodes } from '../framework-tree.ts';
import { RoundDates } from '../RoundDates.tsx';
import { SubmissionBadge } from '../MyUnits.tsx';
import { useRoundFramework } from '../round-framework.ts';
import { useUnitNames } from '../unit-names.ts';
import { LeafCard, SELF_METHODS } from './LeafCard.tsx';
import { SubmitSection } from './SubmitSection.tsx';

interface Props {
  round: string;
  unit: string;
  mode: 'self' | 'appraise';
}

/**
 * /assessments/rounds/{code}/units/{unit}/self: the unit scores each self-assessed criterion
 * with an explanation and evidence files, each saved on its own, then submits. …/appraise:
 * the appraiser sets an appraised score with its reason beside each self-score.
 */
export function SelfAssessmentPage({ round, unit, mode }: Props) {
  const nameOf = useNameOf();
  const unitName = useUnitNames([unit]);
  const format = useAssessmentFormat();
  // Held somewhere: the server judges the unit itself (a refusal shows as `forbidden`).
  const allowed = useCan(mode === 'self' ? 'assessments.self_assess' : 'assessments.appraise');
  const scores = useUnitScores(round, unit);
  const framework = useRoundFramework(scores.data?.leaves.map((l) => l.key));
  if (!allowed) return <NotFound messageId="errors.forbidden" />;
  if (scores.isError) return <ErrorAlert error={scores.error} onRetry={() => void scores.refetch()} />;
  if (!scores.data || framework === undefined) return <Loader />;

  const s = scores.data;
  const nodes = framework ? indexNodes(framework.version.framework) : new Map();
  const areas = framework ? areaScores(framework.version.framework, s.leaves) : [];
  const selfLeaves = s.leaves.filter((l) => SELF_METHODS.includes(l.method));
  const scored = selfLeaves.filter((l) => (mode === 'self' ? l.self !== null : l.appraised !== null)).length;
  const locked = s.finalized || (mode === 'self' && s.submitted);
  return (
    <Stack gap="md" data-testid={mode === 'self' ? 'self-assessment' : 'appraisal'}>
      <Stack gap={4}>
        <Anchor size="sm" {...linkProps(paths.roundUnit(round, unit))}>
          <FormattedMessage id="assessments.self.back" />
        </Anchor>
        <Title order={2}>
          <FormattedMessage id={mode === 'self' ? 'assessments.self.title' : 'assessments.appraise.title'} values={{ unit: unitName(unit) }} />
        </Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            <FormattedMessage id="assessments.unit.subtitle" values={{ round, unit }} />
          </Text>
          <SubmissionBadge submitted={s.submitted} finalized={s.finalized} />
        </Group>
        <RoundDates round={round} />
        <Text size="sm" data-testid="self-progress">
          <FormattedMessage id={mode === 'self' ? 'assessments.self.progress' : 'assessments.appraise.progress'} values={{ scored, total: selfLeaves.length }} />
        </Text>
      </Stack>
      {locked && (
        <Alert color="blue" data-testid="self-locked">
          <FormattedMessage id={s.finalized ? 'assessments.self.lockedFinalized' : 'assessments.self.lockedSubmitted'} />
        </Alert>
      )}
      <Accordion multiple variant="separated" defaultValue={[areas[0]?.key ?? '']}>
        {areas.map((area) => {
          const leaves = s.leaves.filter((l) => nodes.get(l.key)?.areaKey === area.key);
          const own = leaves.filter((l) => SELF_METHODS.includes(l.method));
          const done = own.filter((l) => (mode === 'self' ? l.self !== null : l.appraised !== null)).length;
          return (
            <Accordion.Item key={area.key} value={area.key}>
              <Accordion.Control data-testid={`self-area-${area.key}`}>
                <Group justify="space-between" gap="xs" pe="xs">
                  <Text fw={700} size="sm">
                    {area.code}. {nameOf(area.names)}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Badge size="sm" variant="light" color={done === own.length ? 'green' : 'gray'}>
                      <FormattedMessage id={mode === 'self' ? 'assessments.self.areaDone' : 'assessments.appraise.areaDone'} values={{ done, total: own.length }} />
                    </Badge>
                    <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
                      {format.points(area.points)} / {format.points(area.max)}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="sm">
                  {leaves.map((leaf) => (
                    <LeafCard key={leaf.key} round={round} unit={unit} leaf={leaf} node={nodes.get(leaf.key)?.node} mode={mode} locked={locked} />
                  ))}
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
      {mode === 'self' && !locked && <SubmitSection round={round} unit={unit} scored={scored} total={selfLeaves.length} />}
    </Stack>
  );
}
